/**
 * The archive built with BASE_PATH=/reports/ and served under that prefix on
 * localhost: every internal link stays under it and exists, and search works.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { corpusReports } from '../helpers/corpus.ts';
import { select } from '../helpers/html.ts';
import { useBrowser } from '../helpers/pages.ts';
import { firstMatchAnchor, pagesContaining, reportTexts } from '../helpers/queries.ts';
import { htmlFiles } from '../helpers/site.ts';

const { browser, open } = await useBrowser(() => inject('subpathDir'), '/reports/');

describe('a build under /reports/', () => {
	it('links only under /reports/, to files that exist', async () => {
		const dir = inject('subpathDir');
		const problems: string[] = [];
		for (const file of await htmlFiles(dir)) {
			for (const el of select(
				readFileSync(join(dir, file), 'utf8'),
				'a[href], link[href], script[src], form[action]'
			)) {
				const url = String(
					el.properties['href'] ?? el.properties['src'] ?? el.properties['action']
				);
				if (!url.startsWith('/')) continue;
				if (!url.startsWith('/reports/')) {
					problems.push(`${file}: ${url}`);
					continue;
				}
				const path = url.slice('/reports/'.length).replace(/[?#].*$/, '');
				if (
					!existsSync(
						join(dir, path.endsWith('/') || path === '' ? join(path, 'index.html') : path)
					)
				)
					problems.push(`${file}: ${url} does not exist`);
			}
		}
		expect(problems).toEqual([]);
	});
});

describe.skipIf(!browser)('served under /reports/ (Chromium)', () => {
	it('navigates from the landing page to a report and searches', async () => {
		const page = await open('/');
		await page.click('a[hreflang="zh-Hans"].enter');
		await page.waitForURL('**/reports/zh/');
		// The newest year with a legal-affairs report.
		const year = Math.max(
			...corpusReports()
				.filter((r) => r.slug === 'legal-affairs')
				.map((r) => r.year)
		);
		await page.click(`.card-list a[href$="/reports/zh/${year}/"]`);
		await page.waitForURL(`**/reports/zh/${year}/`);
		await page.click(`a[href$="/reports/zh/${year}/legal-affairs/"]`);
		expect(await page.textContent('h1')).toBe('市人大法制委员会');
		await page.fill('#site-search', '桑干河');
		await page.press('#site-search', 'Enter');
		await page.waitForSelector('[data-search-results] li');
		const found = await page.$$eval('[data-search-results] > li > a', (as) =>
			as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)
		);
		expect(found.sort()).toEqual(
			pagesContaining(await reportTexts(inject('subpathDir'), 'zh'), '桑干河').map(
				(path) => `/reports${path}`
			)
		);
		await page.close();
	});

	it('links a result found in the other language to the reader’s page under /reports/, at the paragraph', async () => {
		const page = await open(`/en/search/?q=${encodeURIComponent('黃花')}`);
		await page.waitForSelector('[data-search-results] li');
		const found = await page.$$eval('[data-search-results] > li > a', (as) =>
			as.map(
				(a) =>
					new URL((a as HTMLAnchorElement).href).pathname +
					new URL((a as HTMLAnchorElement).href).hash
			)
		);
		const anchor = (path: string) =>
			firstMatchAnchor(
				readFileSync(join(inject('subpathDir'), path, 'index.html'), 'utf8'),
				'黄花'
			);
		// The pages whose Chinese has 黄花 (the query folded to Simplified), at that paragraph.
		expect(found.sort()).toEqual(
			pagesContaining(await reportTexts(inject('subpathDir'), 'zh'), '黄花').map(
				(path) => `/reports${path.replace(/^\/zh\//, '/en/')}${anchor(path)}`
			)
		);
		expect(found.every((link) => /#p\d+$/.test(link))).toBe(true);
		await page.close();
	});
});
