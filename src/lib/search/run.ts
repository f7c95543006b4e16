/**
 * The archive's search semantics, independent of the index behind it (Pagefind on
 * the hosted site, the offline index from `file://`). No imports but cjk.ts: the
 * browser bundle uses it.
 *
 * A query returns two lists: the pages that contain it exactly, ranked first, and
 * the pages that contain its words only apart ("大同人大" finds the magazine
 * 《大同人大》 first, then the pages that merely mention 大同 and 人大).
 */
import { exactQuery, hasHan, queryWords } from './cjk.ts';

/** One page found by an engine; its display data is loaded on demand. */
export interface EngineResult<Hit> {
	id: string;
	load: () => Promise<Hit>;
}

export type SearchFilters = Record<string, string>;

/** What an index must provide: the pages matching a query in its own syntax, best first. */
export interface SearchEngine<Hit> {
	find(query: string, filters: SearchFilters): Promise<EngineResult<Hit>[]>;
}

export interface SearchOutcome<Hit> {
	/** Pages containing the query as typed (for Chinese: as a substring). */
	exact: EngineResult<Hit>[];
	/** Pages containing every word of the query, but not the query itself. */
	related: EngineResult<Hit>[];
	/** The words the related pages contain. */
	words: string[];
}

function intersect<Hit>(lists: EngineResult<Hit>[][]): EngineResult<Hit>[] {
	const [first = [], ...rest] = lists;
	const sets = rest.map((list) => new Set(list.map((r) => r.id)));
	return first.filter((r) => sets.every((set) => set.has(r.id)));
}

/**
 * Runs a query against an engine.
 *
 * @param segment cuts a Chinese phrase into words (the browser's Intl.Segmenter)
 */
export async function runSearch<Hit>(
	engine: SearchEngine<Hit>,
	query: string,
	filters: SearchFilters = {},
	segment?: (text: string) => string[]
): Promise<SearchOutcome<Hit>> {
	const trimmed = query.trim();
	if (trimmed === '') return { exact: [], related: [], words: [] };
	const words = queryWords(trimmed, segment);
	const han = hasHan(trimmed);
	const phrase = han
		? exactQuery(trimmed)
		: words.length > 1
			? `"${words.join(' ')}"`
			: exactQuery(trimmed);
	const exact = phrase.replace(/"/g, '').trim() === '' ? [] : await engine.find(phrase, filters);
	if (words.length < 2) return { exact, related: [], words };
	const apart = han
		? intersect(await Promise.all(words.map((word) => engine.find(exactQuery(word), filters))))
		: await engine.find(words.join(' '), filters);
	const found = new Set(exact.map((r) => r.id));
	return { exact, related: apart.filter((r) => !found.has(r.id)), words };
}

/** The browser's word segmenter for a language, when it has one. */
export function browserSegmenter(lang: string): ((text: string) => string[]) | undefined {
	if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return undefined;
	const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
	return (text) => [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}
