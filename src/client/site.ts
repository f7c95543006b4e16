/**
 * The archive's only script, bundled as one classic script (see
 * src/lib/build/client-bundle.ts). Every page reads without it; it adds:
 * - the language switch keeps the paragraph anchor and the query string;
 * - the search page runs the query in its URL and as the reader types;
 * - the header's search box lists results as the reader types (quick-search.ts).
 */
import { startQuickSearch } from './quick-search.ts';
import { startSearch } from './search.ts';

function keepAnchorOnLanguageSwitch(): void {
	document.addEventListener('click', (event) => {
		const link = (event.target as Element | null)?.closest?.('a[data-lang-switch]');
		if (!(link instanceof HTMLAnchorElement)) return;
		const target = new URL(link.href);
		target.search = location.search;
		target.hash = location.hash;
		link.href = target.href;
	});
}

keepAnchorOnLanguageSwitch();
const app = document.getElementById('search-app');
if (app) startSearch(app);
// The search page has its own box; elsewhere the header box lists results as one types.
const header = document.querySelector<HTMLFormElement>('form[data-search-form]');
if (header && !app) startQuickSearch(header);
