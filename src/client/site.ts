/**
 * The bootstrap: the only script every page loads (a classic script, deferred;
 * see src/lib/build/client-bundle.ts), kept to about a kilobyte. Every page reads
 * without it; it adds:
 * - the language switch keeps the paragraph anchor and the query string, so the
 *   other language's page lands on (and highlights, by :target) the same paragraph;
 * - the rest loads on first use, as classic scripts beside this one (they work
 *   from file:// too): search when the header's search box is focused
 *   (search.ts; the search page links it itself), "Copy citation" at the first
 *   choice of a paragraph number (citation-start.ts), and the highlighting of a
 *   search's words on the page a result lands on (highlight.ts).
 */
import { loadScript } from './load.ts';

/** Where the lazy scripts are: beside this one (read while it runs: currentScript is only set then). */
const here = (document.currentScript as HTMLScriptElement | null)?.src ?? document.baseURI;
const load = (name: string) => loadScript(new URL(name, here).href);

/** What opens "Copy citation": a paragraph's number, or any control marked `data-cite-open`. */
const CITE_TRIGGER = 'a.pn, [data-cite-open]';

/** Points every language switch link at the same anchor and query as the page, now and on every change. */
function keepAnchorOnLanguageSwitch(): void {
	const update = () => {
		for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
			const target = new URL(link.href);
			const query = new URLSearchParams(location.search);
			// The words a search result highlights are in this page's language, not the other's.
			query.delete('highlight');
			target.search = query.toString();
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

/** Loads the search script when the header's search box is first focused (the search page links it). */
function searchOnFirstUse(): void {
	const form = document.querySelector('form[data-search-form]');
	if (!form || document.getElementById('search-app')) return;
	form.addEventListener('focusin', () => void load(__SEARCH_SCRIPT__), { once: true });
}

/**
 * Names each paragraph's number as the control it is, "Cite paragraph N" (the
 * template is the dialog's `title` string): the HTML holds only the number, which
 * is the paragraph's link without script, and stays lighter so.
 */
function nameCiteControls(article: HTMLElement): void {
	const { title = '' } = JSON.parse(article.dataset['citeStrings'] ?? '{}') as { title?: string };
	for (const control of article.querySelectorAll<HTMLAnchorElement>('a.pn')) {
		const n = /^#p(\d+)$/.exec(control.hash)?.[1];
		if (n && title) control.setAttribute('aria-label', title.replace('{n}', n));
	}
}

/**
 * Loads "Copy citation" at the first choice of a paragraph number, then hands it
 * that choice (the last one, if the reader chose again while it loaded). The
 * number's link has done its own work meanwhile: the page is at the paragraph.
 */
function citationOnFirstUse(): void {
	const article = document.querySelector<HTMLElement>('article[data-cite]');
	if (!article) return;
	nameCiteControls(article);
	let chosen: HTMLElement | undefined;
	let loading: Promise<void> | undefined;
	const onClick = (event: MouseEvent) => {
		// A number opened in a new tab or window stays a link: nothing to load for it.
		if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)
			return;
		chosen = (event.target as Element | null)?.closest?.<HTMLElement>(CITE_TRIGGER) ?? chosen;
		if (!chosen) return;
		loading ??= load(__CITE_SCRIPT__).then(() => {
			article.removeEventListener('click', onClick);
			chosen?.click();
		});
	};
	article.addEventListener('click', onClick);
}

keepAnchorOnLanguageSwitch();
searchOnFirstUse();
citationOnFirstUse();
if (new URLSearchParams(location.search).has('highlight')) void load(__HIGHLIGHT_SCRIPT__);
