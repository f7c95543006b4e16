/**
 * The search script (`_app/search.<hash>.js`): the search page links it; on
 * every other page the bootstrap (site.ts) loads it when the header's search box
 * is first used. It starts the search page or the header's quick search, and
 * offers the search to other scripts (and the tests) as `window.ArchiveSearch`.
 */
import type { SearchFilters } from '../lib/search/run.ts';
import { searchTranslations } from './engines.ts';
import { prepareQuery, searchPrepared } from './query.ts';
import { startQuickSearch } from './quick-search.ts';
import { type Hit, showHit, statusText } from './results.ts';
import { startSearchPage } from './search-page.ts';

/** What a search shows: the language searched, the words, the status line and every result. */
export interface SearchView {
	lang: string;
	words: string[];
	status: string;
	/** For each result, whether it has the words next to each other. */
	adjacent: boolean[];
	hits: Hit[];
}

/** Runs a query as the search page does and returns what it would show. */
async function search(query: string, filters: SearchFilters = {}): Promise<SearchView> {
	const t = searchTranslations();
	const searched = await searchPrepared(await prepareQuery(query), filters);
	const hits = await Promise.all(searched.results.map((result) => showHit(result, searched, t)));
	return {
		lang: searched.lang,
		words: searched.words,
		status: statusText(searched, hits.length, t),
		adjacent: searched.results.map((result) => result.adjacent),
		hits,
	};
}

(window as unknown as { ArchiveSearch: unknown }).ArchiveSearch = { search };

const app = document.getElementById('search-app');
// The search page has its own box; elsewhere the header box lists results as one types.
const header = document.querySelector<HTMLFormElement>('form[data-search-form]');
if (app) startSearchPage(app);
else if (header) startQuickSearch(header);
