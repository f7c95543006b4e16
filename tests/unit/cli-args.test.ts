/**
 * Mistyped command lines are user errors: ingest and translations answer an
 * unknown option, or an option missing its value, with one line and the usage,
 * exit 2, no stack trace, and nothing read or written.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/site.ts';

function run(script: string, args: string[]) {
	const cwd = mkdtempSync(join(tmpdir(), 'cli-args-'));
	const result = spawnSync(
		join(ROOT, 'node_modules', '.bin', 'node'),
		[join(ROOT, 'scripts', script), ...args],
		{ cwd, encoding: 'utf8' }
	);
	return { ...result, files: readdirSync(cwd) };
}

describe.each([
	['ingest.ts', 'npm run ingest'],
	['translations.ts', 'npm run translations'],
])('%s on a mistyped command line', (script, usage) => {
	it.each([
		[['--bogus'], /unknown option '--bogus'/i],
		[['--content'], /--content.*argument missing/i],
	])('%j: one line naming the problem, the usage, exit 2, no stack trace', (args, problem) => {
		const result = run(script, args);
		expect(result.status, result.stderr).toBe(2);
		expect(result.stderr).toMatch(problem);
		expect(result.stderr).toContain(`Usage: ${usage}`);
		expect(result.stderr).not.toMatch(/^\s+at /m);
		expect(result.stderr).not.toMatch(/ERR_PARSE_ARGS|node:internal/);
		expect(result.files).toEqual([]);
	});
});
