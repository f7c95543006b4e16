/**
 * The Pagefind filter that names each indexed page by its path from the site
 * root (`page:zh-hant/2022/legal-affairs/`, added to the copy of the page given
 * to Pagefind, see index-html.ts), so that a search can look one page up: the
 * Traditional edition shows a result found in the Simplified text in its own
 * characters (src/client/results.ts). Shared with the browser bundle.
 */
export const PAGE_FILTER = 'page';
