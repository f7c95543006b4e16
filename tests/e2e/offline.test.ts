/**
 * The offline edition, unzipped and opened from file:// in Chromium: every link
 * of every page leads to an existing file, styles apply, the language switch and
 * search work, and the offline search finds the same pages as Pagefind does on
 * the hosted site. Plus what the folder must carry and the reproducible zip.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { sha256 } from '../../src/lib/hash.ts';
import { exactQuery } from '../../src/lib/search/cjk.ts';
import { queryWords } from '../../src/lib/search/query-words.ts';
import { runPackage } from '../helpers/build-sites.ts';
import { select } from '../helpers/html.ts';
import { archiveSearch, pagefindResults, type ShownResult, useBrowser } from '../helpers/pages.ts';
import {
	firstMatchAnchor,
	NAMED,
	pagesHolding,
	reportTexts,
	sampleApartPairs,
	sampleChinese,
	sampleChinesePairs,
	sampleEnglish,
	sampleEnglishPairs,
} from '../helpers/queries.ts';
import { htmlFiles, type Served, serve } from '../helpers/site.ts';

const offlineDir = () => inject('offlineDir');
const { browser } = await useBrowser();
const fileUrl = (path: string) => pathToFileURL(join(offlineDir(), path)).href;

async function openFile(
	path: string,
	options: { javaScriptEnabled?: boolean } = {}
): Promise<Page> {
	const context = await browser!.newContext(options);
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	(page as Page & { errors: string[] }).errors = errors;
	await page.goto(fileUrl(path));
	return page;
}
const errorsOf = (page: Page) => (page as Page & { errors: string[] }).errors;
/** Traditional → Simplified, as a reader's query is folded (opencc-js, Hong Kong chain). */
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

describe('the offline folder', () => {
	it('is named after the package and holds index.html, a bilingual README.txt and SHA256SUMS', () => {
		expect(offlineDir().endsWith('datong-npc-archive-1.0.0-offline')).toBe(true);
		expect(existsSync(join(offlineDir(), 'index.html'))).toBe(true);
		const readme = readFileSync(join(offlineDir(), 'README.txt'), 'utf8');
		expect(readme).toContain('双击本文件夹中的 index.html');
		expect(readme).toContain('double-click index.html');
	});

	it('lists every other file in SHA256SUMS with its right hash', () => {
		const lines = readFileSync(join(offlineDir(), 'SHA256SUMS'), 'utf8').trim().split('\n');
		const listed = new Map(lines.map((line) => [line.slice(66), line.slice(0, 64)]));
		const files = readdirSync(offlineDir(), { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile())
			.map((e) => join(e.parentPath, e.name).slice(offlineDir().length + 1))
			.filter((f) => f !== 'SHA256SUMS');
		expect([...listed.keys()].sort()).toEqual(files.sort());
		for (const file of files)
			expect(listed.get(file), file).toBe(sha256(readFileSync(join(offlineDir(), file))));
	});

	it('carries no absolute URL, no path of this machine and no module script', async () => {
		const problems: string[] = [];
		for (const file of readdirSync(offlineDir(), { recursive: true })
			.map(String)
			.filter((f) => /\.(html|css|js|txt|json)$/.test(f))) {
			const text = readFileSync(join(offlineDir(), file), 'utf8');
			if (text.includes(fileURLToPath(new URL('../..', import.meta.url))))
				problems.push(`${file}: a path of this machine`);
			if (/localhost|127\.0\.0\.1|file:\/\//.test(text)) problems.push(`${file}: a local URL`);
		}
		for (const file of await htmlFiles(offlineDir())) {
			const html = readFileSync(join(offlineDir(), file), 'utf8');
			for (const el of select(html, '[href], [src], [action]')) {
				const url = String(
					el.properties['href'] ?? el.properties['src'] ?? el.properties['action']
				);
				if (/^[a-z]+:|^\/\//i.test(url)) problems.push(`${file}: ${url}`);
				if (url.startsWith('/')) problems.push(`${file}: root-relative ${url}`);
			}
			if (select(html, 'script[type="module"]').length > 0)
				problems.push(`${file}: a module script`);
		}
		expect(problems).toEqual([]);
	});

	it('is the same, byte for byte, when packaged again from the same commit', () => {
		const first = sha256(readFileSync(inject('offlineZip')));
		expect(sha256(readFileSync(runPackage()))).toBe(first);
	});
});

describe.skipIf(!browser)('the offline edition from file:// (Chromium)', () => {
	it('follows every link of every page to an existing file and anchor, with the stylesheet applied', async () => {
		const pages = await htmlFiles(offlineDir());
		expect(pages.length).toBeGreaterThan(60);
		const broken: string[] = [];
		const context = await browser!.newContext();
		const page = await context.newPage();
		for (const file of pages) {
			await page.goto(fileUrl(file));
			const styled = await page.evaluate(
				() =>
					getComputedStyle(document.body).margin === '0px' &&
					getComputedStyle(document.querySelector('.site-header')!).borderBottomStyle === 'solid'
			);
			if (!styled) broken.push(`${file}: no stylesheet`);
			const links = await page.$$eval('a[href]', (as) =>
				as.map((a) => (a as HTMLAnchorElement).href)
			);
			for (const link of links) {
				const url = new URL(link);
				if (url.protocol !== 'file:') {
					broken.push(`${file}: ${link}`);
					continue;
				}
				const target = fileURLToPath(url);
				// Pages link to pages (files, not folders); the Data page also links to the downloads under data/.
				const download = /^data\//.test(relative(offlineDir(), target).split(sep).join('/'));
				if (!existsSync(target) || (!target.endsWith('.html') && !download)) {
					broken.push(`${file}: ${link} → no such file`);
					continue;
				}
				if (
					url.hash &&
					!readFileSync(target, 'utf8').includes(`id="${decodeURIComponent(url.hash.slice(1))}"`)
				)
					broken.push(`${file}: ${link} → no such anchor`);
			}
		}
		await context.close();
		expect(broken).toEqual([]);
	});

	it('reads with scripts off', async () => {
		const page = await openFile('zh/2022/legal-affairs/index.html', { javaScriptEnabled: false });
		expect(await page.isVisible('#p1')).toBe(true);
		expect(await page.textContent('h1')).toBe('市人大法制委员会');
		await page.context().close();
	});

	it('switches language and keeps the paragraph', async () => {
		const page = await openFile('zh/2022/standing-committee/index.html');
		await page.goto(`${page.url()}#p7`);
		await page.click('header a[data-lang-switch][hreflang="en"]');
		await page.waitForURL(/\/en\/2022\/standing-committee\/index\.html#p7$/);
		expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p7');
		expect(errorsOf(page)).toEqual([]);
		await page.context().close();
	});

	// Each query with the text it is found in (its Simplified form, in the Chinese or the English).
	it.each([
		['zh', NAMED.zh[0]!, 'zh'],
		['en', NAMED.en[0]!, 'en'],
		['zh-hant', NAMED['zh-hant'][0]!, 'zh'],
	])('searches %s for %s from the search box', async (lang, query, matched) => {
		const texts = await reportTexts(inject('siteDir'), matched as 'zh' | 'en');
		const folded = matched === 'zh' ? toSimplified(query) : query;
		const expected = pagesHolding(texts, folded, matched).map(
			(path) => `${path.replace(`/${matched}/`, `${lang}/`).slice(0)}index.html`
		);
		expect(expected.length).toBeGreaterThan(0);
		const page = await openFile(`${expected[0]}`.replace(/^\//, ''));
		await page.fill('#site-search', query);
		await page.press('#site-search', 'Enter');
		await page.waitForSelector('[data-search-results] li');
		const found = await page.$$eval('[data-search-results] > li > a', (as) =>
			as.map((a) => (a as HTMLAnchorElement).href)
		);
		expect(found.map((href) => fileURLToPath(href).slice(offlineDir().length + 1)).sort()).toEqual(
			expected.map((path) => path.replace(/^\//, '')).sort()
		);
		expect(await page.isVisible('[data-search-offline]')).toBe(true);
		expect(errorsOf(page)).toEqual([]);
		await page.context().close();
	});
});

describe.skipIf(!browser)(
	'offline search: paragraphs, both languages, Traditional characters (Chromium)',
	() => {
		const siteHtml = (path: string) =>
			readFileSync(join(inject('siteDir'), path, 'index.html'), 'utf8');
		/** The reader's result links (path from the folder, with the anchor) for a query typed in a language's search page. */
		async function offlineSearch(
			lang: string,
			query: string
		): Promise<{ links: string[]; status: string; page: Page }> {
			const page = await openFile(`${lang}/search/index.html`);
			await page.fill('#search-q', query);
			await page.press('#search-q', 'Enter');
			// The status names each word in quotation marks (“立法”和“监督”).
			await page.waitForFunction(
				(word) =>
					(document.querySelector('[data-search-status]')?.textContent ?? '').includes(`“${word}”`),
				queryWords(query)[0]!
			);
			const hrefs = await page.$$eval('[data-search-results] > li > a', (as) =>
				as.map((a) => (a as HTMLAnchorElement).href)
			);
			const links = hrefs.map((href) => {
				const url = new URL(href);
				return `${fileURLToPath(url).slice(offlineDir().length + 1)}${url.hash}`;
			});
			return {
				links: links.sort(),
				status: (await page.textContent('[data-search-status]')) ?? '',
				page,
			};
		}
		/** The reader's result links for reports (`2022/legal-affairs`) matched in a language's text. */
		const expectedLinks = (
			reader: string,
			matched: string,
			reports: string[],
			query: string | RegExp
		) =>
			reports
				.map(
					(report) =>
						`${reader}/${report}/index.html${firstMatchAnchor(siteHtml(`${matched}/${report}`), query)}`
				)
				.sort();

		it.each([
			['zh', '黄花', 'zh', /黄花/],
			['en', '黄花', 'zh', /黄花/],
			['en', '黃花', 'zh', /黄花/],
			['zh', '聯絡站', 'zh', /联络站/],
			['zh', 'daylily', 'en', /daylil/i],
		] as const)(
			'on the %s search page, %s lands on the paragraph of the %s text that matched',
			async (reader, query, matched, pattern) => {
				const found = await offlineSearch(reader, query);
				const reports = found.links.map((link) => link.split('/').slice(1, 3).join('/'));
				expect(reports.length).toBeGreaterThan(0);
				expect(found.links).toEqual(expectedLinks(reader, matched, reports, pattern));
				expect(found.links.every((link) => /#p\d+$/.test(link))).toBe(true);
				// The same pages as the hosted edition finds: the reports whose text has the (folded) query.
				const texts = await reportTexts(inject('siteDir'), matched);
				expect(reports.sort()).toEqual(
					[...texts]
						.filter(([, text]) => pattern.test(text))
						.map(([url]) => url.split('/').slice(2, 4).join('/'))
						.sort()
				);
				expect(errorsOf(found.page)).toEqual([]);
				await found.page.context().close();
			}
		);

		it('lands on the paragraph with the words highlighted, from file:// too', async () => {
			const zh = await reportTexts(inject('siteDir'), 'zh');
			const [query] = sampleChinesePairs([...zh.values()], 1);
			const found = await offlineSearch('zh', query!);
			const page = found.page;
			const href = await page.$eval(
				'[data-search-results] > li > a',
				(a) => (a as HTMLAnchorElement).href
			);
			expect(new URL(href).searchParams.getAll('highlight').length).toBeGreaterThan(0);
			await page.click('[data-search-results] > li > a');
			await page.waitForSelector('mark.search-hit');
			const marks = await page.$$eval('mark.search-hit', (ms) => ms.map((m) => m.textContent));
			expect(marks.every((mark) => query!.split(' ').includes(mark))).toBe(true);
			expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(
				new URL(href).hash.slice(1)
			);
			expect(errorsOf(page)).toEqual([]);
			await page.context().close();
		});

		it('finds for a Traditional query exactly what its Simplified form finds', async () => {
			for (const [traditional, simplified] of [
				['頤養工程', '颐养工程'],
				['聯絡站', '联络站'],
			] as const) {
				const folded = await offlineSearch('en', traditional);
				const plain = await offlineSearch('en', simplified);
				expect(folded.links).toEqual(plain.links);
				expect(folded.links.length).toBeGreaterThan(0);
				expect(folded.status).toContain(simplified);
				await folded.page.context().close();
				await plain.page.context().close();
			}
		});
	}
);

describe.skipIf(!browser)('offline search and Pagefind (Chromium)', () => {
	let hosted: Served;

	it('find the same pages for every test query, in Simplified, Traditional and English', async () => {
		hosted = await serve(inject('siteDir'));
		const zh = await reportTexts(inject('siteDir'), 'zh');
		const hant = await reportTexts(inject('siteDir'), 'zh-hant');
		const en = await reportTexts(inject('siteDir'), 'en');
		const queries = {
			zh: [...NAMED.zh, ...sampleChinese([...zh.values()], 200)].map(exactQuery),
			'zh-hant': [...NAMED['zh-hant'], ...sampleChinese([...hant.values()], 100)].map(exactQuery),
			en: [...NAMED.en, ...sampleEnglish([...en.values()], 80)].flatMap((q) =>
				q.includes(' ') ? [q, `"${q}"`] : [q]
			),
		};
		const disagreements: string[] = [];
		for (const lang of ['zh', 'zh-hant', 'en'] as const) {
			const pagefindPage = await browser!.newPage();
			await pagefindPage.goto(`${hosted.url}${lang}/search/`);
			const viaPagefind = (await pagefindResults(pagefindPage, queries[lang])).map((urls) =>
				urls.map((url) => url.replace(/^\//, ''))
			);
			await pagefindPage.close();

			const offlinePage = await openFile(`${lang}/search/index.html`);
			const viaOffline = await offlinePage.evaluate<string[][]>(`(async (queries) => {
				const load = (src) => new Promise((ok, fail) => { const s = document.createElement('script'); s.src = src; s.onload = ok; s.onerror = fail; document.head.append(s); });
				await load(document.body.dataset.offlineSearch);
				await load(document.body.dataset.offlineIndex);
				const engine = window.ArchiveOfflineSearch.createOfflineEngine(window.__ARCHIVE_OFFLINE_INDEX__[${JSON.stringify(lang)}]);
				const out = [];
				for (const q of queries) {
					const results = await engine.find(q, {});
					const hits = await Promise.all(results.map((r) => r.load()));
					out.push(hits.map((h) => h.url).sort());
				}
				return out;
			})(${JSON.stringify(queries[lang])})`);
			await offlinePage.context().close();

			queries[lang].forEach((query, i) => {
				// The offline hits land on a paragraph (#pN); compare the pages here.
				const pages = viaOffline[i]!.map((url) => url.split('#')[0]!);
				if (JSON.stringify(viaPagefind[i]) !== JSON.stringify(pages)) {
					disagreements.push(
						`${lang} ${query}: Pagefind ${viaPagefind[i]!.join(' ')} | offline ${pages.join(' ')}`
					);
				}
			});
		}
		await hosted.close();
		expect(disagreements).toEqual([]);
		expect(queries.zh.length + queries.en.length).toBeGreaterThan(300);
		expect(queries['zh-hant'].length).toBeGreaterThan(100);
	});

	it('show the same results in the archive’s semantics: several words in both orders, characters apart, English pairs, every reader', async () => {
		const site = inject('siteDir');
		const zh = await reportTexts(site, 'zh');
		const en = await reportTexts(site, 'en');
		const pairs = sampleChinesePairs([...zh.values()], 40);
		const englishPairs = sampleEnglishPairs([...en.values()], 30);
		const both = (queries: string[]) =>
			queries.flatMap((q) => [q, q.split(' ').reverse().join(' ')]);
		const chinese = [
			...NAMED.zh,
			...sampleChinese([...zh.values()], 60),
			...both(pairs),
			...sampleApartPairs(zh, 40).map((a) => a.query),
		];
		const queries = {
			zh: chinese,
			'zh-hant': [...NAMED['zh-hant'], ...both(pairs.slice(0, 20))],
			en: [...NAMED.en, ...both(englishPairs), ...chinese.slice(0, 20)],
		};
		const served = await serve(site);
		const disagreements: string[] = [];
		for (const lang of ['zh', 'zh-hant', 'en'] as const) {
			const hostedPage = await browser!.newPage();
			await hostedPage.goto(`${served.url}${lang}/search/`);
			const hosted = await archiveSearch(hostedPage, queries[lang]);
			await hostedPage.close();
			const offlinePage = await openFile(`${lang}/search/index.html`);
			const offline = await archiveSearch(offlinePage, queries[lang]);
			expect(errorsOf(offlinePage)).toEqual([]);
			await offlinePage.context().close();
			queries[lang].forEach((query, i) => {
				const [a, b] = [shownAs(hosted[i]!.results), shownAs(offline[i]!.results)];
				if (a !== b || hosted[i]!.status !== offline[i]!.status)
					disagreements.push(`${lang} ${query}: hosted ${a} | offline ${b}`);
			});
		}
		await served.close();
		expect(disagreements).toEqual([]);
		expect(Object.values(queries).flat().length).toBeGreaterThan(300);
	});
});

/**
 * What a reader is shown, comparable across editions: each result's page (from
 * the site root) and landing anchor, whether its words are adjacent, and its
 * excerpts' anchors; sorted (the engines may order equal results differently).
 */
function shownAs(results: ShownResult[]): string {
	const fromRoot = (link: string) =>
		link.startsWith('file:')
			? `${fileURLToPath(link.split('#')[0]!)
					.slice(offlineDir().length + 1)
					.replace(/index\.html$/, '')}#${link.split('#')[1] ?? ''}`
			: `${link.replace(/^\//, '').split('#')[0]}#${link.split('#')[1] ?? ''}`;
	return results
		.map(
			(r) =>
				`${fromRoot(r.link)}${r.adjacent ? ' adjacent' : ''} [${r.excerpts.map((e) => fromRoot(e.link).split('#')[1]).join(',')}]`
		)
		.sort()
		.join(' ');
}
