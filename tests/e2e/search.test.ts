/**
 * Search in a real browser against the built site, in the archive's semantics
 * (README "Search"): every word must occur, in any order, each as the exact
 * sequence of its characters (or with the same stem); a query without spaces is
 * one word; adjacent words rank first; the status counts what is listed;
 * excerpts name their paragraphs; results land highlighted. Expectations come
 * from the built pages' text, never from today's corpus.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import * as pagefind from 'pagefind';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { exactQuery } from '../../src/lib/search/cjk.ts';
import { extractIndexedPage } from '../../src/lib/search/extract.ts';
import { buildOfflineIndex, createOfflineEngine } from '../../src/lib/search/offline.ts';
import { queryWords } from '../../src/lib/search/query-words.ts';
import { normalizeTerm } from '../../src/lib/search/tokens.ts';
import { select, textOf } from '../helpers/html.ts';
import { archiveSearch, pagefindResults, useBrowser } from '../helpers/pages.ts';
import {
	bestAnchor,
	comparable,
	firstMatchAnchor,
	firstWordAnchor,
	hanPattern,
	NAMED,
	pagesHolding,
	paragraphText,
	recallMisses,
	reportTexts,
	sampleApartPairs,
	sampleChinese,
	sampleChinesePairs,
	sampleEnglish,
	sampleEnglishPairs,
	wordsBesideMarkup,
} from '../helpers/queries.ts';
import { serve } from '../helpers/site.ts';

const { browser, open } = await useBrowser();
let dir: string;
/** The Chinese report pages' indexed text, by path. */
let texts: Map<string, string>;

beforeAll(async () => {
	dir = inject('siteDir');
	texts = await reportTexts(dir, 'zh');
});

const html = (path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');
const pathOf = (link: string) => link.split('#')[0]!;
const hashOf = (link: string) => (link.includes('#') ? `#${link.split('#')[1]}` : '');

/** The title links of the listed results (each result's first link), as paths. */
async function resultLinks(page: Page): Promise<string[]> {
	return page.$$eval('[data-search-results] > li > a', (links) =>
		links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)
	);
}

/** Runs a query in the search page's box and returns what the page shows. */
async function searchFor(page: Page, query: string) {
	await page.fill('#search-q', query);
	await page.press('#search-q', 'Enter');
	const first = queryWords(query)[0]!;
	await page.waitForFunction((word) => {
		const status = document.querySelector('[data-search-status]')?.textContent ?? '';
		return status.includes(`“${word}”`) && !status.endsWith('…');
	}, first);
	return page.$$eval('[data-search-results] > li', (items) =>
		items.map((li) => {
			const link = li.querySelector(':scope > a') as HTMLAnchorElement;
			const url = new URL(link.href);
			const excerpts = [...li.querySelectorAll('p.excerpt')];
			return {
				path: url.pathname,
				hash: url.hash,
				excerpt: excerpts[0]?.querySelector(':scope > span')?.textContent ?? '',
				excerptLang: excerpts[0]?.querySelector(':scope > span')?.getAttribute('lang') ?? null,
				matched: li.querySelector('[data-matched-lang]')?.textContent ?? null,
			};
		})
	);
}

describe.skipIf(!browser)('search (Chromium)', () => {
	it('finds a named query from the search box of a report page, on the search page, with highlighted excerpts', async () => {
		const query = NAMED.zh[0]!;
		const expected = pagesHolding(await reportTexts(dir, 'zh'), query, 'zh');
		expect(expected.length).toBeGreaterThan(0);
		const page = await open(`${expected[0]!.slice(1)}`);
		await page.fill('#site-search', query);
		await page.press('#site-search', 'Enter');
		await page.waitForURL(/\/zh\/search\/\?q=/);
		await page.waitForSelector('[data-search-results] li');
		expect((await resultLinks(page)).sort()).toEqual(expected);
		expect(
			await page.$$eval('[data-search-results] mark', (marks) => marks.map((m) => m.textContent))
		).toContain(query);
		await page.close();
	});

	it('finds in Pagefind’s index exactly the pages containing each of many words taken from the text (100% recall, no extra page)', async () => {
		const pages = await reportTexts(dir, 'zh');
		const queries = [...NAMED.zh, ...sampleChinese([...pages.values()], 300)];
		const page = await open(`zh/search/`);
		const found = await pagefindResults(page, queries.map(exactQuery));
		expect(recallMisses(pages, queries, found)).toEqual([]);
		expect(queries.length).toBeGreaterThanOrEqual(300);
		await page.close();
	});

	it('lists exactly the reports holding every word, in either order, adjacent words first, landing where most words are', async () => {
		const pages = await reportTexts(dir, 'zh');
		const pairs = sampleChinesePairs([...pages.values()], 60);
		const reversed = pairs.map((q) => q.split(' ').reverse().join(' '));
		const queries = [
			...NAMED.zh,
			...sampleChinese([...pages.values()], 175),
			...pairs,
			...reversed,
		];
		const page = await open('zh/search/');
		const shown = await archiveSearch(page, queries);
		const wrong = queries.flatMap((query, i) => {
			const { status, results } = shown[i]!;
			const words = queryWords(query);
			const problems: string[] = [];
			const listed = results.map((r) => pathOf(r.link)).sort();
			const expected = pagesHolding(pages, query, 'zh');
			if (JSON.stringify(listed) !== JSON.stringify(expected))
				problems.push(`lists ${listed.join(' ')}, expected ${expected.join(' ')}`);
			const adjacent = (path: string) =>
				words.length > 1 &&
				[words.join(''), [...words].reverse().join('')].some((w) =>
					hanPattern(w).test(pages.get(path)!)
				);
			for (const r of results) {
				if (r.adjacent !== adjacent(pathOf(r.link)))
					problems.push(`${r.link}: adjacent ${r.adjacent}`);
				const best = bestAnchor(html(pathOf(r.link)), words);
				if (hashOf(r.link) !== best) problems.push(`${r.link} lands off ${best}`);
			}
			const flags = results.map((r) => r.adjacent);
			if (flags.join() !== [...flags].sort((a, b) => Number(b) - Number(a)).join())
				problems.push('adjacent results are not first');
			if (!status.startsWith(results.length === 0 ? '没有找到' : `${results.length}篇报告包含`))
				problems.push(`status «${status}» for ${results.length}`);
			return problems.map((problem) => `${query}: ${problem}`);
		});
		expect(wrong).toEqual([]);
		expect(queries.length).toBeGreaterThanOrEqual(300);
		// Not vacuous: some pairs are adjacent somewhere, some only apart.
		const flags = shown.flatMap((s) => s.results.map((r) => r.adjacent));
		expect(flags).toContain(true);
		expect(flags).toContain(false);
		await page.close();
	});

	it('never lists a page for two characters that stand on it only apart (疫 and 情 are not 疫情)', async () => {
		const pages = await reportTexts(dir, 'zh');
		const apart = sampleApartPairs(pages, 60);
		expect(apart.length).toBe(60);
		const page = await open('zh/search/');
		const shown = await archiveSearch(
			page,
			apart.map((a) => a.query)
		);
		const wrong = apart.flatMap(({ query, apartOn }, i) => {
			const listed = shown[i]!.results.map((r) => pathOf(r.link));
			const expected = pagesHolding(pages, query, 'zh');
			return listed.includes(apartOn) || JSON.stringify(listed.sort()) !== JSON.stringify(expected)
				? [`${query}: lists ${listed.join(' ')}, holding it: ${expected.join(' ')}`]
				: [];
		});
		expect(wrong).toEqual([]);
		await page.close();
	});

	it('filters by committee and by year', async () => {
		const query = '执法检查';
		const pages = pagesHolding(await reportTexts(dir, 'zh'), query, 'zh');
		expect(pages.length).toBeGreaterThan(1);
		const chosen = extractIndexedPage(html(pages[0]!))!.filters;
		const page = await open(`zh/search/?q=${encodeURIComponent(query)}`);
		await page.waitForSelector('[data-search-results] li');
		expect((await resultLinks(page)).sort()).toEqual(pages);
		await page.selectOption('select[name="committee"]', chosen['committee']!);
		await page.waitForFunction(
			(n) => document.querySelectorAll('[data-search-results] > li').length === n,
			pages.filter((p) => extractIndexedPage(html(p))!.filters['committee'] === chosen['committee'])
				.length
		);
		expect(await resultLinks(page)).toContain(pages[0]);
		expect(page.url()).toContain('committee=');
		await page.selectOption('select[name="year"]', chosen['year']!);
		await page.waitForFunction(
			(year) => new URL(location.href).searchParams.get('year') === year,
			chosen['year']!
		);
		expect(await resultLinks(page)).toContain(pages[0]);
		await page.close();
	});

	it('says clearly when nothing is found', async () => {
		const page = await open(`zh/search/?q=${encodeURIComponent('量子计算机')}`);
		await page.waitForFunction(() =>
			document.querySelector('[data-search-status]')?.textContent?.includes('没有找到')
		);
		expect(await page.textContent('[data-search-status]')).toBe('没有找到包含“量子计算机”的报告。');
		expect(await page.$$('[data-search-results] li')).toHaveLength(0);
		await page.close();
	});

	it('does not index the navigation', async () => {
		// The label is in the header of every report page, so an index of whole pages would find it.
		const report = readFileSync(join(dir, 'zh/2022/legal-affairs/index.html'), 'utf8');
		expect(select(report, '.site-nav a').map(textOf)).toContain('关于本档案');
		const page = await open(`zh/search/?q=${encodeURIComponent('关于本档案')}`);
		await page.waitForFunction(() =>
			document.querySelector('[data-search-status]')?.textContent?.includes('没有找到')
		);
		expect(await page.$$('[data-search-results] li')).toHaveLength(0);
		const [nav, body] = await pagefindResults(page, [
			exactQuery('关于本档案'),
			exactQuery('市人大法制委'),
		]);
		expect(nav).toEqual([]);
		expect(body).toContain('/zh/2022/legal-affairs/');
		await page.close();
	});
});

describe.skipIf(!browser)('the status line and excerpts (Chromium)', () => {
	it('counts what is listed, names every word, and says “1 report” for one', async () => {
		const en = await reportTexts(dir, 'en');
		const words = sampleEnglish([...en.values()], 150).filter((q) => !q.includes(' '));
		const once = words.find((w) => pagesHolding(en, w, 'en').length === 1)!;
		const many = words.find((w) => pagesHolding(en, w, 'en').length > 1)!;
		const [pair] = sampleEnglishPairs([...en.values()], 1);
		const page = await open('en/search/');
		const [one, several, two] = await archiveSearch(page, [once, many, pair!]);
		expect(one!.status).toBe(`1 report contains “${once}”`);
		expect(several!.status).toBe(
			`${pagesHolding(en, many, 'en').length} reports contain “${many}”`
		);
		const [a, b] = pair!.split(' ');
		const n = pagesHolding(en, pair!, 'en').length;
		expect(two!.status).toBe(`${n} report${n === 1 ? ' contains' : 's contain'} “${a}” and “${b}”`);
		expect(two!.results).toHaveLength(n);
		await page.close();

		const zh = await reportTexts(dir, 'zh');
		const [chinese] = sampleChinesePairs([...zh.values()], 1);
		const zhPage = await open('zh/search/');
		const [shown] = await archiveSearch(zhPage, [chinese!]);
		const [c, d] = chinese!.split(' ');
		expect(shown!.status).toBe(`${shown!.results.length}篇报告包含“${c}”和“${d}”`);
		await zhPage.close();
	});

	it('shows up to three paragraphs per report, each named and linked, cut with “…”, the words marked', async () => {
		const zh = await reportTexts(dir, 'zh');
		const queries = [
			...NAMED.zh,
			...sampleChinese([...zh.values()], 40),
			...sampleChinesePairs([...zh.values()], 20),
		];
		const page = await open('zh/search/');
		const shown = await archiveSearch(page, queries);
		const wrong: string[] = [];
		let cut = 0;
		shown.forEach(({ results }, i) => {
			const words = queryWords(queries[i]!);
			for (const result of results) {
				const where = `${queries[i]} ${result.link}`;
				if (result.excerpts.length === 0 || result.excerpts.length > 3)
					wrong.push(`${where}: ${result.excerpts.length} excerpts`);
				if (result.excerpts[0]?.link !== result.link)
					wrong.push(`${where}: first excerpt elsewhere`);
				for (const excerpt of result.excerpts) {
					const anchor = hashOf(excerpt.link);
					// The paragraph's own characters, quoted exactly (brackets, spaces and all).
					const paragraph = comparable(paragraphText(html(pathOf(excerpt.link)), anchor), anchor);
					const plain = excerpt.shown;
					const inner = comparable(plain.replace(/^…|…$/g, ''), anchor);
					if (!paragraph.includes(inner)) wrong.push(`${where}: «${inner}» not in ${anchor}`);
					if (plain.startsWith('…') !== !paragraph.startsWith(inner))
						wrong.push(`${where}: «${plain}» marks its start wrongly`);
					if (plain.endsWith('…') !== !paragraph.endsWith(inner))
						wrong.push(`${where}: «${plain}» marks its end wrongly`);
					// Each mark is a word, or words that overlap in the text (农村 and 村工 in 农村工作).
					if (
						excerpt.marked.length === 0 ||
						excerpt.marked.some((m) => !words.some((w) => m.includes(w)))
					)
						wrong.push(`${where}: marks ${excerpt.marked.join(',')}`);
					const n = /^#p(\d+)$/.exec(anchor)?.[1];
					if (n && excerpt.label !== `第${n}段`) wrong.push(`${where}: label ${excerpt.label}`);
					if (plain.includes('…')) cut += 1;
				}
			}
		});
		expect(wrong).toEqual([]);
		expect(cut).toBeGreaterThan(0);
		await page.close();
	});

	it('quotes English paragraphs exactly, also where they hold characters that look like markup', async () => {
		const en = [...(await reportTexts(dir, 'en')).values()];
		const queries = [...sampleEnglish(en, 30), ...wordsBesideMarkup(en)];
		const page = await open('en/search/');
		const shown = await archiveSearch(page, queries);
		const wrong: string[] = [];
		let compared = 0;
		shown.forEach(({ results }, i) => {
			for (const result of results)
				for (const excerpt of result.excerpts) {
					const anchor = hashOf(excerpt.link);
					// The paragraphs and headings (the page's header joins blocks differently, see comparable).
					if (anchor === '') continue;
					const paragraph = comparable(paragraphText(html(pathOf(excerpt.link)), anchor), anchor);
					let inner = comparable(excerpt.shown.replace(/^…|…$/g, ''), anchor);
					// Known and left as is: Pagefind ends a block that has no final punctuation with a
					// full stop, which the hosted excerpt shows at the block's end.
					if (!excerpt.shown.endsWith('…') && inner.endsWith('.') && !paragraph.endsWith('.'))
						inner = inner.slice(0, -1);
					if (!paragraph.includes(inner))
						wrong.push(`${queries[i]} ${result.link}: «${inner}» not in ${anchor}`);
					compared += 1;
				}
		});
		expect(wrong).toEqual([]);
		expect(compared).toBeGreaterThan(10);
		await page.close();
	});

	it('renders the excerpts in the list: the paragraph’s name links to it, then the text', async () => {
		const query = NAMED.zh[0]!;
		const page = await open(`zh/search/?q=${encodeURIComponent(query)}`);
		await page.waitForSelector('[data-search-results] li p.excerpt');
		const excerpts = await page.$$eval('[data-search-results] p.excerpt', (ps) =>
			ps.map((p) => ({
				label: p.querySelector('a.excerpt__where')?.textContent ?? '',
				href: new URL((p.querySelector('a.excerpt__where') as HTMLAnchorElement).href).hash,
				marks: [...p.querySelectorAll('mark')].map((m) => m.textContent),
			}))
		);
		for (const excerpt of excerpts) {
			expect(excerpt.label).toBe(`第${excerpt.href.slice(2)}段`);
			expect(excerpt.marks).toContain(query);
		}
		await page.close();
	});
});

describe.skipIf(!browser)('results that land on the paragraph, highlighted (Chromium)', () => {
	it('link each result to the first paragraph containing a word, with the excerpt from that paragraph', async () => {
		const pages = await reportTexts(dir, 'zh');
		const queries = [...NAMED.zh, ...sampleChinese([...pages.values()], 40)];
		const page = await open('zh/search/');
		const wrong: string[] = [];
		for (const query of queries) {
			const results = await searchFor(page, query);
			if (results.length === 0) wrong.push(`${query}: nothing found`);
			for (const result of results) {
				const expected = firstMatchAnchor(html(result.path), query);
				if (result.hash !== expected)
					wrong.push(`${query}: ${result.path}${result.hash}, expected ${expected}`);
				const paragraph = paragraphText(html(result.path), expected).replace(/\s+/g, '');
				const shown = result.excerpt.replace(/^…|…$/g, '').replace(/\s+/g, '');
				if (!shown.includes(query) || !paragraph.includes(shown))
					wrong.push(`${query}: excerpt «${result.excerpt}» is not from ${expected}`);
			}
		}
		expect(wrong).toEqual([]);
		expect(queries.length).toBeGreaterThan(45);
		await page.close();
	});

	it.each([
		['a word', () => NAMED.zh[2]!],
		['two words', () => sampleChinesePairs([...texts.values()], 1)[0]!],
	])(
		'opens the page at that paragraph, the target, with %s highlighted there',
		async (_, query) => {
			const q = query();
			const page = await open(`zh/search/?q=${encodeURIComponent(q)}`);
			await page.waitForSelector('[data-search-results] li');
			const href = await page.$eval(
				'[data-search-results] > li > a',
				(a) => (a as HTMLAnchorElement).href
			);
			await page.click('[data-search-results] > li > a');
			await page.waitForURL(href);
			await page.waitForSelector('mark.search-hit');
			const words = queryWords(q);
			const marks = await page.$$eval('mark.search-hit', (ms) => ms.map((m) => m.textContent));
			expect(new Set(marks)).toEqual(new Set(words.filter((w) => marks.includes(w))));
			expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(
				new URL(href).hash.slice(1)
			);
			const inTarget = await page.$$eval(':target mark.search-hit', (ms) =>
				ms.map((m) => m.textContent)
			);
			expect(inTarget.length).toBeGreaterThan(0);
			// …and they show there: the landed paragraph's own background would hide a mark of its colour.
			const unseen = await page.$$eval(
				':target mark.search-hit',
				(ms) =>
					ms.filter((m) => {
						const own = getComputedStyle(m).backgroundColor;
						return own === getComputedStyle(m.closest(':target')!).backgroundColor;
					}).length
			);
			expect(unseen).toBe(0);
			// The highlight only paints: the paragraph keeps its place and size.
			expect(
				await page.$$eval('mark.search-hit', (ms) =>
					ms.every((m) => getComputedStyle(m).padding === '0px')
				)
			).toBe(true);
			await page.close();
		}
	);
});
describe.skipIf(!browser)('bilingual search: the script of the query decides (Chromium)', () => {
	it('finds a Chinese query on the English site in the Chinese text and links to the English page at the aligned paragraph', async () => {
		const query = NAMED.zh[0]!;
		const expected = pagesHolding(await reportTexts(dir, 'zh'), query, 'zh');
		const page = await open('en/search/');
		const results = await searchFor(page, query);
		expect(results.map((r) => r.path).sort()).toEqual(
			expected.map((p) => p.replace('/zh/', '/en/'))
		);
		for (const result of results) {
			// The anchor is that of the Chinese paragraph: the same number in both languages.
			expect(result.hash).toBe(firstMatchAnchor(html(result.path.replace('/en/', '/zh/')), query));
			expect(result.hash).toMatch(/^#p\d+$/);
			expect(result.matched).toBe('Found in the Chinese text');
			expect(result.excerptLang).toBe('zh-Hans');
			expect(result.excerpt).toContain(query);
		}
		expect(await page.textContent('[data-search-status]')).toBe(
			`${expected.length} report${expected.length === 1 ? ' contains' : 's contain'} “${query}” in the Chinese text`
		);
		await page.click('[data-search-results] > li > a');
		await page.waitForURL(/\/en\/\d{4}\/[^/]+\/#p\d+$/);
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
		await page.close();
	});

	it('finds an English query on the Chinese site in the English text and links to the Chinese page', async () => {
		const query = NAMED.en[0]!;
		const expected = pagesHolding(await reportTexts(dir, 'en'), query, 'en');
		const page = await open('zh/search/');
		const results = await searchFor(page, query);
		expect(results.map((r) => r.path).sort()).toEqual(
			expected.map((p) => p.replace('/en/', '/zh/'))
		);
		for (const result of results) {
			expect(result.hash).toBe(
				firstWordAnchor(html(result.path.replace('/zh/', '/en/')), query, 'en')
			);
			expect(result.matched).toBe('在英文译文中找到');
			expect(result.excerptLang).toBe('en');
		}
		expect(await page.textContent('[data-search-status]')).toBe(
			`${expected.length}篇报告的英文译文包含“${query}”`
		);
		await page.close();
	});

	it('applies the committee filter, chosen by its English name, to a search of the Chinese text', async () => {
		const query = '执法检查';
		const pages = pagesHolding(await reportTexts(dir, 'zh'), query, 'zh');
		const english = extractIndexedPage(html(pages[0]!.replace('/zh/', '/en/')))!.filters;
		const page = await open(
			`en/search/?q=${encodeURIComponent(query)}&committee=${encodeURIComponent(english['committee']!)}`
		);
		await page.waitForFunction(() =>
			(document.querySelector('[data-search-status]')?.textContent ?? '').includes('Chinese text')
		);
		expect(await resultLinks(page)).toContain(pages[0]!.replace('/zh/', '/en/'));
		await page.selectOption('select[name="committee"]', '');
		await page.waitForFunction(
			(n) => document.querySelectorAll('[data-search-results] > li').length === n,
			pages.length
		);
		await page.close();
	});

	it('searches the reader’s own language for a query in the reader’s script, with no language note', async () => {
		const page = await open('en/search/');
		const results = await searchFor(page, NAMED.en[0]!);
		expect(results.length).toBe(
			pagesHolding(await reportTexts(dir, 'en'), NAMED.en[0]!, 'en').length
		);
		expect(results.every((r) => r.matched === null && r.excerptLang === null)).toBe(true);
		await page.close();
	});

	it('does the same in the header’s quick search, loading search only when the box is first used', async () => {
		const query = NAMED.zh[2]!;
		const expected = pagesHolding(await reportTexts(dir, 'zh'), query, 'zh');
		const page = await open(`${expected[0]!.replace('/zh/', 'en/')}`);
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		await page.waitForLoadState('networkidle');
		expect(fetched.filter((p) => /\/(search\.[0-9a-f]+\.js|pagefind)/.test(p))).toEqual([]);
		await page.fill('#site-search', query);
		await page.waitForSelector('#site-search-results [role="option"] a[href*="#p"]');
		const links = async () =>
			(
				await page.$$eval('#site-search-results [role="option"] a[href*="#p"]', (as) =>
					as.map((a) => {
						const url = new URL((a as HTMLAnchorElement).href);
						return url.pathname + url.hash;
					})
				)
			).sort();
		const found = await links();
		expect(found).toEqual(
			expected.map((p) => `${p.replace('/zh/', '/en/')}${firstMatchAnchor(html(p), query)}`).sort()
		);
		expect(await page.getAttribute('#site-search-results [role="option"] span span', 'lang')).toBe(
			'zh-Hans'
		);
		// And in Traditional characters: the same results.
		const traditional = OpenCC.Converter({ from: 'cn', to: 'hk' })(query);
		await page.fill('#site-search', traditional);
		await page.waitForFunction(
			(q) =>
				document
					.querySelector('#site-search-results [role="option"]:last-child a')
					?.textContent?.includes(q),
			traditional
		);
		expect(await links()).toEqual(found);
		await page.close();
	});
});

describe.skipIf(!browser)('Traditional queries and the Traditional edition (Chromium)', () => {
	it.each(['zh', 'en'])(
		'on the %s site, find exactly the pages whose Chinese contains the Simplified form of each of many queries, at its paragraph',
		async (lang) => {
			const pages = await reportTexts(dir, 'zh');
			const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });
			const queries = sampleChinese([...pages.values()], 60)
				.map((simplified) => ({ simplified, traditional: toTraditional(simplified) }))
				.filter((q) => q.traditional !== q.simplified)
				.slice(0, 30);
			expect(queries.length).toBe(30);
			const page = await open(`${lang}/search/`);
			const wrong: string[] = [];
			for (const { simplified, traditional } of queries) {
				const found = (await searchFor(page, traditional)).map((r) => r.path + r.hash).sort();
				const expected = [...pages]
					.filter(([, text]) => text.includes(simplified))
					.map(
						([path]) =>
							`${path.replace(/^\/zh\//, `/${lang}/`)}${firstMatchAnchor(html(path), simplified)}`
					)
					.sort();
				if (JSON.stringify(found) !== JSON.stringify(expected))
					wrong.push(
						`${traditional} (${simplified}): ${found.join(' ')} | expected ${expected.join(' ')}`
					);
			}
			expect(wrong).toEqual([]);
			await page.close();
		}
	);

	it.each(['zh', 'en'])(
		'find on the %s site exactly what their Simplified form finds, loading the conversion only for them',
		async (lang) => {
			const page = await open(`${lang}/search/`);
			const fetched: string[] = [];
			page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
			const loadedFold = () =>
				fetched.filter((path) => /\/fold-traditional\.[0-9a-f]+\.js$/.test(path)).length;
			for (const [traditional, simplified] of [
				['黃花', '黄花'],
				['聯絡站', '联络站'],
				['頤養工程', '颐养工程'],
			] as const) {
				const before = loadedFold();
				const plain = await searchFor(page, simplified);
				// A Simplified query never loads the conversion.
				expect(loadedFold()).toBe(before);
				const folded = await searchFor(page, traditional);
				expect(plain.length).toBeGreaterThan(0);
				expect(folded.map((r) => r.path + r.hash)).toEqual(plain.map((r) => r.path + r.hash));
				expect(await page.textContent('[data-search-status]')).toContain(simplified);
			}
			expect(loadedFold()).toBe(1);
			await page.close();
		}
	);

	it('shows results on /zh-hant/ in Traditional characters: the Traditional page’s own title and text', async () => {
		const hant = await reportTexts(dir, 'zh-hant');
		const queries = [...NAMED['zh-hant'], ...sampleChinesePairs([...texts.values()], 10)];
		const page = await open('zh-hant/search/');
		const shown = await archiveSearch(page, queries);
		const wrong: string[] = [];
		let compared = 0;
		shown.forEach(({ results }, i) => {
			for (const result of results) {
				const path = pathOf(result.link);
				const own = extractIndexedPage(html(path))!;
				if (!hant.has(path)) wrong.push(`${queries[i]}: ${path} is not a Traditional page`);
				if (result.title !== own.title) wrong.push(`${queries[i]}: title ${result.title}`);
				if (result.lang !== null) wrong.push(`${queries[i]}: shown as ${result.lang}`);
				for (const excerpt of result.excerpts) {
					const anchor = hashOf(excerpt.link);
					const inner = comparable(excerpt.shown.replace(/^…|…$/g, ''), anchor);
					const paragraph = comparable(paragraphText(html(path), anchor), anchor);
					if (!paragraph.includes(inner)) wrong.push(`${queries[i]}: «${inner}» not on ${path}`);
					// The words to highlight are as they stand on the Traditional page.
					if (result.highlight.some((w) => !hant.get(path)!.includes(w)))
						wrong.push(`${queries[i]}: highlights ${result.highlight.join(',')}`);
					compared += 1;
				}
			}
		});
		expect(wrong).toEqual([]);
		expect(compared).toBeGreaterThan(10);
		await page.close();
	});
});

describe.skipIf(!browser)(
	'English stemming: the offline engine and Pagefind agree (Chromium)',
	() => {
		/** Words whose stems changed between Porter2 and Snowball 3 (issue 11), with derivatives, and words of the archive. */
		const VOCABULARY = [
			...'emergency emergencies emerging emerge emerged emergence universal university universities universe universes past paste pasted pasting pastes later lateral laterally generate generated general generally generation generous community communities communication communications communism commune arsenal arsenals arsenic organ organs organic organize organized organization organizations international internal interest interests interval intern skis skies ski proceed proceeds exceed succeed agreed dying lying tying inning outing canning herring earring evening news deputy deputies daylily daylilies legislation legislative legislate station stations supervision supervise supervisory'.split(
				' '
			),
		];

		it('conflate exactly the same words', async () => {
			const words = [
				...new Set([
					...VOCABULARY,
					...sampleEnglish([...(await reportTexts(dir, 'en')).values()], 150)
						.filter((q) => !q.includes(' '))
						.map((w) => w.toLowerCase()),
				]),
			];
			// Pagefind's own index of one record per word, built with its Node API.
			const out = join(dir, '..', 'stem-vocabulary');
			rmSync(out, { recursive: true, force: true });
			const { index } = await pagefind.createIndex({});
			try {
				for (const word of words) {
					const added = await index!.addCustomRecord({
						url: `/${word}/`,
						content: word,
						language: 'en',
					});
					expect(added.errors).toEqual([]);
				}
				expect((await index!.writeFiles({ outputPath: join(out, 'pagefind') })).errors).toEqual([]);
			} finally {
				await pagefind.close();
			}
			writeFileSync(
				join(out, 'index.html'),
				'<!doctype html><html lang="en"><head><title>stems</title></head><body data-pagefind-base="pagefind/"></body></html>'
			);
			const served = await serve(out);
			const page = await browser!.newPage();
			await page.goto(served.url);
			// A quoted word matches the words with exactly its stem (no prefix matching).
			const viaPagefind = await pagefindResults(
				page,
				words.map((word) => `"${word}"`)
			);
			await page.close();
			await served.close();
			// The offline engine over the same records.
			const offline = createOfflineEngine(
				buildOfflineIndex(
					'en',
					words.map((word, id) => ({
						id,
						url: `/${word}/`,
						title: word,
						text: word,
						filters: {},
						anchors: [],
					}))
				)
			);
			const disagreements: string[] = [];
			for (const [i, word] of words.entries()) {
				const hits = await Promise.all((await offline.find(`"${word}"`, {})).map((r) => r.load()));
				const viaOffline = hits.map((hit) => hit.url).sort();
				if (JSON.stringify(viaOffline) !== JSON.stringify(viaPagefind[i]))
					disagreements.push(
						`${word}: Pagefind ${viaPagefind[i]!.join(' ')} | offline ${viaOffline.join(' ')}`
					);
			}
			// Not vacuous: the words the issue names are told apart, their derivatives conflated.
			const stem = (word: string) => normalizeTerm(word, 'en');
			expect(stem('emergency')).not.toBe(stem('emerging'));
			expect(viaPagefind[words.indexOf('emerging')]).toEqual([
				'/emerge/',
				'/emerged/',
				'/emerging/',
			]);
			expect(disagreements).toEqual([]);
			expect(words.length).toBeGreaterThan(150);
		});
	}
);
