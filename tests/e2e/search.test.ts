/**
 * Search in a real browser against the built site: the search box, Chinese
 * recall (every page containing a query is found, no other), ranking of exact
 * matches, filters and the empty state.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { exactQuery } from '../../src/lib/search/cjk.ts';
import { select, textOf } from '../helpers/html.ts';
import { pagefindResults, useBrowser } from '../helpers/pages.ts';
import { NAMED, reportTexts, sampleChinese } from '../helpers/queries.ts';

const { browser, open } = await useBrowser();
let dir: string;

beforeAll(() => {
	dir = inject('siteDir');
});

async function resultLinks(page: Page, list = '[data-search-results]'): Promise<string[]> {
	return page.$$eval(`${list} li a`, (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe.skipIf(!browser)('search (Chromium)', () => {
	it('finds 黄花 from the search box of a report page, on the search page, with highlighted excerpts', async () => {
		const page = await open(`zh/2022/legal-affairs/`);
		await page.fill('#site-search', '黄花');
		await page.press('#site-search', 'Enter');
		await page.waitForURL(/\/zh\/search\/\?q=/);
		await page.waitForSelector('[data-search-results] li');
		expect((await resultLinks(page)).sort()).toEqual(['/zh/2022/agriculture-rural-affairs/', '/zh/2022/standing-committee/']);
		expect(await page.$$eval('[data-search-results] mark', (marks) => marks.map((m) => m.textContent))).toContain('黄花');
		await page.close();
	});

	it('finds exactly the pages containing each of many queries taken from the text (100% recall, no extra page)', async () => {
		const pages = await reportTexts(dir, 'zh');
		const queries = [...NAMED.zh, ...sampleChinese([...pages.values()], 300)];
		const page = await open(`zh/search/`);
		const found = await pagefindResults(page, queries.map(exactQuery));
		const misses: string[] = [];
		queries.forEach((query, i) => {
			const expected = [...pages].filter(([, text]) => text.includes(query)).map(([url]) => url).sort();
			const got = [...found[i]!].sort();
			if (JSON.stringify(expected) !== JSON.stringify(got)) misses.push(`${query}: expected ${expected.join(' ')} got ${got.join(' ')}`);
		});
		expect(misses).toEqual([]);
		expect(queries.length).toBeGreaterThanOrEqual(300);
		await page.close();
	});

	it('ranks the page with 《大同人大》 above pages that only contain 大同 and 人大 apart', async () => {
		const page = await open(`zh/search/?q=${encodeURIComponent('大同人大')}`);
		await page.waitForSelector('[data-search-related] li');
		expect(await resultLinks(page)).toEqual(['/zh/2022/personnel-deputies/']);
		const related = await resultLinks(page, '[data-search-related]');
		expect(related.length).toBeGreaterThan(1);
		expect(related).not.toContain('/zh/2022/personnel-deputies/');
		await page.close();
	});

	it('filters by committee and by year', async () => {
		const page = await open(`zh/search/?q=${encodeURIComponent('执法检查')}`);
		await page.waitForSelector('[data-search-results] li');
		expect((await resultLinks(page)).length).toBeGreaterThan(1);
		await page.selectOption('select[name="committee"]', '市人大常委会农村工作委员会');
		await page.waitForFunction(() => document.querySelectorAll('[data-search-results] li').length === 1);
		expect(await resultLinks(page)).toEqual(['/zh/2022/agriculture-rural-affairs/']);
		expect(page.url()).toContain('committee=');
		await page.selectOption('select[name="year"]', '2022');
		await page.waitForFunction(() => new URL(location.href).searchParams.get('year') === '2022');
		expect(await resultLinks(page)).toEqual(['/zh/2022/agriculture-rural-affairs/']);
		await page.close();
	});

	it('says clearly when nothing is found', async () => {
		const page = await open(`zh/search/?q=${encodeURIComponent('量子计算机')}`);
		await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('没有找到'));
		expect(await page.textContent('[data-search-status]')).toBe('没有找到包含“量子计算机”的报告。');
		expect(await page.$$('[data-search-results] li')).toHaveLength(0);
		await page.close();
	});

	it('does not index the navigation', async () => {
		// The label is in the header of every report page, so an index of whole pages would find it.
		const report = readFileSync(join(dir, 'zh/2022/legal-affairs/index.html'), 'utf8');
		expect(select(report, '.site-nav a').map(textOf)).toContain('关于本档案');
		const page = await open(`zh/search/?q=${encodeURIComponent('关于本档案')}`);
		await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('没有找到'));
		expect(await page.$$('[data-search-results] li')).toHaveLength(0);
		const [nav, body] = await pagefindResults(page, [exactQuery('关于本档案'), exactQuery('市人大法制委')]);
		expect(nav).toEqual([]);
		expect(body).toContain('/zh/2022/legal-affairs/');
		await page.close();
	});
});
