/**
 * What both search boxes do with a query before searching: fold Traditional
 * characters to Simplified (fold.ts), then let the script of the query pick the
 * index (Chinese for Han characters, English for Latin letters; see
 * src/lib/search/languages.ts). The reader's language is kept: results link to
 * the reader's pages.
 */
import { searchLang } from '../lib/search/languages.ts';
import { browserSegmenter, type SearchEngine } from '../lib/search/run.ts';
import { type Hit, pageEngine, pageLocales, readerLang } from './engines.ts';
import { foldQuery } from './fold.ts';

export interface PreparedQuery {
	/** The query as searched (folded to Simplified when it had Traditional characters). */
	searched: string;
	/** The language whose text is searched. */
	lang: string;
	/** The language of the page. */
	reader: string;
	engine: SearchEngine<Hit>;
	segment: ((text: string) => string[]) | undefined;
}

/** Prepares a typed query for runSearch. */
export async function prepareQuery(typed: string): Promise<PreparedQuery> {
	const searched = await foldQuery(typed);
	const reader = readerLang();
	const locales = pageLocales();
	const lang = searchLang(searched, reader, locales);
	return {
		searched,
		lang,
		reader,
		engine: pageEngine(lang),
		segment: browserSegmenter(locales[lang] ?? lang),
	};
}
