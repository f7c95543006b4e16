/**
 * Search results that land on the paragraph: which anchor (`#p5`, or a heading's
 * `#s2`) a match falls under, and an excerpt taken from that paragraph only.
 * Shared by both engines (Pagefind's result data and the offline index) and the
 * browser bundle: no imports.
 *
 * The paragraph a match falls in is the last anchor at or before the match, as
 * Pagefind's own sub-results do for headings; paragraph and heading ids are the
 * same in both languages, so the anchor also lands on the aligned paragraph of
 * the other language.
 */

/** An element with an id in the indexed text, at a position (a word index or a character offset). */
export interface Anchor {
	id: string;
	location: number;
}

/** A matched word, with Pagefind's weight for it (1 when all matches count the same). */
export interface WordMatch {
	location: number;
	balanced_score?: number;
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

/**
 * The first word of the excerpt window (`size` words) with the most matches
 * inside `region`, as Pagefind chooses its excerpt (densest window, middle of
 * equally dense ones), then moved to start and end within the region, as
 * Pagefind keeps a sub-result's excerpt within its section.
 */
function windowStart(matches: readonly WordMatch[], region: Region, size: number): number {
	const inside = matches.filter((m) => m.location >= region.start && m.location < region.end);
	const span = Math.min(size, region.end - region.start);
	let best = -1;
	let bestAt: number[] = [region.start];
	for (let start = region.start - span + 1; start < region.end; start++) {
		const score = inside
			.filter((m) => m.location >= start && m.location < start + span)
			.reduce((sum, m) => sum + (m.balanced_score ?? 1), 0);
		if (score > best) {
			best = score;
			bestAt = [start];
		} else if (score === best && bestAt.at(-1) === start - 1) bestAt.push(start);
	}
	const middle = bestAt[Math.floor(bestAt.length / 2)]!;
	return Math.max(region.start, Math.min(middle, region.end - span));
}

/**
 * The locations of the first occurrence of a phrase (one word per term) at or
 * after `from`, or none. Pagefind reports one occurrence of a phrase per page,
 * which may be in the page's header while the report text has it too.
 *
 * @example phraseLocations(['标', '黄', '花', '。', '黄', '花'], ['黄', '花'], 3) // [4, 5]
 */
export function phraseLocations(
	words: readonly string[],
	terms: readonly string[],
	from = 0
): number[] {
	if (terms.length === 0) return [];
	for (let i = Math.max(0, from); i + terms.length <= words.length; i++) {
		if (terms.every((term, j) => words[i + j]!.trim() === term)) return terms.map((_, j) => i + j);
	}
	return [];
}

/** What a result shows: the anchor to link to and an excerpt of that paragraph. */
export interface ParagraphHit {
	/** The anchor id (`p5`), or undefined when the match is in the page's header. */
	anchor: string | undefined;
	/** HTML: the words as given (already escaped), matches wrapped in `<mark>`. */
	excerpt: string;
}

/**
 * Picks the paragraph of a result (the one holding its first match in the
 * report text; a match in the page's header counts only when the text has
 * none, as a paragraph is what a reader wants to land on) and cuts an
 * excerpt of at most `size` words from it, with every match in `<mark>`.
 *
 * @param words the indexed words of the page, already HTML-escaped, in order
 * @param joiner what goes between two words ('' for Chinese, ' ' otherwise)
 * @example paragraphHit(['a', 'b', 'c', 'd'], ' ', [{ location: 2 }], [{ id: 'p1', location: 0 }, { id: 'p2', location: 2 }], 5) // { anchor: 'p2', excerpt: '<mark>c</mark> d' }
 */
export function paragraphHit(
	words: readonly string[],
	joiner: string,
	matches: readonly WordMatch[],
	anchors: readonly Anchor[],
	size: number
): ParagraphHit {
	const start0 = textStart(anchors);
	const inText = matches.filter((m) => m.location >= start0);
	const first = Math.min(...(inText.length > 0 ? inText : matches).map((m) => m.location));
	const region = regionAt(anchors, Number.isFinite(first) ? first : 0, words.length);
	const start = windowStart(matches, region, size);
	const marked = new Set(matches.map((m) => m.location));
	const excerpt = words
		.slice(start, Math.min(start + size, region.end))
		.map((word, i) => (marked.has(start + i) && word !== '' ? `<mark>${word}</mark>` : word))
		.join(joiner)
		.trim();
	return { anchor: region.id, excerpt };
}
