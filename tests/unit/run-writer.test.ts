/**
 * The run writer in one process: the lock (a second run refuses, a stale lock is
 * taken over), validation before anything is written, file system failures at
 * every step of a run (injected), recovery of an interrupted run and of stray
 * temporary files. Killing real runs and racing them is run-kill.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../src/lib/content/run-lock.ts';
import { JOURNAL_FILE, JournalError, writeJournal } from '../../src/lib/content/run-journal.ts';
import {
	LockHeldError,
	RecoveryConflictError,
	RunRefusedError,
	RunWriteError,
	startRun,
	unsettledContent,
} from '../../src/lib/content/run-writer.ts';
import { ingestText, MINI } from '../helpers/seeds.ts';

/** Every file under a folder with its text: the whole state of a content directory. */
function tree(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
		if (entry.isFile()) {
			const path = join(entry.parentPath, entry.name);
			files[path.slice(dir.length + 1)] = readFileSync(path, 'utf8');
		}
	return files;
}

const generated = () => ingestText(MINI).pages.map((p) => ({ path: p.path, text: p.mdx }));
const changed = () =>
	ingestText(MINI.replace(/。/g, '。 ')).pages.map((p) => ({ path: p.path, text: p.mdx }));

/** A content directory holding the MINI pages. */
async function content(): Promise<string> {
	const dir = mkdtempSync(join(tmpdir(), 'run-writer-'));
	const run = await startRun(dir, 'ingest');
	await run.write(generated());
	await run.close();
	return dir;
}

afterEach(() => {
	delete process.env['ARCHIVE_TEST_FAIL_STEP'];
});

describe('startRun: one run at a time', () => {
	it('refuses a second run while one holds the lock, naming its pid and start', async () => {
		const dir = await content();
		const first = await startRun(dir, 'import');
		const second = startRun(dir, 'ingest');
		await expect(second).rejects.toBeInstanceOf(LockHeldError);
		await expect(second).rejects.toThrow(
			new RegExp(`^another import is running \\(pid ${process.pid}, since \\d{4}-\\d\\d-\\d\\dT`)
		);
		expect(await unsettledContent(dir)).toMatch(/another import is running/);
		await first.close();
		expect(readdirSync(dir)).not.toContain(LOCK_FILE);
		expect(await unsettledContent(dir)).toBeUndefined();
	});

	it('takes over the lock of a process that is gone, and says so', async () => {
		const dir = await content();
		const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
		const pid = Number(gone.stdout.toString());
		const stale = { pid, command: 'ingest', started: '2031-01-01T00:00:00.000Z' };
		writeFileSync(join(dir, LOCK_FILE), JSON.stringify(stale));
		const run = await startRun(dir, 'import');
		expect(run.messages).toEqual([
			`took over ${join(dir, LOCK_FILE)}: the ingest that held it (pid ${pid}, since 2031-01-01T00:00:00.000Z) is no longer running`,
		]);
		await run.close();
	});

	it('takes over a lock whose pid now belongs to another process (start time differs)', async () => {
		const dir = await content();
		const reused = { pid: process.pid, command: 'ingest', started: 'x', processStart: 1 };
		writeFileSync(join(dir, LOCK_FILE), JSON.stringify(reused));
		const run = await startRun(dir, 'import');
		expect(run.messages[0]).toMatch(/took over .*is no longer running/);
		await run.close();
	});

	it('names a missing content folder', async () => {
		await expect(
			startRun(join(tmpdir(), 'no-such-content-folder'), 'ingest')
		).rejects.toMatchObject({
			code: 'ENOENT',
		});
	});
});

describe('Run.write', () => {
	it('writes all files and leaves nothing else behind', async () => {
		const dir = await content();
		expect(Object.keys(tree(dir)).sort()).toEqual(
			generated()
				.map((f) => f.path)
				.sort()
		);
		const run = await startRun(dir, 'ingest');
		expect(await run.write(changed())).toBe(changed().length);
		await run.close();
		expect(tree(dir)).toEqual(Object.fromEntries(changed().map((f) => [f.path, f.text])));
	});

	it('refuses pages the build would refuse, before writing anything', async () => {
		const dir = await content();
		const before = tree(dir);
		const run = await startRun(dir, 'import');
		const bad = changed().map((f, i) =>
			i === 0 ? { ...f, text: f.text.replace(/^title: .*$/m, 'title: 2031-01-01') } : f
		);
		await expect(run.write(bad)).rejects.toBeInstanceOf(RunRefusedError);
		await expect(run.write(bad)).rejects.toThrow(/title: .* against a date/);
		await run.close();
		expect(tree(dir)).toEqual(before);
	});

	it.each(['ENOSPC', 'EROFS', 'EACCES', 'EIO'])(
		'on %s at any step before the switch, writes nothing and says so',
		async (code) => {
			const dir = await content();
			const before = tree(dir);
			const steps = 1 + changed().length; // the journal, then each temporary file
			for (let step = 1; step <= steps; step += 1) {
				process.env['ARCHIVE_TEST_FAIL_STEP'] = `${step}:${code}`;
				const run = await startRun(dir, 'ingest');
				const write = run.write(changed());
				await expect(write).rejects.toBeInstanceOf(RunWriteError);
				await expect(run.write(changed())).rejects.toThrow(/\nNothing was written\.$/);
				await run.close();
				expect(tree(dir), `step ${step}`).toEqual(before);
			}
		}
	);

	it('after a failure past the switch, says how many files were switched; the next run completes the run', async () => {
		const dir = await content();
		const files = changed();
		process.env['ARCHIVE_TEST_FAIL_STEP'] = `${files.length + 4}:EIO`; // journal, temps, commit, 1 rename, fail
		const run = await startRun(dir, 'ingest');
		await expect(run.write(files)).rejects.toThrow(
			new RegExp(
				`input/output error.*\\n1 of ${files.length} files were switched into place before the error; the next ingest or import completes the run`
			)
		);
		await run.close();
		delete process.env['ARCHIVE_TEST_FAIL_STEP'];
		const next = await startRun(dir, 'ingest');
		expect(next.messages).toEqual([
			expect.stringMatching(
				new RegExp(
					`^completed an interrupted ingest \\(pid ${process.pid}, started .*\\): its ${files.length} files are now in place$`
				)
			),
		]);
		await next.close();
		expect(tree(dir)).toEqual(Object.fromEntries(files.map((f) => [f.path, f.text])));
	});
});

describe('recovery', () => {
	it('never completes an interrupted run over a page changed after it was killed', async () => {
		const dir = await content();
		const files = changed();
		process.env['ARCHIVE_TEST_FAIL_STEP'] = `${files.length + 4}:EIO`; // 1 rename, then fail
		const run = await startRun(dir, 'ingest');
		await expect(run.write(files)).rejects.toThrow(/1 of \d+ files were switched/);
		await run.close();
		delete process.env['ARCHIVE_TEST_FAIL_STEP'];
		// The archivist, seeing the run die, edits a page it had not switched yet.
		const edited = files[1]!.path;
		writeFileSync(join(dir, edited), 'the archivist’s edit after the run died');
		const before = tree(dir);
		const next = startRun(dir, 'ingest');
		await expect(next).rejects.toBeInstanceOf(RecoveryConflictError);
		await expect(next).rejects.toThrow(
			new RegExp(`changed since[^]*${edited.replace(/[.]/g, '\\.')}[^]*Nothing was written`)
		);
		expect(tree(dir)).toEqual(before);
		// Keeping the edit: delete the run's version, and the next run completes the rest.
		const temp = Object.keys(before).find((path) => path.startsWith(`${edited}.run-`))!;
		rmSync(join(dir, temp));
		const after = await startRun(dir, 'ingest');
		await after.close();
		expect(tree(dir)).toEqual(
			Object.fromEntries(
				files.map((f) => [
					f.path,
					f.path === edited ? 'the archivist’s edit after the run died' : f.text,
				])
			)
		);
	});

	it('rolls back a run that was preparing, removing the folders it made', async () => {
		const dir = await content();
		const before = tree(dir);
		mkdirSync(join(dir, '2032', 'zh'), { recursive: true });
		writeFileSync(join(dir, '2032', 'zh', 'x.mdx.run-abc.new'), 'half');
		await writeJournal(dir, {
			command: 'import',
			pid: 1,
			started: 'then',
			state: 'preparing',
			files: [{ target: '2032/zh/x.mdx', temp: '2032/zh/x.mdx.run-abc.new' }],
			dirs: ['2032', '2032/zh'],
		});
		const run = await startRun(dir, 'ingest');
		expect(run.messages).toEqual([
			'rolled back an interrupted import (pid 1, started then): it had not switched any file, none was changed',
		]);
		await run.close();
		expect(tree(dir)).toEqual(before);
		expect(readdirSync(dir)).not.toContain('2032');
		expect(readdirSync(dir)).not.toContain(JOURNAL_FILE);
	});

	it('removes temporary files of older runs, with a message each', async () => {
		const dir = await content();
		const before = tree(dir);
		const stray = join('2031', 'zh', 'legal-affairs.mdx.4242.tmp');
		writeFileSync(join(dir, stray), 'left by an older ingest');
		writeFileSync(join(dir, '2031', 'zh', 'notes.txt.4242.tmp'), 'not ours: kept');
		const run = await startRun(dir, 'ingest');
		expect(run.messages).toEqual([
			`removed ${join(dir, stray)}, a temporary file left by an interrupted run`,
		]);
		await run.close();
		expect(tree(dir)).toEqual({ ...before, '2031/zh/notes.txt.4242.tmp': 'not ours: kept' });
	});

	it.each([
		['a file outside content/', { target: '../outside.mdx', temp: '../outside.mdx.run-a.new' }],
		['a temporary name that is no run’s', { target: '2031/zh/a.mdx', temp: '2031/zh/b.mdx' }],
	])('acts on no journal naming %s', async (_, file) => {
		const dir = await content();
		const before = tree(dir);
		writeFileSync(
			join(dir, JOURNAL_FILE),
			JSON.stringify({
				command: 'x',
				pid: 1,
				started: 'x',
				state: 'switching',
				files: [file],
				dirs: [],
			})
		);
		await expect(startRun(dir, 'ingest')).rejects.toBeInstanceOf(JournalError);
		await expect(startRun(dir, 'ingest')).rejects.toThrow(/it names a file outside a run/);
		expect(tree(dir)).toEqual({
			...before,
			[JOURNAL_FILE]: readFileSync(join(dir, JOURNAL_FILE), 'utf8'),
		});
		expect(readdirSync(dir)).not.toContain(LOCK_FILE);
	});
});
