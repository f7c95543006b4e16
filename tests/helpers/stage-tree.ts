/**
 * A scratch copy of the project for the staged run (tests/stage-year.ts): the
 * tree as it is on disk — uncommitted work included, build output and caches
 * left out — with the installed packages linked, not copied, and the commands
 * an archivist types run inside it.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { ROOT } from './site.ts';

/** What the copy leaves out: generated, installed or private to git (paths relative to the root). */
const LEFT_OUT = new Set([
	'.git',
	'node_modules',
	'dist',
	'release',
	'.astro',
	join('tests', '.tmp'),
]);
/** Caches under node_modules/ that each tree keeps for itself, so two trees never share one. */
const OWN_CACHES = new Set(['.astro', '.astro-offline', '.vite', '.vitest', '.cache']);

/** Copies the project into a new folder under the system's temporary folder and returns its path. */
export function copyTree(): string {
	const tree = mkdtempSync(join(tmpdir(), 'datong-stage-'));
	cpSync(ROOT, tree, {
		recursive: true,
		filter: (source) => {
			const path = relative(ROOT, source);
			return !LEFT_OUT.has(path) && !path.startsWith(`tests${sep}.tmp${sep}`);
		},
	});
	mkdirSync(join(tree, 'node_modules'));
	for (const name of readdirSync(join(ROOT, 'node_modules')))
		if (!OWN_CACHES.has(name))
			symlinkSync(join(ROOT, 'node_modules', name), join(tree, 'node_modules', name));
	return tree;
}

/** What a command printed (stdout and stderr, interleaved) and how it ended. */
export interface Ran {
	status: number;
	output: string;
}

/** Runs a command in a tree, its output shown as it comes and kept for the caller. */
export function runIn(
	tree: string,
	command: string,
	args: string[],
	env: NodeJS.ProcessEnv = {}
): Promise<Ran> {
	return new Promise((resolve) => {
		const child = spawn(command, args, { cwd: tree, env: { ...process.env, ...env } });
		let output = '';
		const show = (chunk: Buffer) => {
			const text = chunk.toString('utf8');
			output += text;
			process.stdout.write(text);
		};
		child.stdout.on('data', show);
		child.stderr.on('data', show);
		child.on('error', (error) => resolve({ status: 127, output: `${output}${error.message}\n` }));
		child.on('close', (code) => resolve({ status: code ?? 1, output }));
	});
}
