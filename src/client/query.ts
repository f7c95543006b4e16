/**
 * What both search boxes do with a query: fold Traditional characters to
 * Simplified (fold.ts), let the script of the query pick the index (Chinese for
 * Han characters, English for Latin letters; see src/lib/search/languages.ts),
 * and run the archive's search semantics on it (src/lib/search/run.ts). The
 * reader's language is kept: results link to the reader's pages.
 */
import { searchLang } from '../lib/search/languages.ts';
import { runSearch, type SearchFilters, type SearchOutcome } from '../lib/search/run.ts';
import {
	type IndexedPage,
	type PageEngine,
	pageEngine,
	pageLocales,
	readerLang,
} from './engines.ts';
import { foldQuery } from './fold.ts';

/** Wait after a keystroke before searching: short, since a warm search takes milliseconds. */
export const DEBOUNCE_MS = 60;

/** A query ready to search: folded, its index chosen. */
export interface PreparedQuery {
	/** The query as the reader typed it. */
	typed: string;
	/** As searched (folded to Simplified when it had Traditional characters). */
	searched: string;
	/** The language whose text is searched. */
	lang: string;
	/** The language of the page. */
	reader: string;
	engine: PageEngine;
}

/** A query as searched, with its results. */
export type Searched = PreparedQuery & SearchOutcome<IndexedPage>;

/** Folds a typed query and chooses the index its script asks for. */
export async function prepareQuery(typed: string): Promise<PreparedQuery> {
	const searched = await foldQuery(typed);
	const reader = readerLang();
	const lang = searchLang(searched, reader, pageLocales());
	return { typed, searched, lang, reader, engine: pageEngine(lang) };
}

/** Searches a prepared query (see runSearch). */
export async function searchPrepared(
	prepared: PreparedQuery,
	filters: SearchFilters = {}
): Promise<Searched> {
	const outcome = await runSearch(prepared.engine, prepared.searched, prepared.lang, filters);
	return { ...prepared, ...outcome };
}
