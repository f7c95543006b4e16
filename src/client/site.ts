/**
 * The archive's only script, bundled as one classic script (see
 * src/lib/build/client-bundle.ts). Every page reads without it; it adds:
 * - the language switch keeps the paragraph anchor and the query string, so the
 *   other language's page lands on (and highlights, by :target) the same paragraph;
 * - "Copy citation" under a paragraph whose number is chosen (citation.ts);
 * - the search page runs the query in its URL and as the reader types;
 * - the header's search box lists results as the reader types (quick-search.ts).
 */
import { startCitations } from './citation.ts';
import { startQuickSearch } from './quick-search.ts';
import { startSearch } from './search.ts';

/** Points every language switch link at the same anchor and query as the page, now and on every change. */
function keepAnchorOnLanguageSwitch(): void {
	const update = () => {
		for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
			const target = new URL(link.href);
			target.search = location.search;
			target.hash = location.hash;
			link.href = target.href;
		}
	};
	update();
	// The hash changes on an anchor click; the search page rewrites its query with history.replaceState.
	addEventListener('hashchange', update);
	document.addEventListener('click', (event) => {
		if ((event.target as Element | null)?.closest?.('a[data-lang-switch]')) update();
	});
}

keepAnchorOnLanguageSwitch();
const report = document.querySelector<HTMLElement>('article[data-cite]');
if (report) startCitations(report);
const app = document.getElementById('search-app');
if (app) startSearch(app);
// The search page has its own box; elsewhere the header box lists results as one types.
const header = document.querySelector<HTMLFormElement>('form[data-search-form]');
if (header && !app) startQuickSearch(header);
