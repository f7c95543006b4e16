/**
 * English edited on a page since the export. An export records, per unit, the
 * fingerprint of the English the page held (`datong:english`, xliff-write.ts);
 * an import compares it with the page's English now. Where they differ, someone
 * edited the page (by hand, or by another import) after the export:
 *
 * - the file's target is the English exported (the translator did not touch
 *   it): the page's English is kept, and the unit listed;
 * - the target is the page's English now, or the page has no English for the
 *   unit now: nothing can be lost, it is imported;
 * - the target is other English: a conflict, which refuses the file, naming
 *   both versions, rather than losing one of them silently.
 *
 * A unit without a fingerprint (an export made before it was recorded, or a
 * tool that dropped the attribute) is imported as it always was.
 */
import { canonicalInlines, hashUnit, type UnitInline } from '../content/page-units.ts';

/** What an import does with a unit, seen from edits made since its export. */
export type EditSinceExport =
	{ kind: 'import' } | { kind: 'keep' } | { kind: 'conflict'; message: string };

/** The longest run of a version a conflict message quotes. */
const QUOTE_CHARS = 300;

const quote = (inlines: UnitInline[]) => {
	const text = canonicalInlines(inlines);
	return JSON.stringify(text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS)}…` : text);
};

/**
 * Decides a unit the file brings English for, against edits made to the page
 * since the export.
 *
 * @param exported the fingerprint the file recorded (`undefined`: none, as before it existed)
 * @param page the English the page holds for the unit now (`undefined`: none)
 * @param target the English the file brings
 * @param enPath the English page, as messages name it
 * @example editSinceExport(hashUnit(old), [{ type: 'text', value: 'Edited.' }], old, 'content/2031/en/x.mdx') // { kind: 'keep' }
 */
export function editSinceExport(
	exported: string | undefined,
	page: UnitInline[] | undefined,
	target: UnitInline[],
	enPath: string
): EditSinceExport {
	// No fingerprint, or no English on the page now (a page not created yet, English
	// removed since): writing the file's English loses nothing.
	if (exported === undefined || page === undefined) return { kind: 'import' };
	const now = page;
	if (hashUnit(now) === exported) return { kind: 'import' };
	if (canonicalInlines(target) === canonicalInlines(now)) return { kind: 'import' };
	if (hashUnit(target) === exported) return { kind: 'keep' };
	return {
		kind: 'conflict',
		message: `the English of ${enPath} changed since the export (now ${quote(now)}) and the file brings other English (${quote(target)}): keep one — undo the edit on the page (git diff shows it) and import again, or export again and carry the translator's change into the new file`,
	};
}
