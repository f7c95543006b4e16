/**
 * The journal of a run, `content/.archive-journal.json`, written (and fsynced)
 * before anything else, so that the next run can finish what a killed run
 * left: a run still `preparing` is rolled back (its temporary files and the
 * folders it made are removed: the tree is all old), a run `switching` is
 * completed (every prepared file is renamed into place: the tree is all new).
 * Temporary files that no journal names — left by a run killed before its
 * journal, or by an older version of the tools (`*.mdx.<pid>.tmp`) — are
 * removed with a message.
 */
import { open, readdir, readFile, rename, rm, rmdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256 } from '../hash.ts';
import { withPath } from './fs-errors.ts';

/** The journal's name in the content directory. */
export const JOURNAL_FILE = '.archive-journal.json';

/** One file a run writes: its prepared copy and its place, relative to the content directory. */
export interface JournalFile {
	target: string;
	temp: string;
	/**
	 * sha256 of the target when the run prepared it (`null`: it did not exist), so
	 * that completing the run never overwrites a change made after it was killed.
	 * Journals of older versions have none.
	 */
	before?: string | null;
}

/** The journal of one run. */
export interface Journal {
	command: string;
	pid: number;
	started: string;
	state: 'preparing' | 'switching';
	files: JournalFile[];
	/** Folders the run creates, parents first (relative to the content directory). */
	dirs: string[];
}

/** Names of the temporary files runs leave, and of the run writer's own. */
export const TEMP_FILE = /(\.mdx\.\d+\.tmp|\.run-[0-9a-z]+\.new|^\.archive-journal\.json\.tmp|^\.archive\.lock(\.takeover)?\.\d+\.tmp)$/;

/** Flushes a file or folder to the disk. */
export async function fsyncPath(path: string): Promise<void> {
	const handle = await open(path, 'r');
	try {
		await handle.sync();
	} finally {
		await handle.close();
	}
}

/** Writes the journal durably: a temporary file, fsync, rename, fsync of the folder. */
export async function writeJournal(contentDir: string, journal: Journal): Promise<void> {
	const path = join(contentDir, JOURNAL_FILE);
	const handle = await open(`${path}.tmp`, 'w');
	try {
		await withPath(`${path}.tmp`, async () => {
			await handle.writeFile(`${JSON.stringify(journal, null, '\t')}\n`);
			await handle.sync();
		});
	} finally {
		await handle.close();
	}
	await rename(`${path}.tmp`, path);
	await fsyncPath(contentDir);
}

/** A journal this tool did not write (edited, or damaged): recovery will not act on it. */
export class JournalError extends Error {
	constructor(path: string, why: string) {
		super(
			`${path}: ${why}; it is not a journal a run wrote. Check content/ (git status), then remove the file by hand.`
		);
		this.name = 'JournalError';
	}
}

/**
 * An interrupted run cannot be completed without overwriting a page changed
 * after it was killed: recovery writes nothing and says how to go on.
 */
export class RecoveryConflictError extends Error {
	constructor(contentDir: string, journal: Journal, changed: JournalFile[]) {
		const who = `an interrupted ${journal.command} (pid ${journal.pid}, started ${journal.started})`;
		const files = changed.map(
			(file) =>
				`  ${join(contentDir, file.target)} (the run's version: ${join(contentDir, file.temp)})`
		);
		super(
			[
				`${join(contentDir, JOURNAL_FILE)}: ${who} was switching its files into place, and ${changed.length === 1 ? 'this page was' : 'these pages were'} changed since; completing the run would overwrite ${changed.length === 1 ? 'it' : 'them'}:`,
				...files,
				`Nothing was written. To keep a change, delete the run's version; to take the run's version, move the page aside; then run again, which completes the rest of the run.`,
			].join('\n')
		);
		this.name = 'RecoveryConflictError';
	}
}

/** A path a journal may name: relative, inside the content directory, no `..`. */
const isInside = (path: unknown): path is string =>
	typeof path === 'string' &&
	path !== '' &&
	!path.startsWith('/') &&
	!path.includes('\\') &&
	path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');

/** Checks a journal before recovery acts on it: only files and folders of a run, inside content/. */
function checkJournal(data: unknown, path: string): Journal {
	const journal = data as Partial<Journal> | null;
	const files = Array.isArray(journal?.files) ? journal.files : undefined;
	const dirs = Array.isArray(journal?.dirs) ? journal.dirs : undefined;
	if (!journal || (journal.state !== 'preparing' && journal.state !== 'switching') || !files || !dirs)
		throw new JournalError(path, 'it lacks a state, files or folders');
	for (const file of files as Partial<JournalFile>[])
		if (
			(file.before !== undefined &&
				file.before !== null &&
				!(typeof file.before === 'string' && /^[0-9a-f]{64}$/.test(file.before))) ||
			!isInside(file.target) ||
			!isInside(file.temp) ||
			!file.temp.startsWith(`${file.target}.run-`) ||
			!TEMP_FILE.test(file.temp)
		)
			throw new JournalError(path, `it names a file outside a run: ${JSON.stringify(file)}`);
	for (const dir of dirs)
		if (!isInside(dir)) throw new JournalError(path, `it names a folder outside content/: ${JSON.stringify(dir)}`);
	return journal as Journal;
}

/** The journal of an interrupted run, if there is one. */
export async function readJournal(contentDir: string): Promise<Journal | undefined> {
	const path = join(contentDir, JOURNAL_FILE);
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
	try {
		return checkJournal(JSON.parse(text), path);
	} catch (error) {
		if (error instanceof SyntaxError) throw new JournalError(path, 'it is not JSON');
		throw error;
	}
}

/** Removes the journal durably: the run is over. */
export async function removeJournal(contentDir: string): Promise<void> {
	await rm(join(contentDir, JOURNAL_FILE), { force: true });
	await fsyncPath(contentDir);
}

const exists = async (path: string) =>
	stat(path).then(
		() => true,
		() => false
	);

/** Whether a process runs: a lock being taken by a live process keeps its temporary file. */
const isRunning = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
};

/** The hash of a file's bytes, or `null` when it does not exist. */
export async function fileHash(path: string): Promise<string | null> {
	try {
		return sha256(await readFile(path));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
		throw error;
	}
}

/** Files still waiting whose target changed since the run prepared it (and is not the run's version). */
async function changedSince(contentDir: string, waiting: JournalFile[]): Promise<JournalFile[]> {
	const changed: JournalFile[] = [];
	for (const file of waiting) {
		if (file.before === undefined) continue;
		const now = await fileHash(join(contentDir, file.target));
		if (now === null || now === file.before) continue;
		if (now !== (await fileHash(join(contentDir, file.temp)))) changed.push(file);
	}
	return changed;
}

/**
 * Completes a run that was switching: renames every prepared file still
 * waiting — unless a page was changed after the run was killed (then nothing).
 */
async function rollForward(contentDir: string, journal: Journal): Promise<void> {
	const waiting: JournalFile[] = [];
	for (const file of journal.files)
		if (await exists(join(contentDir, file.temp))) waiting.push(file);
	const changed = await changedSince(contentDir, waiting);
	if (changed.length > 0) throw new RecoveryConflictError(contentDir, journal, changed);
	for (const file of waiting)
		await rename(join(contentDir, file.temp), join(contentDir, file.target));
}

/** Undoes a run that was preparing: its temporary files, then the folders it made if empty. */
async function rollBack(contentDir: string, journal: Journal): Promise<void> {
	for (const file of journal.files) await rm(join(contentDir, file.temp), { force: true });
	for (const dir of [...journal.dirs].reverse())
		await rmdir(join(contentDir, dir)).catch(() => undefined);
}

/**
 * Finishes what an interrupted run left and removes stray temporary files.
 * Returns one message per thing done, for the run to print.
 */
export async function recoverInterruptedRun(contentDir: string): Promise<string[]> {
	const messages: string[] = [];
	const journal = await readJournal(contentDir);
	if (journal) {
		const who = `an interrupted ${journal.command} (pid ${journal.pid}, started ${journal.started})`;
		if (journal.state === 'switching') {
			await rollForward(contentDir, journal);
			messages.push(`completed ${who}: its ${journal.files.length} files are now in place`);
		} else {
			await rollBack(contentDir, journal);
			messages.push(`rolled back ${who}: it had not switched any file, none was changed`);
		}
		await removeJournal(contentDir);
	}
	for (const stray of await strayTempFiles(contentDir)) {
		await rm(join(contentDir, stray), { force: true });
		messages.push(`removed ${join(contentDir, stray)}, a temporary file left by an interrupted run`);
	}
	return messages;
}

/** Temporary files under the content directory (its top level, years and languages). */
export async function strayTempFiles(contentDir: string): Promise<string[]> {
	const found: string[] = [];
	const walk = async (relative: string, depth: number): Promise<void> => {
		const entries = await readdir(join(contentDir, relative), { withFileTypes: true }).catch(
			() => []
		);
		for (const entry of entries) {
			const path = relative ? `${relative}/${entry.name}` : entry.name;
			if (entry.isDirectory() && depth < 2 && !entry.name.startsWith('.'))
				await walk(path, depth + 1);
			else if (entry.isFile() && TEMP_FILE.test(entry.name)) {
				const lockTemp = /^\.archive\.lock(?:\.takeover)?\.(\d+)\.tmp$/.exec(entry.name);
				if (!lockTemp || !isRunning(Number(lockTemp[1]))) found.push(path);
			}
		}
	};
	await walk('', 0);
	return found.sort();
}
