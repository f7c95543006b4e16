/**
 * Search results that land on the paragraph: which anchor (`#p5`, or a heading's
 * `#s2`) a match falls under (excerpt.ts cuts the excerpts from those paragraphs).
 * Shared by both engines (Pagefind's result data and the offline index) and the
 * browser bundle: no imports.
 *
 * The paragraph a match falls in is the last anchor at or before the match, as
 * Pagefind's own sub-results do for headings; paragraph and heading ids are the
 * same in both languages, so the anchor also lands on the aligned paragraph of
 * the other language.
 */

/** An element with an id in the indexed text, at the offset where it starts. */
export interface Anchor {
	id: string;
	location: number;
}

/** The anchors a citation can point at: numbered paragraphs and section headings (same in both languages). */
const CITABLE = /^[ps]\d+$/;

/**
 * Whether an id is a paragraph (`p5`) or section heading (`s2`) anchor.
 *
 * @example isCitableAnchor('p12') // true
 * @example isCitableAnchor('editorial') // false
 */
export function isCitableAnchor(id: string): boolean {
	return CITABLE.test(id);
}

/**
 * Where the report text starts: the first citable anchor (what comes before it
 * is the page's header: article title, committee, byline).
 *
 * @example textStart([{ id: 'p1', location: 40 }, { id: 'editorial', location: 2 }]) // 40
 */
export function textStart(anchors: readonly Anchor[]): number {
	return Math.min(...anchors.filter((a) => isCitableAnchor(a.id)).map((a) => a.location));
}

/** The stretch of the text between a citable anchor and the next one (end exclusive). */
export interface Region {
	/** The anchor's id; undefined before the first anchor (the page's header). */
	id: string | undefined;
	start: number;
	end: number;
}

/**
 * The region a location falls in: from the last citable anchor at or before it
 * to the next citable anchor (or `length`, the end of the text).
 *
 * @example regionAt([{ id: 'p1', location: 4 }, { id: 'p2', location: 9 }], 6, 20) // { id: 'p1', start: 4, end: 9 }
 */
export function regionAt(anchors: readonly Anchor[], location: number, length: number): Region {
	const citable = anchors
		.filter((a) => isCitableAnchor(a.id))
		.sort((a, b) => a.location - b.location);
	let region: Region = { id: undefined, start: 0, end: citable[0]?.location ?? length };
	citable.forEach((anchor, i) => {
		if (anchor.location <= location)
			region = { id: anchor.id, start: anchor.location, end: citable[i + 1]?.location ?? length };
	});
	return region;
}
