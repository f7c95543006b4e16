/**
 * Writes XLIFF 1.2: one `<file>` per report, one `<trans-unit>` per unit, marks
 * as `<x id="join-1"/>` placeholders, editor's notes and glossary terms as
 * `<note>`s, memory suggestions as `<alt-trans>`. The XML is built with
 * xmlbuilder2; every text and attribute goes through `xmlText` first (see there).
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { xmlAttributes, xmlText } from '../xml-text.ts';
import { placeholderId, type UnitInline } from '../content/page-units.ts';

/** The XLIFF 1.2 namespace. */
export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:1.2';

/**
 * The archive's own namespace, for what XLIFF has no place for: on each
 * `<trans-unit>`, `datong:english` records the fingerprint of the English the
 * page held when it was exported (`hashUnit`, src/lib/content/page-units.ts), so
 * that an import can tell an English edit made since the export from the
 * translator's (src/lib/translations/import-edits.ts). XLIFF 1.2 allows
 * attributes of other namespaces on `<trans-unit>`.
 */
export const ARCHIVE_NS = 'urn:x-datong-archive:xliff';
/** The prefix `ARCHIVE_NS` is declared with on the root. */
const ARCHIVE_PREFIX = 'datong';

/**
 * A target of an exported unit and its XLIFF state. No state: the source copied
 * into the target for a tool that translates in place (`export --copy-source`).
 */
export interface ExportTarget {
	inlines: UnitInline[];
	state?: 'translated' | 'needs-review-translation' | undefined;
}

/** A suggestion offered beside a unit as `<alt-trans>`: a memory match, or the unit's English before its Chinese changed. */
export interface ExportAlternative {
	/** Match quality in percent; absent for a unit's own earlier English. */
	quality?: number | undefined;
	/** Where it comes from: a unit id. */
	origin: string;
	/** The Chinese it translates; absent when it is the unit's own. */
	source?: string | undefined;
	target: UnitInline[];
}

/** One `<trans-unit>` to write. */
export interface ExportUnit {
	id: string;
	/** `resname`: the id's last part (`p3`, `title`), for CAT tools that show it. */
	resname: string;
	source: UnitInline[];
	target?: ExportTarget | undefined;
	notes: { from: string; text: string }[];
	alternatives: ExportAlternative[];
	/** Set when the target is the archive's fixed English (registry or glossary), not the translator's. */
	fixed?: 'registry' | 'glossary' | undefined;
	/** Fingerprint of the English the page holds for the unit (of none, when it has none). */
	english?: string | undefined;
}

/** One `<file>`: a report. */
export interface ExportFile {
	/** `<year>/<slug>`. */
	original: string;
	units: ExportUnit[];
}

// Pretty-printing would indent inside <source> and <target>, whose whitespace is
// content; so structure is indented by hand-placed whitespace text nodes instead.
function child(
	parent: XMLBuilder,
	depth: number,
	name: string,
	attrs: Record<string, string> = {}
): XMLBuilder {
	parent.txt(`\n${'\t'.repeat(depth)}`);
	return parent.ele(name, xmlAttributes(attrs));
}

function close(element: XMLBuilder, depth: number): void {
	element.txt(`\n${'\t'.repeat(depth)}`);
}

function appendInlines(element: XMLBuilder, inlines: UnitInline[]): void {
	for (const inline of inlines) {
		if (inline.type === 'text') element.txt(xmlText(inline.value));
		else
			element.ele(
				'x',
				xmlAttributes({ id: placeholderId(inline), ctype: `x-${inline.name.toLowerCase()}` })
			);
	}
}

/**
 * The unit's attributes. A confirmed target (`translated`) is also
 * `approved="yes"`: translate-toolkit (xliff2po, pomerge, Weblate's storage)
 * reads every unapproved target as fuzzy, so without it a round trip through
 * PO would send all confirmed English, registry names included, back as
 * `needs-translation`, to be imported as needing review.
 */
function unitAttributes(unit: ExportUnit): Record<string, string> {
	const approved = unit.target?.state === 'translated' ? { approved: 'yes' } : {};
	const english = unit.english === undefined ? {} : { [`${ARCHIVE_PREFIX}:english`]: unit.english };
	return { id: unit.id, resname: unit.resname, ...approved, ...english };
}

function appendUnit(body: XMLBuilder, unit: ExportUnit): void {
	const element = child(body, 3, 'trans-unit', unitAttributes(unit));
	appendInlines(child(element, 4, 'source'), unit.source);
	if (unit.target)
		appendInlines(
			child(element, 4, 'target', unit.target.state ? { state: unit.target.state } : {}),
			unit.target.inlines
		);
	for (const note of unit.notes)
		child(element, 4, 'note', { from: note.from }).txt(xmlText(note.text));
	for (const alternative of unit.alternatives) {
		const alt = child(element, 4, 'alt-trans', {
			...(alternative.quality !== undefined && { 'match-quality': String(alternative.quality) }),
			origin: alternative.origin,
		});
		if (alternative.source !== undefined) child(alt, 5, 'source').txt(xmlText(alternative.source));
		appendInlines(child(alt, 5, 'target'), alternative.target);
		close(alt, 4);
	}
	close(element, 3);
}

/**
 * Serialises files of units as an XLIFF 1.2 document (UTF-8, tab-indented).
 *
 * @example buildXliff([{ original: '2031/legal-affairs', units: [] }], 'tool') // '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" …'
 */
export function buildXliff(files: ExportFile[], tool: string): string {
	const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(XLIFF_NS, 'xliff', {
		version: '1.2',
		[`xmlns:${ARCHIVE_PREFIX}`]: ARCHIVE_NS,
	});
	for (const file of files) {
		const fileElement = child(root, 1, 'file', {
			original: file.original,
			'source-language': 'zh-Hans',
			'target-language': 'en',
			datatype: 'plaintext',
			'tool-id': tool,
		});
		const header = child(fileElement, 2, 'header');
		child(header, 3, 'tool', { 'tool-id': tool, 'tool-name': tool });
		close(header, 2);
		const body = child(fileElement, 2, 'body');
		for (const unit of file.units) appendUnit(body, unit);
		close(body, 2);
		close(fileElement, 1);
	}
	close(root, 0);
	return `${root.end({ prettyPrint: false })}\n`;
}
