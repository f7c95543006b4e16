/**
 * What a search result shows of a page: up to three of its paragraphs that hold
 * the query's words (the one with most of the words first, the earlier of equal
 * ones), each cut to a short window around the words, with the words marked and
 * whether the window cuts the paragraph short at either end (the reader sees
 * "…" there). The first is the paragraph the result lands on. Shared by both
 * engines and the browser bundle: no imports but its siblings.
 */
import { hasHan } from './cjk.ts';
import type { Range } from './locate.ts';
import { type Anchor, type Region, regionAt } from './paragraph.ts';

/** A stretch of an excerpt, marked when it is one of the query's words. */
export interface ExcerptPart {
	text: string;
	mark: boolean;
}

/** One paragraph's excerpt. */
export interface Excerpt {
	/** The paragraph's or heading's id (`p5`, `s2`); undefined for the page's header (title, byline). */
	anchor: string | undefined;
	parts: ExcerptPart[];
	/** Whether the paragraph goes on before the excerpt. */
	cutStart: boolean;
	/** Whether the paragraph goes on after it. */
	cutEnd: boolean;
}

/** A place of a word, with the word's index in the query. */
interface Hit extends Range {
	word: number;
}

/** Characters of an excerpt window: about two lines of a result in either script. */
const WINDOW = { han: 64, other: 180 };

/** The regions holding hits, each with its hits, best first: most distinct words, then earliest. */
function rankRegions(
	hits: Hit[],
	anchors: readonly Anchor[],
	length: number
): { region: Region; hits: Hit[] }[] {
	const byStart = new Map<number, { region: Region; hits: Hit[] }>();
	for (const hit of hits) {
		const region = regionAt(anchors, hit.start, length);
		const entry = byStart.get(region.start) ?? { region, hits: [] };
		entry.hits.push(hit);
		byStart.set(region.start, entry);
	}
	const all = [...byStart.values()];
	// A paragraph is what a reader wants to land on: the page's header counts only when the text has none.
	const inText = all.filter((entry) => entry.region.id !== undefined);
	const distinct = (entry: { hits: Hit[] }) => new Set(entry.hits.map((hit) => hit.word)).size;
	return (inText.length > 0 ? inText : all).sort(
		(a, b) => distinct(b) - distinct(a) || a.region.start - b.region.start
	);
}

/** The region without the spaces at its ends (Pagefind's text ends a block with a space). */
function trimmed(text: string, region: Region): Range {
	let { start, end } = region;
	while (start < end && /\s/u.test(text[start]!)) start++;
	while (end > start && /\s/u.test(text[end - 1]!)) end--;
	return { start, end };
}

/**
 * The window of `size` characters within `bounds` holding the most distinct
 * words, starting a third of the window before a hit, the earliest of equal ones.
 */
function chooseWindow(hits: Hit[], bounds: Range, size: number): Range {
	let best: Range = { start: bounds.start, end: Math.min(bounds.end, bounds.start + size) };
	let bestScore = -1;
	for (const hit of hits) {
		const end = Math.min(
			bounds.end,
			Math.max(bounds.start, hit.start - Math.floor(size / 3)) + size
		);
		const window = { start: Math.max(bounds.start, Math.min(hit.start, end - size)), end };
		const inside = hits.filter((h) => h.start >= window.start && h.end <= window.end);
		const score = new Set(inside.map((h) => h.word)).size;
		if (score > bestScore) [best, bestScore] = [window, score];
	}
	return best;
}

/** Widens a window so that no hit is cut in two at either end. */
function wholeHits(window: Range, hits: Hit[]): Range {
	let { start, end } = window;
	for (const hit of hits) {
		if (hit.start < start && hit.end > start) start = hit.start;
		if (hit.start < end && hit.end > end) end = hit.end;
	}
	return { start, end };
}

/** Moves the ends of a window of words (not Han characters) to word boundaries, never cutting a hit. */
function snapToWords(text: string, window: Range, bounds: Range, hits: Hit[]): Range {
	let { start, end } = window;
	const firstHit = Math.min(...hits.filter((h) => h.end > start).map((h) => h.start), end);
	const lastHit = Math.max(...hits.filter((h) => h.start < end).map((h) => h.end), start);
	if (start > bounds.start && !/\s/u.test(text[start - 1]!)) {
		const space = text.slice(start, firstHit).search(/\s/u);
		if (space >= 0) start += space + 1;
	}
	if (end < bounds.end && !/\s/u.test(text[end]!)) {
		const space = text.slice(lastHit, end).search(/\s\S*$/u);
		if (space >= 0) end = lastHit + space;
	}
	return { start, end };
}

/** The hits within a window, in text order, overlapping ones (农村 and 村工 in 农村工作) as one. */
function marksIn(window: Range, hits: Hit[]): Range[] {
	const marks: Range[] = [];
	const inside = hits
		.filter((h) => h.end > window.start && h.start < window.end)
		.sort((a, b) => a.start - b.start);
	for (const hit of inside) {
		const last = marks.at(-1);
		if (last && hit.start < last.end) last.end = Math.max(last.end, hit.end);
		else marks.push({ start: hit.start, end: hit.end });
	}
	return marks;
}

/** The window's text as parts, hits marked, runs of white space (line breaks of the index) as one space. */
function toParts(text: string, window: Range, hits: Hit[]): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	const flat = (from: number, to: number) => text.slice(from, to).replace(/\s+/gu, ' ');
	let at = window.start;
	for (const mark of marksIn(window, hits)) {
		const start = Math.max(mark.start, at);
		const end = Math.min(mark.end, window.end);
		if (end <= start) continue;
		if (start > at) parts.push({ text: flat(at, start), mark: false });
		parts.push({ text: flat(start, end), mark: true });
		at = end;
	}
	if (at < window.end) parts.push({ text: flat(at, window.end), mark: false });
	return parts;
}

/**
 * The excerpts of a found page: up to `max` paragraphs holding the words, best
 * first (see the module comment); none when no word was located.
 *
 * @param located each word's places in `text` (see locate.ts)
 * @example pageExcerpts('甲乙', [{ id: 'p1', location: 0 }], [[{ start: 1, end: 2 }]])[0] // { anchor: 'p1', parts: [{ text: '甲', mark: false }, { text: '乙', mark: true }], cutStart: false, cutEnd: false }
 */
export function pageExcerpts(
	text: string,
	anchors: readonly Anchor[],
	located: readonly Range[][],
	max = 3
): Excerpt[] {
	const hits = located.flatMap((ranges, word) => ranges.map((range) => ({ ...range, word })));
	return rankRegions(hits, anchors, text.length)
		.slice(0, max)
		.map(({ region, hits: inRegion }) => {
			const bounds = trimmed(text, region);
			const han = hasHan(text.slice(bounds.start, bounds.end));
			let window = wholeHits(
				chooseWindow(inRegion, bounds, han ? WINDOW.han : WINDOW.other),
				inRegion
			);
			if (!han) window = snapToWords(text, window, bounds, inRegion);
			return {
				anchor: region.id,
				parts: toParts(text, window, inRegion),
				cutStart: window.start > bounds.start,
				cutEnd: window.end < bounds.end,
			};
		});
}
