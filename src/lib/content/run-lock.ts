/**
 * One run at a time: `content/.archive.lock` names the run that holds it (pid,
 * command, start time). It is created atomically (written beside, then
 * hard-linked into place, which fails when the lock exists), so a second run
 * refuses at once. A lock whose process is gone (or whose pid now belongs to
 * another process: its start time differs) is stale and taken over, with a
 * message.
 */
import { readFileSync } from 'node:fs';
import { link, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withPath } from './fs-errors.ts';

/** The lock file's name in the content directory. */
export const LOCK_FILE = '.archive.lock';

/** What the lock says about the run holding it. */
export interface LockHolder {
	pid: number;
	command: string;
	/** When the run started, ISO 8601. */
	started: string;
	/** The process's start time in clock ticks since boot (Linux), to tell a reused pid. */
	processStart?: number;
}

/** A run that could not start because another one holds the lock. */
export class LockHeldError extends Error {
	readonly holder: LockHolder;
	constructor(holder: LockHolder, lockPath: string) {
		super(
			`another ${holder.command} is running (pid ${holder.pid}, since ${holder.started}); wait for it to finish, then run again (if process ${holder.pid} is no ingest or import, delete ${lockPath})`
		);
		this.name = 'LockHeldError';
		this.holder = holder;
	}
}

/** The start time of a process in clock ticks since boot, where /proc tells it. */
function processStart(pid: number): number | undefined {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
	} catch {
		return undefined;
	}
}

/** Whether the process that took a lock is still running. */
export function isHolderAlive(holder: LockHolder): boolean {
	try {
		process.kill(holder.pid, 0);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
	}
	const start = processStart(holder.pid);
	return holder.processStart === undefined || start === undefined || start === holder.processStart;
}

async function readHolder(path: string): Promise<LockHolder | undefined> {
	try {
		const data = JSON.parse(await readFile(path, 'utf8')) as Partial<LockHolder>;
		if (typeof data.pid !== 'number' || typeof data.started !== 'string') return undefined;
		return { command: 'run', ...data } as LockHolder;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		if (error instanceof SyntaxError) return { pid: 0, command: 'run', started: 'unknown' };
		throw error;
	}
}

/** Creates `path` with the holder's record, atomically; false when it exists. */
async function createExclusive(path: string, holder: LockHolder): Promise<boolean> {
	const temp = `${path}.${process.pid}.tmp`;
	try {
		// Inside the try: a write that fails (a full disk) may have created the file.
		await withPath(temp, () => writeFile(temp, `${JSON.stringify(holder)}\n`, { flag: 'w' }));
		await link(temp, path);
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw error;
	} finally {
		await rm(temp, { force: true });
	}
}

/** Removes a stale lock, guarded so that two runs cannot both take over the same one. */
async function removeStale(path: string, stale: LockHolder, me: LockHolder): Promise<void> {
	const guard = `${path}.takeover`;
	if (!(await createExclusive(guard, me))) {
		const other = await readHolder(guard);
		if (other && !isHolderAlive(other)) await rm(guard, { force: true });
		return;
	}
	try {
		const again = await readHolder(path);
		if (again && again.pid === stale.pid && again.started === stale.started)
			await rm(path, { force: true });
	} finally {
		await rm(guard, { force: true });
	}
}

/** A lock held by this process. */
export interface HeldLock {
	/** Set when a stale lock was taken over: whose it was. */
	tookOver?: LockHolder;
	release(): Promise<void>;
}

/**
 * Takes the run lock of a content directory, or throws {@link LockHeldError}
 * when a live run holds it.
 *
 * @param command what the run is, for the other run's message: `ingest`, `import`
 */
export async function acquireRunLock(contentDir: string, command: string): Promise<HeldLock> {
	const path = join(contentDir, LOCK_FILE);
	const start = processStart(process.pid);
	const me: LockHolder = {
		pid: process.pid,
		command,
		started: new Date().toISOString(),
		...(start !== undefined && { processStart: start }),
	};
	let tookOver: LockHolder | undefined;
	for (let attempt = 0; attempt < 5; attempt += 1) {
		if (await createExclusive(path, me)) {
			const release = async () => {
				const now = await readHolder(path);
				if (now?.pid === me.pid && now.started === me.started) await rm(path, { force: true });
			};
			return { ...(tookOver && { tookOver }), release };
		}
		const holder = await readHolder(path);
		if (!holder) continue;
		if (holder.pid !== 0 && isHolderAlive(holder)) throw new LockHeldError(holder, path);
		tookOver = holder;
		await removeStale(path, holder, me);
	}
	throw new Error(`${path}: could not take the run lock after 5 attempts`);
}

/** The run holding the lock of a content directory, if one is running. */
export async function liveHolder(contentDir: string): Promise<LockHolder | undefined> {
	const holder = await readHolder(join(contentDir, LOCK_FILE)).catch(() => undefined);
	return holder && holder.pid !== 0 && isHolderAlive(holder) ? holder : undefined;
}
