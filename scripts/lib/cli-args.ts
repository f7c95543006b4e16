/**
 * The command line of a script, read with node:util's parseArgs: a mistyped
 * option is a user error — one line and the usage on stderr, exit 2 — not a
 * stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * Parses `process.argv` like `parseArgs(config)`; on an unknown option, an
 * option missing its value or a stray positional, prints the problem and
 * `usage`, and exits 2.
 *
 * @example const { values } = parseCommandLine({ options: { force: { type: 'boolean' } } }, 'Usage: npm run ingest -- [--force]')
 */
export function parseCommandLine<T extends ParseArgsConfig>(config: T, usage: string) {
	try {
		return parseArgs(config);
	} catch (error) {
		const code = (error as { code?: unknown }).code;
		if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) throw error;
		console.error(`error: ${(error as Error).message}\n${usage}`);
		process.exit(2);
	}
}
