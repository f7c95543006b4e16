/**
 * One file outside content/ (an XLIFF export, a TMX memory), written whole or
 * not at all: a temporary file beside it, fsynced, then renamed into place; the
 * temporary file is removed when anything fails.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes `text` to `path` atomically (see the module comment), creating its folder.
 *
 * @example writeFileAtomicallySync('release/translations/2031.xlf', xml)
 */
export function writeFileAtomicallySync(path: string, text: string): void {
	mkdirSync(dirname(path), { recursive: true });
	const temp = `${path}.${process.pid}.tmp`;
	try {
		const fd = openSync(temp, 'w');
		try {
			writeSync(fd, text);
			fsyncSync(fd);
		} finally {
			closeSync(fd);
		}
		try {
			renameSync(temp, path);
		} catch (error) {
			// The rename fails at its destination (a folder there, …): name it, not the temporary file.
			throw Object.assign(error as Error, { path });
		}
	} catch (error) {
		rmSync(temp, { force: true });
		throw error;
	}
}
