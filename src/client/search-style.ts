/**
 * The search stylesheet (src/styles/search.css: the search page and the header's
 * quick results), a file beside the search script (`_app/search.<hash>.css`):
 * the search page links it; elsewhere the quick search adds it before it first
 * shows results, so that the page never moves.
 */
import { loadStyle } from './load.ts';

// Read while the search script runs: currentScript is only set then.
const here = (document.currentScript as HTMLScriptElement | null)?.src ?? document.baseURI;
let loading: Promise<void> | undefined;

/** Resolves when the search stylesheet applies. */
export function searchStyle(): Promise<void> {
	return (loading ??= loadStyle(new URL(__SEARCH_STYLE__, here).href));
}
