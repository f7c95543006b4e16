/**
 * Operating-system errors as one line a person can act on: the path and what
 * happened, in words, instead of a stack trace.
 */
import { relative } from 'node:path';

/** Words for the error codes a run can meet. */
const PHRASES: Readonly<Record<string, string>> = {
	ENOENT: 'no such file or folder',
	EISDIR: 'is a folder, where a file was expected',
	ERR_FS_EISDIR: 'is a folder, where a file was expected',
	ENOTDIR: 'is not a folder (a part of the path is a file)',
	EACCES: 'permission denied',
	EPERM: 'operation not permitted',
	ENOSPC: 'no space left on the disk',
	EDQUOT: 'the disk quota is exceeded',
	EROFS: 'the file system is read-only',
	EEXIST: 'already exists',
	ENOTEMPTY: 'the folder is not empty',
	EMFILE: 'too many open files',
	ENFILE: 'too many open files on the system',
	EIO: 'input/output error (the disk may be failing)',
	ENAMETOOLONG: 'the name is too long',
	EBUSY: 'the file is busy (in use by another program)',
	ELOOP: 'too many symbolic links',
	EXDEV: 'the two paths are on different file systems',
};

/** An error from the file system, with its code (and usually its path). */
export type FsError = Error & { code: string; path?: string; dest?: string; syscall?: string };

/** Whether an error is an operating-system error this module can describe. */
export function isFsError(error: unknown): error is FsError {
	return (
		error instanceof Error && typeof (error as { code?: unknown }).code === 'string' && (error as FsError).code in PHRASES
	);
}

/**
 * One line: the path (relative to the working folder) and what happened.
 *
 * @example describeFsError(Object.assign(new Error('x'), { code: 'ENOSPC', path: '/tmp/a' })) // '/tmp/a: no space left on the disk' (relative when under the working folder)
 */
export function describeFsError(error: FsError): string {
	const path = error.path ?? (error as { info?: { path?: string } }).info?.path;
	const shown = path ? (path.startsWith(process.cwd()) ? relative(process.cwd(), path) || '.' : path) : undefined;
	const phrase = PHRASES[error.code] ?? error.message;
	return `${shown ?? `(${error.syscall ?? 'file system'})`}: ${phrase}`;
}

/**
 * Runs a file operation and names `path` in its error when the system did not
 * (a write through an open file handle reports only `write`).
 *
 * @example await withPath('content/x.mdx', () => handle.writeFile(text))
 */
export async function withPath<T>(path: string, operation: () => Promise<T>): Promise<T> {
	try {
		return await operation();
	} catch (error) {
		if (error instanceof Error && (error as FsError).path === undefined)
			Object.assign(error, { path });
		throw error;
	}
}

/** withPath for a synchronous file operation. */
export function withPathSync<T>(path: string, operation: () => T): T {
	try {
		return operation();
	} catch (error) {
		if (error instanceof Error && (error as FsError).path === undefined)
			Object.assign(error, { path });
		throw error;
	}
}
