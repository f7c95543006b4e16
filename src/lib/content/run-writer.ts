/**
 * The one writer of content/, for ingest, import and --mark-current. A run:
 *
 * 1. takes the lock (one run at a time; see run-lock.ts) and finishes whatever
 *    an interrupted run left (run-journal.ts);
 * 2. validates every page it is given as the build reads it (validate-page.ts):
 *    one problem refuses the run before anything is written;
 * 3. writes its journal (`preparing`), the folders it needs, and every file
 *    under a temporary name beside its target, each fsynced;
 * 4. marks the journal `switching` — the point of no return — and renames the
 *    files into place, then removes the journal.
 *
 * A failure before step 4 removes what the run wrote ("nothing was written");
 * SIGKILL at any moment leaves the tree all old or all new once the next run
 * has read the journal; no temporary file outlives the next run.
 *
 * For the tests only, three environment variables act on the steps of step 3–4
 * (each file system change is one step, counted from 1):
 * `ARCHIVE_TEST_KILL_AFTER_STEP=k` sends the process SIGKILL after step k,
 * `ARCHIVE_TEST_FAIL_STEP=k:CODE` fails step k with the error CODE (ENOSPC, EROFS…),
 * `ARCHIVE_TEST_STEP_DELAY_MS=n` waits n ms before each step.
 */
import { mkdir, open, rename, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describeFsError, type FsError, isFsError, withPath } from './fs-errors.ts';
import { acquireRunLock, type HeldLock, liveHolder, LOCK_FILE } from './run-lock.ts';
import {
	fileHash,
	fsyncPath,
	type Journal,
	readJournal,
	recoverInterruptedRun,
	removeJournal,
	writeJournal,
} from './run-journal.ts';
import { validatePage } from './validate-page.ts';

export { LockHeldError } from './run-lock.ts';
export { RecoveryConflictError } from './run-journal.ts';

/** A file a run writes: its path relative to the content directory (`2031/en/x.mdx`) and text. */
export interface RunFile {
	path: string;
	text: string;
}

/** The run refused its files: the build would not accept them. Nothing was written. */
export class RunRefusedError extends Error {
	readonly problems: string[];
	constructor(problems: string[]) {
		super(`${problems.join('\n')}\n\nNothing was written: the build would refuse these pages.`);
		this.name = 'RunRefusedError';
		this.problems = problems;
	}
}

/** The file system failed during a run; the message says what was written. */
export class RunWriteError extends Error {
	constructor(cause: FsError, outcome: string) {
		super(`${describeFsError(cause)}\n${outcome}`);
		this.name = 'RunWriteError';
	}
}

/** A run holding the lock of a content directory. */
export interface Run {
	/** What the run did before its own work: a stale lock taken over, an interrupted run finished. */
	readonly messages: string[];
	/** Validates, then writes the files all together; returns how many were written. */
	write(files: RunFile[]): Promise<number>;
	/** Releases the lock. */
	close(): Promise<void>;
}

interface Hooks {
	killAfter?: number;
	fail?: { step: number; code: string };
	delay?: number;
}

function testHooks(): Hooks {
	const kill = Number(process.env['ARCHIVE_TEST_KILL_AFTER_STEP']);
	const fail = /^(\d+):([A-Z]+)$/.exec(process.env['ARCHIVE_TEST_FAIL_STEP'] ?? '');
	const delay = Number(process.env['ARCHIVE_TEST_STEP_DELAY_MS']);
	return {
		...(kill > 0 && { killAfter: kill }),
		...(fail && { fail: { step: Number(fail[1]), code: fail[2]! } }),
		...(delay > 0 && { delay }),
	};
}

/** Runs the steps of a write, counting them for the test hooks. */
function createStepper(hooks: Hooks) {
	let count = 0;
	return async <T>(path: string, action: () => Promise<T>): Promise<T> => {
		count += 1;
		if (hooks.delay) await sleep(hooks.delay);
		if (hooks.fail?.step === count)
			throw Object.assign(new Error(`${hooks.fail.code} (test)`), { code: hooks.fail.code, path });
		const result = await action();
		if (hooks.killAfter === count) process.kill(process.pid, 'SIGKILL');
		return result;
	};
}

const exists = (path: string) =>
	stat(path).then(
		() => true,
		() => false
	);

/** The folders the files need that do not exist yet, parents first. */
async function missingDirs(contentDir: string, files: RunFile[]): Promise<string[]> {
	const missing = new Set<string>();
	for (const file of files) {
		for (let dir = dirname(file.path); dir !== '.' && dir !== ''; dir = dirname(dir)) {
			if (missing.has(dir) || (await exists(join(contentDir, dir)))) break;
			missing.add(dir);
		}
	}
	return [...missing].sort((a, b) => a.split('/').length - b.split('/').length);
}

async function writeDurably(path: string, text: string): Promise<void> {
	const handle = await open(path, 'wx');
	try {
		await withPath(path, async () => {
			await handle.writeFile(text, 'utf8');
			await handle.sync();
		});
	} finally {
		await handle.close();
	}
}

/** Steps 3: journal, folders, temporary files. On failure, undoes them and throws. */
async function prepare(
	contentDir: string,
	journal: Journal,
	files: RunFile[],
	step: ReturnType<typeof createStepper>
): Promise<void> {
	try {
		await step(join(contentDir, '.archive-journal.json'), () => writeJournal(contentDir, journal));
		for (const dir of journal.dirs)
			await step(join(contentDir, dir), () => mkdir(join(contentDir, dir)));
		for (const [i, file] of journal.files.entries())
			await step(join(contentDir, file.temp), () =>
				writeDurably(join(contentDir, file.temp), files[i]!.text)
			);
	} catch (error) {
		if (!isFsError(error)) throw error;
		let outcome = 'Nothing was written.';
		try {
			await recoverInterruptedRun(contentDir);
		} catch {
			outcome = `Nothing was switched into place; the temporary files could not all be removed: the next run removes them.`;
		}
		throw new RunWriteError(error, outcome);
	}
}

/** Step 4: the point of no return, then every file into place. */
async function switchFiles(
	contentDir: string,
	journal: Journal,
	step: ReturnType<typeof createStepper>
): Promise<void> {
	let switched = 0;
	try {
		await step(join(contentDir, '.archive-journal.json'), () =>
			writeJournal(contentDir, { ...journal, state: 'switching' })
		);
		for (const file of journal.files) {
			await step(join(contentDir, file.target), () =>
				rename(join(contentDir, file.temp), join(contentDir, file.target))
			);
			switched += 1;
		}
		for (const dir of new Set(journal.files.map((f) => dirname(f.target))))
			await fsyncPath(join(contentDir, dir));
		await step(join(contentDir, '.archive-journal.json'), () => removeJournal(contentDir));
	} catch (error) {
		if (!isFsError(error)) throw error;
		throw new RunWriteError(
			error,
			switched === 0 && (await readJournal(contentDir).catch(() => undefined))?.state !== 'switching'
				? 'Nothing was switched into place; the next run removes the temporary files.'
				: `${switched} of ${journal.files.length} files were switched into place before the error; the next ingest or import completes the run (the journal is ${join(contentDir, '.archive-journal.json')}).`
		);
	}
}

/** Validates, then writes every file of a run together (see the module comment). */
async function writeFiles(contentDir: string, command: string, files: RunFile[]): Promise<number> {
	const problems = files
		.filter((file) => file.path.endsWith('.mdx'))
		.flatMap((file) => validatePage(join(contentDir, file.path), file.text));
	if (problems.length > 0) throw new RunRefusedError(problems);
	if (files.length === 0) return 0;
	const id = `${process.pid.toString(36)}${Date.now().toString(36)}`;
	const journal: Journal = {
		command,
		pid: process.pid,
		started: new Date().toISOString(),
		state: 'preparing',
		files: await Promise.all(
			files.map(async (file) => ({
				target: file.path,
				temp: `${file.path}.run-${id}.new`,
				before: await fileHash(join(contentDir, file.path)),
			}))
		),
		dirs: await missingDirs(contentDir, files),
	};
	const step = createStepper(testHooks());
	await prepare(contentDir, journal, files, step);
	await switchFiles(contentDir, journal, step);
	return files.length;
}

/** Throws ENOENT / ENOTDIR when the content directory is missing or not a folder. */
async function requireFolder(contentDir: string): Promise<void> {
	const info = await stat(contentDir);
	if (!info.isDirectory())
		throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR', path: contentDir });
}

/**
 * Starts a run on a content directory: takes its lock (or throws
 * `LockHeldError`), finishes an interrupted run, removes stray temporary files.
 *
 * @param command what the run is, for messages: `ingest`, `import`, `--mark-current`
 */
export async function startRun(contentDir: string, command: string): Promise<Run> {
	await requireFolder(contentDir);
	const lock: HeldLock = await acquireRunLock(contentDir, command);
	const messages: string[] = [];
	try {
		if (lock.tookOver)
			messages.push(
				`took over ${join(contentDir, LOCK_FILE)}: the ${lock.tookOver.command} that held it (pid ${lock.tookOver.pid}, since ${lock.tookOver.started}) is no longer running`
			);
		messages.push(...(await recoverInterruptedRun(contentDir)));
	} catch (error) {
		await lock.release();
		throw error;
	}
	return {
		messages,
		write: (files) => writeFiles(contentDir, command, files),
		close: () => lock.release(),
	};
}

/**
 * For commands that only read content/ (`ingest --check`, `--dry-run`): why what
 * they read may not be final — a run in progress or an interrupted one — or
 * `undefined`. They write nothing, so they neither wait nor repair.
 */
export async function unsettledContent(contentDir: string): Promise<string | undefined> {
	const journal = await readJournal(contentDir).catch(() => undefined);
	const held = await liveHolder(contentDir);
	if (held)
		return `another ${held.command} is running (pid ${held.pid}, since ${held.started}): what is read now may change`;
	if (journal)
		return `an interrupted ${journal.command} (pid ${journal.pid}) left ${contentDir}/ half written; the next ingest or import finishes it`;
	return undefined;
}
