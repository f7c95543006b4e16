/** Shared setup of the browser tests: the built site served on localhost, one Chromium. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from './browser.ts';
import { type Served, serve } from './site.ts';

export interface BrowserContext {
	browser: Browser | undefined;
	/** The served site; set in beforeAll. */
	site: () => Served;
	/** A new page that fails the test on any uncaught error in the page. */
	open: (path: string, viewport?: { width: number; height: number }) => Promise<Page>;
}

export async function useBrowser(
	dir: () => string = () => inject('siteDir'),
	base = '/'
): Promise<BrowserContext> {
	const browser = await launchBrowser();
	let served: Served | undefined;
	beforeAll(async () => {
		served = await serve(dir(), base);
	});
	afterAll(async () => {
		await browser?.close();
		await served?.close();
	});
	return {
		browser,
		site: () => served!,
		async open(path, viewport = { width: 1280, height: 900 }) {
			const page = await browser!.newPage({ viewport });
			const errors: Error[] = [];
			page.on('pageerror', (error) => errors.push(error));
			page.on('close', () => {
				if (errors[0]) throw errors[0];
			});
			await page.goto(new URL(path.replace(/^\//, ''), served!.url).href);
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
