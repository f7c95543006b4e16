/**
 * Shared setup of the browser tests: the built site served on localhost, and a
 * connection to the one Chromium the whole `site` project shares
 * (tests/helpers/browser-server.ts), through which the file makes contexts of
 * its own and closes them when it ends.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { connectBrowser } from './browser.ts';
import { type Served, serve } from './site.ts';

export interface BrowserContext {
	browser: Browser | undefined;
	/** The served site; set in beforeAll. */
	site: () => Served;
	/** A new page that fails the test on any uncaught error in the page. */
	open: (path: string, viewport?: { width: number; height: number }) => Promise<Page>;
	/**
	 * A page in a context of its own (so permissions, scheme and script can
	 * differ), at a path of the served site or a file: URL; errors in the page
	 * fail the test. Close it with its context.
	 */
	openInContext: (
		path: string,
		options?: BrowserContextOptions & { clipboard?: boolean }
	) => Promise<Page>;
}

/** Makes an uncaught error in the page fail the test when the page closes. */
function failOnPageError(page: Page): void {
	const errors: Error[] = [];
	page.on('pageerror', (error) => errors.push(error));
	page.on('close', () => {
		if (errors[0]) throw errors[0];
	});
}

export async function useBrowser(
	dir: () => string = () => inject('siteDir'),
	base = '/'
): Promise<BrowserContext> {
	const browser = await connectBrowser();
	let served: Served | undefined;
	beforeAll(async () => {
		served = await serve(dir(), base);
	});
	afterAll(async () => {
		// This file's contexts (each page open() made has one); then the connection, not the shared browser.
		await Promise.all(browser?.contexts().map((context) => context.close()) ?? []);
		await browser?.close();
		await served?.close();
	});
	return {
		browser,
		site: () => served!,
		async open(path, viewport = { width: 1280, height: 900 }) {
			const page = await browser!.newPage({ viewport });
			failOnPageError(page);
			await page.goto(new URL(path.replace(/^\//, ''), served!.url).href);
			return page;
		},
		async openInContext(path, options = {}) {
			const { clipboard, ...contextOptions } = options;
			const context = await browser!.newContext({
				viewport: { width: 1280, height: 900 },
				...contextOptions,
			});
			if (clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			const page = await context.newPage();
			failOnPageError(page);
			await page.goto(
				/^file:/.test(path) ? path : new URL(path.replace(/^\//, ''), served!.url).href
			);
			return page;
		},
	};
}

/**
 * Runs queries through Pagefind's own API in a page of the served site and
 * returns, for each, the URLs of the pages found (sorted). A string is evaluated,
 * not a function: vitest would rewrite the dynamic import inside a function.
 */
export async function pagefindResults(page: Page, queries: string[]): Promise<string[][]> {
	return await page.evaluate<string[][]>(`(async (queries) => {
		const pagefind = await import(new URL(document.body.dataset.pagefindBase + 'pagefind.js', document.baseURI).href);
		await pagefind.init();
		const out = [];
		for (const query of queries) {
			const response = await pagefind.search(query);
			const data = await Promise.all(response.results.map((r) => r.data()));
			out.push(data.map((d) => d.url).sort());
		}
		return out;
	})(${JSON.stringify(queries)})`);
}

/** A result as the search page shows it (see src/client/search.ts, `ArchiveSearch`). */
export interface ShownResult {
	/** The result's link: path (or file URL) with the anchor, without the highlight query. */
	link: string;
	/** The words the link asks the page to highlight. */
	highlight: string[];
	title: string;
	adjacent: boolean;
	/**
	 * Each excerpt: `shown`, its text as the reader sees it ("…" where cut, marks
	 * not set apart: the text may hold brackets of its own), `text`, the same with
	 * the marked words in [brackets] (for messages), the marked words, its label and link.
	 */
	excerpts: {
		shown: string;
		text: string;
		marked: string[];
		label: string | null;
		link: string;
	}[];
	lang: string | null;
}

/**
 * Runs queries through the page's own search (the search script's
 * `window.ArchiveSearch`, as the search page runs them: folding, the index the
 * script chooses, the archive's semantics, the results shown) and returns, for
 * each, the status line and the results. The page must be a search page (which
 * loads the search script).
 */
export async function archiveSearch(
	page: Page,
	queries: string[],
	filters: Record<string, string> = {}
): Promise<{ status: string; results: ShownResult[] }[]> {
	await page.waitForFunction(() => 'ArchiveSearch' in window);
	return await page.evaluate<
		{ status: string; results: ShownResult[] }[]
	>(`(async (queries, filters) => {
		const strip = (href) => { const url = new URL(href, location.href); const words = url.searchParams.getAll('highlight'); url.search = ''; return { link: url.protocol === 'file:' ? url.href : url.pathname + url.hash, words }; };
		const out = [];
		for (const query of queries) {
			const view = await window.ArchiveSearch.search(query, filters);
			out.push({ status: view.status, results: view.hits.map((hit, i) => ({
				link: strip(hit.href).link,
				highlight: strip(hit.href).words,
				title: hit.title,
				adjacent: view.adjacent[i],
				lang: hit.lang ?? null,
				excerpts: hit.excerpts.map((e) => ({
					shown: (e.cutStart ? '…' : '') + e.parts.map((p) => p.text).join('') + (e.cutEnd ? '…' : ''),
					text: (e.cutStart ? '…' : '') + e.parts.map((p) => (p.mark ? '[' + p.text + ']' : p.text)).join('') + (e.cutEnd ? '…' : ''),
					marked: e.parts.filter((p) => p.mark).map((p) => p.text),
					label: e.label ?? null,
					link: strip(e.href).link,
				})),
			})) });
		}
		return out;
	})(${JSON.stringify(queries)}, ${JSON.stringify(filters)})`);
}
