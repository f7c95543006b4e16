import { type Zippable, zipSync } from 'fflate';

/** A fixed timestamp for every entry, so that the same files give the same bytes. */
export const ZIP_TIME = new Date('2000-01-01T00:00:00Z');

/**
 * Zips files under one top-level folder, reproducibly: entries sorted by path,
 * every timestamp the same, the same compression.
 */
export function zipFolder(folder: string, files: { path: string; data: Uint8Array }[]): Uint8Array {
	const entries: Zippable = {};
	for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
		entries[`${folder}/${file.path}`] = [file.data, { mtime: ZIP_TIME, level: 9 }];
	}
	return zipSync(entries, { mtime: ZIP_TIME });
}
