/**
 * A second year, ingested by the archivist's command from a fictional fixture,
 * makes the site multi-year with no code change: years on the home page,
 * committees across years, a year switch on each report, previous/next within a
 * year, the year filter of search, and source text that means something to MDX
 * or HTML shown as text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { corpusReports } from '../helpers/corpus.ts';
import { select, textOf } from '../helpers/html.ts';
import { useBrowser } from '../helpers/pages.ts';
import { pagesContaining, reportTexts } from '../helpers/queries.ts';
import { ROOT } from '../helpers/site.ts';

let dir: string;
const page = (path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');
/** The elements matching a selector inside an element. */
const within = (node: Element, selector: string) =>
	select({ type: 'root', children: [node] }, selector);
const links = (html: string, selector: string) =>
	select(html, selector).map((a) => String(a.properties['href']));

beforeAll(() => {
	dir = inject('multiyearDir');
});
/** The years of the real archive and the fixture's 2031 (with a slug: those that have that report), newest first. */
const years = (slug?: string) =>
	[
		...new Set([
			2031,
			...corpusReports()
				.filter((r) => !slug || r.slug === slug)
				.map((r) => r.year),
		]),
	].sort((a, b) => b - a);

describe('the archive with a second year', () => {
	it('lists both years on the home page, newest first', () => {
		expect(links(page('zh'), '.card-list a')).toEqual(years().map((y) => `/zh/${y}/`));
		expect(links(page('en'), '.card-list a')).toEqual(years().map((y) => `/en/${y}/`));
	});

	it('lists the 2031 reports in source order on their year page', () => {
		expect(links(page('zh/2031'), '.card-list a')).toEqual([
			'/zh/2031/standing-committee/',
			'/zh/2031/legal-affairs/',
			'/zh/2031/supervisory-judicial-affairs/',
			'/zh/2031/ethnic-religious-overseas-affairs/',
			'/zh/2031/finance-economics/',
		]);
	});

	it('shows each committee across the years, a committee new to the archive included', () => {
		expect(links(page('zh/committees/legal-affairs'), '.card-list a')).toEqual(
			years('legal-affairs').map((y) => `/zh/${y}/legal-affairs/`)
		);
		expect(links(page('en/committees/supervisory-judicial-affairs'), '.card-list a')).toEqual([
			'/en/2031/supervisory-judicial-affairs/',
		]);
		expect(existsSync(join(dir, 'zh', 'committees', 'personnel-deputies', 'index.html'))).toBe(
			true
		);
	});

	it('offers a year switch on a report, and previous/next within its year', () => {
		const html = page('zh/2031/legal-affairs');
		const others = (year: number) =>
			years('legal-affairs')
				.filter((y) => y !== year)
				.map((y) => `/zh/${y}/legal-affairs/`);
		expect(links(html, '.year-switch a')).toEqual(others(2031));
		expect(links(page('zh/2022/legal-affairs'), '.year-switch a')).toEqual(others(2022));
		expect(links(html, '.pager a')).toEqual([
			'/zh/2031/standing-committee/',
			'/zh/2031/supervisory-judicial-affairs/',
		]);
	});

	it('shows text that means something to MDX, Markdown or HTML as text, and runs none of it', () => {
		const html = page('zh/2031/legal-affairs');
		expect(textOf(select(html, '#p2')[0]!).replace(/^2/, '')).toBe(
			'会议讨论了{预算}与<script>alert(1)</script>、`代码`、| 表格 |、**加粗**、_斜体_、[链接](http://example.com)、&amp;与&lt;b&gt;等字符在网页中的显示。'
		);
		expect(textOf(select(html, '#p3')[0]!).replace(/^3/, '')).toBe(
			'import 与 export 两个英文词出现在段首时也应原样显示，# 号与 > 号亦然。'
		);
		expect(
			select(
				html,
				'.report-text script, .report-text strong, .report-text em, .report-text code, .report-text a:not(.pn):not([href^="#"])'
			)
		).toEqual([]);
	});

	it('opens the year page with its introduction, written in Markdown with a GFM table and footnote', () => {
		const source = readFileSync(
			join(ROOT, 'tests', 'fixtures', 'prose', 'zh', 'year', '2031.md'),
			'utf8'
		);
		const rows = [...source.matchAll(/^\| (?!---)(.+) \|$/gm)].map((m) => m[1]!.split(' | '));
		const intro = select(page('zh/2031'), '.year-intro')[0]!;
		expect(textOf(within(intro, 'h2')[0]!)).toBe(/^title: (.+)$/m.exec(source)![1]);
		expect(
			within(intro, '.table-wrap > table tr').map((tr) => within(tr, 'th, td').map(textOf))
		).toEqual(rows);
		expect(within(intro, 'a[href="https://example.com"]')).toHaveLength(1);
		expect(within(intro, 'section[data-footnotes] li')).toHaveLength(1);
		expect(within(intro, 'sup a[data-footnote-ref]')).toHaveLength(2);
		// Not yet translated: the English page shows the Chinese, marked as such.
		const en = select(page('en/2031'), '.year-intro')[0]!;
		expect(en.properties['lang']).toBe('zh-Hans');
		expect(within(en, 'table')).toHaveLength(1);
	});

	it('shows untranslated 2031 reports in English with the Chinese text and a notice', () => {
		expect(select(page('en/2031/finance-economics'), '[data-translation="missing"]')).toHaveLength(
			1
		);
	});
});

const { browser, open } = await useBrowser(() => inject('multiyearDir'));

describe.skipIf(!browser)('search across years (Chromium)', () => {
	it('filters by year', async () => {
		const search = await open(`/zh/search/?q=${encodeURIComponent('联络站')}`);
		await search.waitForSelector('[data-search-results] li');
		const paths = () =>
			search.$$eval('[data-search-results] > li > a', (as) =>
				as.map((a) => new URL((a as HTMLAnchorElement).href).pathname).sort()
			);
		const all = pagesContaining(await reportTexts(inject('multiyearDir'), 'zh'), '联络站');
		const of2031 = all.filter((path) => path.startsWith('/zh/2031/'));
		expect(of2031).toEqual([
			'/zh/2031/standing-committee/',
			'/zh/2031/supervisory-judicial-affairs/',
		]);
		expect(of2031.length).toBeLessThan(all.length);
		expect(await paths()).toEqual(all);
		await search.selectOption('select[name="year"]', '2031');
		await search.waitForFunction(
			(n) => document.querySelectorAll('[data-search-results] li').length === n,
			of2031.length
		);
		expect(await paths()).toEqual(of2031);
		await search.close();
	});
});
