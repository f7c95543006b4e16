/**
 * The archive's name and version, from package.json: recorded in the data,
 * the e-books and the translation memories, and in the offline edition's name.
 * Imported (not read from the working folder), so the build, the scripts and
 * the tests all see the same file, wherever they run from.
 */
import pkg from '../../../package.json' with { type: 'json' };

/** The archive's package name and version. */
export const ARCHIVE_PACKAGE: { readonly name: string; readonly version: string } = {
	name: pkg.name,
	version: pkg.version,
};
