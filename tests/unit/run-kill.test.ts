/**
 * Runs of `npm run ingest` killed with SIGKILL after every step of their write
 * (the run writer's test hook), and raced against each other: after each, the
 * next run leaves content/ all old or all new, with no temporary file, journal
 * or lock left behind.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startRun } from '../../src/lib/content/run-writer.ts';
import { sha256 } from '../../src/lib/hash.ts';
import { ROOT } from '../helpers/site.ts';

const FIXTURE = join(ROOT, 'tests', 'fixtures', 'ingest', 'year-2031');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const TEXT_A = readFileSync(join(FIXTURE, 'input.txt'), 'utf8');
/** The same year with its reporter renamed: every page changes (byline or credit line). */
const TEXT_B = TEXT_A.replace(/李四/g, '王五');

/** Writes a seed and its decisions file (with the seed's sha256) into a seeds folder. */
function writeSeed(dir: string, text: string): void {
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, '2031.txt'), text);
	const yaml = readFileSync(join(FIXTURE, 'input.yaml'), 'utf8')
		.replace(/sha256: "\w+"/, `sha256: "${sha256(new TextEncoder().encode(text))}"`)
		// The recorded author is the one the byline prints (ingest checks it).
		.replace(/zh: 李四/, text.includes('李四') ? 'zh: 李四' : 'zh: 王五');
	writeFileSync(join(dir, '2031.yaml'), yaml);
}

/** A scratch project with seeds A and B in two folders and an empty content/. */
function project(): string {
	const dir = mkdtempSync(join(tmpdir(), 'run-kill-'));
	writeSeed(join(dir, 'seeds-a'), TEXT_A);
	writeSeed(join(dir, 'seeds-b'), TEXT_B);
	mkdirSync(join(dir, 'content'));
	return dir;
}

const ingestArgs = [join(ROOT, 'scripts', 'ingest.ts'), '--content', 'content'];
const ingest = (dir: string, seeds: string, env: Record<string, string> = {}) =>
	spawnSync(NODE, ingestArgs, {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, ARCHIVE_SEEDS_DIR: seeds, ...env },
	});

/** Every file and folder under content/, files with their text. */
function tree(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	for (const entry of readdirSync(join(dir, 'content'), { recursive: true, withFileTypes: true })) {
		const path = join(entry.parentPath, entry.name).slice(join(dir, 'content').length + 1);
		files[path] = entry.isFile() ? readFileSync(join(entry.parentPath, entry.name), 'utf8') : '/';
	}
	return files;
}

/** content/ after ingesting seed A, then seed B (the same as ingesting B alone), and a project at A to copy. */
let A: Record<string, string>;
let B: Record<string, string>;
let atA: string;
beforeAll(() => {
	atA = project();
	expect(ingest(atA, 'seeds-a').status).toBe(0);
	A = tree(atA);
	const dir = project();
	expect(ingest(dir, 'seeds-b').status).toBe(0);
	B = tree(dir);
}, 60_000);

/** A fresh project whose content/ is empty or at seed A. */
function projectAt(start: 'empty' | 'a'): string {
	if (start === 'empty') return project();
	const dir = mkdtempSync(join(tmpdir(), 'run-kill-'));
	cpSync(atA, dir, { recursive: true });
	return dir;
}

/** Kills a run after each step in turn; checks the tree once the next run has started. */
async function killAtEveryStep(start: 'empty' | 'a'): Promise<number> {
	const old = start === 'a' ? A : {};
	let step = 1;
	for (; ; step += 1) {
		const dir = projectAt(start);
		const killed = ingest(dir, 'seeds-b', { ARCHIVE_TEST_KILL_AFTER_STEP: String(step) });
		if (killed.signal !== 'SIGKILL') {
			expect(killed.status, killed.stderr).toBe(0);
			break;
		}
		// The next run: takes over the dead run's lock, completes or rolls back its journal.
		const run = await startRun(join(dir, 'content'), 'test');
		await run.close();
		const after = tree(dir);
		expect([old, B], `killed after step ${step}`).toContainEqual(after);
		rmSync(dir, { recursive: true });
	}
	return step - 1;
}

describe('a run killed at any step', { timeout: 120_000 }, () => {
	it('of a new year (folders made, pages created) leaves all old or all new after the next run', async () => {
		// journal, 2 folders, 5 temporary files, commit, 5 renames, journal removed
		expect(await killAtEveryStep('empty')).toBe(15);
	}, 240_000);

	it('updating a year leaves all old or all new after the next run', async () => {
		expect(await killAtEveryStep('a')).toBe(13);
	}, 240_000);

	it('is completed by the next ingest, which says so', () => {
		const dir = projectAt('a');
		const killed = ingest(dir, 'seeds-b', { ARCHIVE_TEST_KILL_AFTER_STEP: '9' }); // 2 switched
		expect(killed.signal).toBe('SIGKILL');
		const next = ingest(dir, 'seeds-b');
		expect(next.status).toBe(0);
		expect(next.stdout).toMatch(
			/took over content\/\.archive\.lock: the ingest that held it \(pid \d+, since .*\) is no longer running/
		);
		expect(next.stdout).toMatch(
			/completed an interrupted ingest \(pid \d+, started .*\): its 5 files are now in place/
		);
		expect(next.stdout).toContain('Nothing to write: content/ is up to date.');
	});
});

/** Starts an ingest without waiting for it. */
function start(dir: string, seeds: string, env: Record<string, string> = {}) {
	const child = spawn(NODE, ingestArgs, {
		cwd: dir,
		env: { ...process.env, ARCHIVE_SEEDS_DIR: seeds, ...env },
	});
	let stderr = '';
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	return new Promise<{ pid: number; status: number | null; stderr: string }>((done) =>
		child.on('close', (status) => done({ pid: child.pid!, status, stderr }))
	);
}

describe('two runs at once', { timeout: 120_000 }, () => {
	it('the second refuses at once, naming the first; the tree is the first one’s', async () => {
		const dir = projectAt('empty');
		const slow = { ARCHIVE_TEST_STEP_DELAY_MS: '200' };
		const [a, b] = await Promise.all([start(dir, 'seeds-a', slow), start(dir, 'seeds-b', slow)]);
		const [winner, loser] = a.status === 0 ? [a, b] : [b, a];
		expect(winner.status).toBe(0);
		expect(loser.status).toBe(1);
		expect(loser.stderr).toMatch(
			new RegExp(
				`error: another ingest is running \\(pid ${winner.pid}, since \\d{4}-.*\\); wait for it to finish, then run again \\(if process ${winner.pid} is no ingest or import, delete content/\\.archive\\.lock\\)\\. Nothing was written\\.`
			)
		);
		expect(tree(dir)).toEqual(winner === a ? A : B);
	});

	it('without delays, end all A or all B, never mixed, with no temporary file', async () => {
		for (let round = 0; round < 3; round += 1) {
			const dir = projectAt(round === 0 ? 'a' : 'empty');
			const runs = await Promise.all([start(dir, 'seeds-a'), start(dir, 'seeds-b')]);
			for (const run of runs)
				if (run.status !== 0) expect(run.stderr).toMatch(/another ingest is running \(pid \d+/);
			expect([A, B]).toContainEqual(tree(dir));
		}
	});
});

// A stale copy of a content folder from an older version of the tools.
describe('temporary files of older runs', () => {
	it('are removed by the next run, with a message', () => {
		const dir = projectAt('a');
		cpSync(
			join(dir, 'content', '2031', 'zh', 'legal-affairs.mdx'),
			join(dir, 'content', '2031', 'zh', 'legal-affairs.mdx.31337.tmp')
		);
		const next = ingest(dir, 'seeds-a');
		expect(next.stdout).toContain(
			'removed content/2031/zh/legal-affairs.mdx.31337.tmp, a temporary file left by an interrupted run'
		);
		expect(readdirSync(join(dir, 'content', '2031', 'zh'))).not.toContain(
			'legal-affairs.mdx.31337.tmp'
		);
	});
});
