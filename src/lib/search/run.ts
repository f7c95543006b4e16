/**
 * The archive's search semantics (see query-words.ts), independent of the index
 * behind it (Pagefind on the hosted site, the offline index from `file://`):
 * every word of the query must occur, each as the exact sequence of its
 * characters (or with the same stem), in any order; pages where the words stand
 * next to each other come first. What is listed is what is counted. No imports
 * but its siblings: the browser bundle uses it.
 */
import { locateWords, type Range } from './locate.ts';
import type { Anchor } from './paragraph.ts';
import { adjacentOrders, phraseQuery, queryWords } from './query-words.ts';

/** The indexed text of a found page, as the reader's result links to it. */
export interface PageText {
	/** The reader's page (a path on the hosted site, a file URL offline), without an anchor. */
	url: string;
	title: string;
	/** The text the index holds (data-pagefind-body without the ignored parts). */
	text: string;
	/** Elements with ids, each with the offset in `text` where it starts. */
	anchors: Anchor[];
}

/** One page found by an engine; its text is loaded on demand. */
export interface EngineResult<P extends PageText = PageText> {
	id: string;
	load: () => Promise<P>;
}

export type SearchFilters = Record<string, string>;

/** What an index must provide. */
export interface SearchEngine<P extends PageText = PageText> {
	/** The pages matching a query in Pagefind's syntax (a quoted phrase), best first. */
	find(query: string, filters: SearchFilters): Promise<EngineResult<P>[]>;
	/** The text of one page, by its path from the site root (`zh-hant/2022/legal-affairs/`), if indexed. */
	page?(path: string): Promise<P | undefined>;
}

/** A found page's text and where each of the query's words occurs in it: for each word, its places in `text` (see locate.ts). */
export type FoundPage<P extends PageText = PageText> = P & { located: Range[][] };

/** One result of a search. */
export interface Found<P extends PageText = PageText> {
	id: string;
	/** Whether the page has the words next to each other (in some order): such pages come first. */
	adjacent: boolean;
	load: () => Promise<FoundPage<P>>;
}

export interface SearchOutcome<P extends PageText = PageText> {
	/** The words searched (see queryWords). */
	words: string[];
	/** The pages holding every word, those with the words adjacent first. */
	results: Found<P>[];
}

/** The results of the first list that are in every other list, in the first list's order. */
function intersect<P extends PageText>(lists: EngineResult<P>[][]): EngineResult<P>[] {
	const [first = [], ...rest] = lists;
	const sets = rest.map((list) => new Set(list.map((r) => r.id)));
	return first.filter((r) => sets.every((set) => set.has(r.id)));
}

/** The ids of the pages with the words next to each other, in any order that counts (adjacentOrders). */
async function adjacentIds<P extends PageText>(
	engine: SearchEngine<P>,
	words: string[],
	filters: SearchFilters
): Promise<Set<string>> {
	const lists = await Promise.all(
		adjacentOrders(words).map((order) => engine.find(phraseQuery(order), filters))
	);
	return new Set(lists.flat().map((r) => r.id));
}

/**
 * Runs a query against an engine.
 *
 * @param lang the language of the engine's index (`en` stems English words when locating them)
 */
export async function runSearch<P extends PageText>(
	engine: SearchEngine<P>,
	query: string,
	lang: string,
	filters: SearchFilters = {}
): Promise<SearchOutcome<P>> {
	const words = queryWords(query);
	if (words.length === 0) return { words, results: [] };
	const [lists, adjacent] = await Promise.all([
		Promise.all(words.map((word) => engine.find(phraseQuery([word]), filters))),
		adjacentIds(engine, words, filters),
	]);
	const results = intersect(lists).map((result): Found<P> => ({
		id: result.id,
		adjacent: adjacent.has(result.id),
		load: async () => {
			const page = await result.load();
			return { ...page, located: locateWords(page.text, words, lang) };
		},
	}));
	// A stable sort: the engine's own ranking stays within each group.
	return { words, results: results.sort((a, b) => Number(b.adjacent) - Number(a.adjacent)) };
}
