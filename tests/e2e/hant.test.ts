/**
 * The Traditional Chinese edition in Chromium: its own search finds exactly the
 * pages that contain a query typed in Traditional characters (the same recall
 * guarantee as the Simplified search), and the language switch and the
 * conversion notice keep the reader's paragraph among the three languages.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { exactQuery } from '../../src/lib/search/cjk.ts';
import { pagefindResults, useBrowser } from '../helpers/pages.ts';
import { corpusReports } from '../helpers/corpus.ts';
import {
	NAMED,
	pagesContaining,
	pagesHolding,
	recallMisses,
	reportTexts,
	sampleChinese,
} from '../helpers/queries.ts';

const { browser, open } = await useBrowser();
let dir: string;

beforeAll(() => {
	dir = inject('siteDir');
});

async function resultLinks(page: Page): Promise<string[]> {
	return page.$$eval('[data-search-results] > li > a', (links) =>
		links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)
	);
}

const target = (page: Page) => page.evaluate(() => document.querySelector(':target')?.id);

describe.skipIf(!browser)('Traditional Chinese search (Chromium)', () => {
	it('finds 黃花 from the search box of a report page, on the Traditional pages, in Traditional characters', async () => {
		const expected = pagesHolding(await reportTexts(dir, 'zh-hant'), '黃花', 'zh');
		expect(expected.length).toBeGreaterThan(0);
		const page = await open(expected[0]!.slice(1));
		await page.fill('#site-search', '黃花');
		await page.press('#site-search', 'Enter');
		await page.waitForURL(/\/zh-hant\/search\/\?q=/);
		await page.waitForSelector('[data-search-results] li');
		expect((await resultLinks(page)).sort()).toEqual(expected);
		// A Han query is folded to Simplified and searched in the Chinese source text (src/lib/search/
		// languages.ts); the result shows the Traditional page's own text, in the reader's characters.
		expect(
			await page.$$eval('[data-search-results] mark', (marks) => marks.map((m) => m.textContent))
		).toContain('黃花');
		const langs = await page.$$eval('[data-search-results] p.excerpt span', (spans) =>
			spans.map((span) => span.closest('[lang]')?.getAttribute('lang'))
		);
		expect(langs.length).toBeGreaterThanOrEqual(expected.length);
		expect(new Set(langs)).toEqual(new Set(['zh-Hant']));
		// The status counts what is listed, with the query as the reader typed it.
		expect(await page.textContent('[data-search-status]')).toMatch(
			new RegExp(`^${expected.length}篇報告包含“黃花”`)
		);
		await page.close();
	});

	it('finds exactly the pages containing each of many queries taken from the converted text (100% recall, no extra page)', async () => {
		const pages = await reportTexts(dir, 'zh-hant');
		expect(pages.size).toBe(corpusReports().length);
		const queries = [...NAMED['zh-hant'], ...sampleChinese([...pages.values()], 300)];
		const page = await open('zh-hant/search/');
		const found = await pagefindResults(page, queries.map(exactQuery));
		expect(recallMisses(pages, queries, found)).toEqual([]);
		// The queries typed by hand in Traditional characters are in the converted text.
		NAMED['zh-hant'].forEach((query, i) => expect(found[i], query).not.toEqual([]));
		expect(queries.length).toBeGreaterThanOrEqual(300);
		await page.close();
	});

	it('filters by the committee’s Traditional name', async () => {
		const all = pagesContaining(await reportTexts(dir, 'zh'), '执法检查', 'zh-hant');
		const committee = all.filter((path) => path.endsWith('/agriculture-rural-affairs/'));
		const page = await open(`zh-hant/search/?q=${encodeURIComponent('執法檢查')}`);
		await page.waitForSelector('[data-search-results] li');
		expect((await resultLinks(page)).sort()).toEqual(all);
		expect(committee.length).toBeLessThan(all.length);
		await page.selectOption('select[name="committee"]', '市人大常委會農村工作委員會');
		await page.waitForFunction(
			(n) => document.querySelectorAll('[data-search-results] li').length === n,
			committee.length
		);
		expect((await resultLinks(page)).sort()).toEqual(committee);
		await page.close();
	});
});

describe.skipIf(!browser)('three-way language switch (Chromium)', () => {
	it('keeps the paragraph from Simplified to Traditional to English and back', async () => {
		const page = await open('/zh/2022/standing-committee/#p5');
		await page.click('header a[data-lang-switch][hreflang="zh-Hant"]');
		await page.waitForURL('**/zh-hant/2022/standing-committee/#p5');
		expect(await target(page)).toBe('p5');
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
		await page.click('header a[data-lang-switch][hreflang="en"]');
		await page.waitForURL('**/en/2022/standing-committee/#p5');
		expect(await target(page)).toBe('p5');
		await page.click('header a[data-lang-switch][hreflang="zh-Hant"]');
		await page.waitForURL('**/zh-hant/2022/standing-committee/#p5');
		await page.click('header a[data-lang-switch][hreflang="zh-Hans"]');
		await page.waitForURL('**/zh/2022/standing-committee/#p5');
		expect(await target(page)).toBe('p5');
		await page.close();
	});

	it('leads from the conversion notice to the same paragraph of the Simplified original', async () => {
		const page = await open('/zh-hant/2022/legal-affairs/#p3');
		await page.click('.conversion-notice a');
		await page.waitForURL('**/zh/2022/legal-affairs/#p3');
		expect(await target(page)).toBe('p3');
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
		await page.close();
	});

	it('keeps the query when switching the search page to Traditional', async () => {
		const page = await open(`/zh/search/?q=${encodeURIComponent('双减')}`);
		await page.waitForSelector('[data-search-results] li');
		await page.click('header a[data-lang-switch][hreflang="zh-Hant"]');
		await page.waitForURL('**/zh-hant/search/?q=*');
		expect(new URL(page.url()).searchParams.get('q')).toBe('双减');
		await page.close();
	});
});
