/**
 * Search in a real browser against the built site: the search box, Chinese
 * recall (every page containing a query is found, no other), ranking of exact
 * matches, filters and the empty state.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import * as pagefind from 'pagefind';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { exactQuery } from '../../src/lib/search/cjk.ts';
import { buildOfflineIndex, createOfflineEngine } from '../../src/lib/search/offline.ts';
import { normalizeTerm } from '../../src/lib/search/tokens.ts';
import { select, textOf } from '../helpers/html.ts';
import { pagefindResults, useBrowser } from '../helpers/pages.ts';
import {
	firstMatchAnchor,
	NAMED,
	pagesContaining,
	paragraphText,
	recallMisses,
	reportTexts,
	sampleChinese,
	sampleEnglish,
} from '../helpers/queries.ts';
import { serve } from '../helpers/site.ts';

const { browser, open } = await useBrowser();
let dir: string;

beforeAll(() => {
	dir = inject('siteDir');
});

async function resultLinks(page: Page, list = '[data-search-results]'): Promise<string[]> {
	return page.$$eval(`${list} li a`, (links) =>
		links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)
	);
}

describe.skipIf(!browser)('search (Chromium)', () => {
	it('finds 黄花 from the search box of a report page, on the search page, with highlighted excerpts', async () => {
		const page = await open(`zh/2022/legal-affairs/`);
		await page.fill('#site-search', '黄花');
		await page.press('#site-search', 'Enter');
		await page.waitForURL(/\/zh\/search\/\?q=/);
		await page.waitForSelector('[data-search-results] li');
		expect((await resultLinks(page)).sort()).toEqual(
			pagesContaining(await reportTexts(dir, 'zh'), '黄花')
		);
		expect(
			await page.$$eval('[data-search-results] mark', (marks) => marks.map((m) => m.textContent))
		).toContain('黄花');
		await page.close();
	});

	it('finds exactly the pages containing each of many queries taken from the text (100% recall, no extra page)', async () => {
		const pages = await reportTexts(dir, 'zh');
		const queries = [...NAMED.zh, ...sampleChinese([...pages.values()], 300)];
		const page = await open(`zh/search/`);
		const found = await pagefindResults(page, queries.map(exactQuery));
		expect(recallMisses(pages, queries, found)).toEqual([]);
		expect(queries.length).toBeGreaterThanOrEqual(300);
		await page.close();
	});

	it('ranks the page with 《大同人大》 above pages that only contain 大同 and 人大 apart', async () => {
		const page = await open(`zh/search/?q=${encodeURIComponent('大同人大')}`);
		await page.waitForSelector('[data-search-related] li');
		const exact = pagesContaining(await reportTexts(dir, 'zh'), '大同人大');
		expect(exact).toContain('/zh/2022/personnel-deputies/');
		expect((await resultLinks(page)).sort()).toEqual(exact);
		const related = await resultLinks(page, '[data-search-related]');
		expect(related.length).toBeGreaterThan(1);
		for (const path of exact) expect(related).not.toContain(path);
		await page.close();
	});

	it('filters by committee and by year', async () => {
		const all = pagesContaining(await reportTexts(dir, 'zh'), '执法检查');
		const committee = all.filter((path) => path.endsWith('/agriculture-rural-affairs/'));
		const year = committee[0]!.split('/')[2]!;
		const page = await open(`zh/search/?q=${encodeURIComponent('执法检查')}`);
		await page.waitForSelector('[data-search-results] li');
		expect((await resultLinks(page)).sort()).toEqual(all);
		expect(committee.length).toBeLessThan(all.length);
		await page.selectOption('select[name="committee"]', '市人大常委会农村工作委员会');
		await page.waitForFunction(
			(n) => document.querySelectorAll('[data-search-results] li').length === n,
			committee.length
		);
		expect((await resultLinks(page)).sort()).toEqual(committee);
		expect(page.url()).toContain('committee=');
		await page.selectOption('select[name="year"]', year);
		await page.waitForFunction((y) => new URL(location.href).searchParams.get('year') === y, year);
		expect((await resultLinks(page)).sort()).toEqual(
			committee.filter((path) => path.includes(`/${year}/`))
		);
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

/** Runs a query in the search page's box and returns what the page shows. */
async function searchFor(page: Page, query: string) {
	await page.fill('#search-q', query);
	await page.press('#search-q', 'Enter');
	await page.waitForFunction((q) => {
		const status = document.querySelector('[data-search-status]')?.textContent ?? '';
		return status.includes(`“${q}”`) && !status.endsWith('…');
	}, query);
	return page.$$eval('[data-search-results] li', (items) =>
		items.map((li) => {
			const link = li.querySelector('a')!;
			const excerpt = li.querySelector('p:last-child')!;
			const url = new URL(link.href);
			return {
				path: url.pathname,
				hash: url.hash,
				excerpt: excerpt.textContent ?? '',
				excerptLang: excerpt.getAttribute('lang'),
				matched: li.querySelector('[data-matched-lang]')?.textContent ?? null,
			};
		})
	);
}

const html = (path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');

describe.skipIf(!browser)('results that land on the paragraph (Chromium)', () => {
	it('link each result to the first paragraph containing the query, with the excerpt from that paragraph', async () => {
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
				// Pagefind ends each block with '. ' in its text; the archive's Chinese uses '。'.
				const paragraph = paragraphText(html(result.path), expected).replace(/[\s.]+/g, '');
				const shown = result.excerpt.replace(/[\s.]+/g, '');
				if (!shown.includes(query) || !paragraph.includes(shown))
					wrong.push(`${query}: excerpt «${result.excerpt}» is not from ${expected}`);
			}
		}
		expect(wrong).toEqual([]);
		expect(queries.length).toBeGreaterThan(45);
		await page.close();
	});

	it('opens the page at that paragraph, which is the target', async () => {
		const page = await open(`zh/search/?q=${encodeURIComponent('联络站')}`);
		await page.waitForSelector('[data-search-results] li');
		await page.click('[data-search-results] li a[href$="/personnel-deputies/#p2"]');
		await page.waitForURL('**/zh/2022/personnel-deputies/#p2');
		expect(await page.evaluate(() => document.querySelector(':target')?.textContent)).toContain(
			'联络站'
		);
		await page.close();
	});
});

describe.skipIf(!browser)('bilingual search: the script of the query decides (Chromium)', () => {
	it('finds a Chinese query on the English site in the Chinese text and links to the English page at the aligned paragraph', async () => {
		const page = await open('en/search/');
		const results = await searchFor(page, '黄花');
		const expected = pagesContaining(await reportTexts(dir, 'zh'), '黄花', 'en');
		expect(results.map((r) => r.path).sort()).toEqual(expected);
		for (const result of results) {
			// The anchor is that of the Chinese paragraph with 黄花: the same number in both languages.
			expect(result.hash).toBe(firstMatchAnchor(html(result.path.replace('/en/', '/zh/')), '黄花'));
			expect(result.hash).toMatch(/^#p\d+$/);
			expect(result.matched).toBe('Found in the Chinese text');
			expect(result.excerptLang).toBe('zh-Hans');
			expect(result.excerpt).toContain('黄花');
		}
		expect(await page.textContent('[data-search-status]')).toBe(
			`${expected.length} reports contain “黄花” in the Chinese text`
		);
		await page.click('[data-search-results] li a[href*="agriculture-rural-affairs"]');
		await page.waitForURL(/\/en\/2022\/agriculture-rural-affairs\/#p\d+$/);
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
		expect(await page.evaluate(() => document.querySelector(':target')?.textContent)).toMatch(
			/daylil/i
		);
		await page.close();
	});

	it('finds an English query on the Chinese site in the English text and links to the Chinese page', async () => {
		const page = await open('zh/search/');
		const results = await searchFor(page, 'daylily');
		const expected = pagesContaining(await reportTexts(dir, 'en'), /daylil/i, 'zh');
		expect(results.map((r) => r.path).sort()).toEqual(expected);
		for (const result of results) {
			expect(result.hash).toBe(
				firstMatchAnchor(html(result.path.replace('/zh/', '/en/')), /daylil/i)
			);
			expect(result.matched).toBe('在英文译文中找到');
			expect(result.excerptLang).toBe('en');
		}
		expect(await page.textContent('[data-search-status]')).toBe(
			`${expected.length}篇报告的英文译文包含“daylily”`
		);
		await page.close();
	});

	it('applies the committee filter, chosen by its English name, to a search of the Chinese text', async () => {
		const page = await open(
			`en/search/?q=${encodeURIComponent('执法检查')}&committee=${encodeURIComponent('Agriculture and Rural Affairs Work Committee')}`
		);
		await page.waitForFunction(() =>
			(document.querySelector('[data-search-status]')?.textContent ?? '').includes('Chinese text')
		);
		expect(
			await page.$$eval('[data-search-results] li a', (as) =>
				as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)
			)
		).toEqual(['/en/2022/agriculture-rural-affairs/']);
		await page.selectOption('select[name="committee"]', '');
		await page.waitForFunction(
			() => document.querySelectorAll('[data-search-results] li').length > 1
		);
		await page.close();
	});

	it('searches the reader’s own language for a query in the reader’s script, with no language note', async () => {
		const page = await open('en/search/');
		const results = await searchFor(page, 'daylily');
		expect(results.map((r) => r.path).sort()).toEqual(
			pagesContaining(await reportTexts(dir, 'en'), /daylil/i)
		);
		expect(results.every((r) => r.matched === null && r.excerptLang === null)).toBe(true);
		await page.close();
	});

	it('does the same in the header’s quick search', async () => {
		const page = await open('en/2022/legal-affairs/');
		await page.fill('#site-search', '联络站');
		await page.waitForSelector('#site-search-results [role="option"] a[href*="#p"]');
		const links = await page.$$eval('#site-search-results [role="option"] a[href*="#p"]', (as) =>
			as.map(
				(a) =>
					new URL((a as HTMLAnchorElement).href).pathname +
					new URL((a as HTMLAnchorElement).href).hash
			)
		);
		expect(links.sort()).toEqual(
			pagesContaining(await reportTexts(dir, 'zh'), '联络站', 'en').map(
				(path) => `${path}${firstMatchAnchor(html(path.replace('/en/', '/zh/')), '联络站')}`
			)
		);
		expect(await page.getAttribute('#site-search-results [role="option"] span', 'lang')).toBe(
			'zh-Hans'
		);
		// And in Traditional characters: the same results.
		await page.fill('#site-search', '聯絡站');
		await page.waitForFunction(() =>
			document
				.querySelector('#site-search-results [role="option"]:last-child a')
				?.textContent?.includes('聯絡站')
		);
		const traditional = await page.$$eval(
			'#site-search-results [role="option"] a[href*="#p"]',
			(as) =>
				as.map(
					(a) =>
						new URL((a as HTMLAnchorElement).href).pathname +
						new URL((a as HTMLAnchorElement).href).hash
				)
		);
		expect(traditional.sort()).toEqual(links.sort());
		await page.close();
	});
});

describe.skipIf(!browser)('Traditional queries (Chromium)', () => {
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
