/**
 * Reading and citing in Chromium: the paragraph a link lands on is highlighted
 * (hosted, offline, without script, after the language switch), "Copy citation"
 * copies the citation the about page shows, the phone layout (one header bar, a
 * menu that opens without script, the first paragraph on the first screen), the
 * measure and line height of both scripts, no layout shift, the dark theme
 * (axe-core in both schemes) and the print stylesheet (read back by pdftotext).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { formatCitation } from '../../src/lib/citation.ts';
import en from '../../src/i18n/en.json' with { type: 'json' };
import zh from '../../src/i18n/zh.json' with { type: 'json' };
import { corpusReports } from '../helpers/corpus.ts';
import { select, textOf } from '../helpers/html.ts';
import { useBrowser } from '../helpers/pages.ts';
import { htmlFiles } from '../helpers/site.ts';

const { browser, site } = await useBrowser();
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const HOSTED = 'https://archive.example.org/';
const STRINGS = { zh, en };
type Lang = 'zh' | 'en';
type Scheme = 'light' | 'dark';

/** A page in its own context (so permissions, scheme and script can differ); errors in the page fail the test. */
async function openPage(
	path: string,
	options: BrowserContextOptions & { clipboard?: boolean } = {}
): Promise<Page> {
	const { clipboard, ...contextOptions } = options;
	const context = await browser!.newContext({ viewport: DESKTOP, ...contextOptions });
	if (clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const page = await context.newPage();
	const errors: Error[] = [];
	page.on('pageerror', (error) => errors.push(error));
	page.on('close', () => {
		if (errors[0]) throw errors[0];
	});
	await page.goto(/^file:/.test(path) ? path : new URL(path.replace(/^\//, ''), site().url).href);
	return page;
}
const close = (page: Page) => page.context().close();

/** The report's title as its built page shows it, read from the HTML (not from the page's data attributes). */
function titleOf(lang: Lang, slug: string): string {
	return textOf(
		select(
			readFileSync(join(inject('siteDir'), lang, '2022', slug, 'index.html'), 'utf8'),
			'h1'
		)[0]!
	).trim();
}

function expectedCitation(lang: Lang, slug: string, paragraph?: number): string {
	return formatCitation({
		lang,
		textLang: lang,
		report: titleOf(lang, slug),
		archive: STRINGS[lang]['site.title'],
		year: 2022,
		paragraph,
		url: `${HOSTED}${lang}/2022/${slug}/`,
	});
}

/** Background colour of an element, and whether it differs from the page's. */
const highlightOf = (page: Page, selector: string) =>
	page.$eval(selector, (el) => {
		const bg = getComputedStyle(el).backgroundColor;
		return {
			bg,
			highlighted:
				bg !== 'rgba(0, 0, 0, 0)' && bg !== getComputedStyle(document.body).backgroundColor,
		};
	});

describe.skipIf(!browser)('landing on a paragraph (Chromium)', () => {
	it.each([
		['zh', 'light'],
		['en', 'dark'],
		['en', 'light'],
		['zh', 'dark'],
	] as [Lang, Scheme][])(
		'/%s/…/#p3 highlights paragraph 3 only, on the screen (%s)',
		async (lang, colorScheme) => {
			const page = await openPage(`/${lang}/2022/standing-committee/#p3`, { colorScheme });
			expect((await highlightOf(page, '#p3')).highlighted).toBe(true);
			expect((await highlightOf(page, '#p2')).highlighted).toBe(false);
			expect((await highlightOf(page, '#p4')).highlighted).toBe(false);
			const top = await page.$eval('#p3', (el) => el.getBoundingClientRect().top);
			expect(top).toBeGreaterThanOrEqual(0);
			expect(top).toBeLessThan(DESKTOP.height / 2);
			await close(page);
		}
	);

	it('highlights without JavaScript (CSS :target)', async () => {
		const page = await openPage('/zh/2022/standing-committee/#p6', { javaScriptEnabled: false });
		expect((await highlightOf(page, '#p6')).highlighted).toBe(true);
		expect((await highlightOf(page, '#p5')).highlighted).toBe(false);
		await close(page);
	});

	it('the language switch lands on the same paragraph, highlighted, after a paragraph number was chosen', async () => {
		const page = await openPage('/zh/2022/standing-committee/');
		await page.click('#p8 a.pn');
		// The link itself carries the anchor (for a new tab or a copied link), not only a click.
		expect(await page.getAttribute('a[data-lang-switch][hreflang="en"]', 'href')).toMatch(
			/\/en\/2022\/standing-committee\/#p8$/
		);
		await page.click('a[data-lang-switch][hreflang="en"]');
		await page.waitForURL('**/en/2022/standing-committee/#p8');
		expect((await highlightOf(page, '#p8')).highlighted).toBe(true);
		expect((await highlightOf(page, '#p7')).highlighted).toBe(false);
		await close(page);
	});

	it('a search result link (…/#p2) lands highlighted', async () => {
		const page = await openPage('/en/search/?q=daylily');
		await page.waitForSelector('[data-search-results] li a');
		const href = await page.$eval(
			'[data-search-results] li a',
			(a) => (a as HTMLAnchorElement).href
		);
		const url = new URL(href);
		url.hash = '#p2';
		await page.goto(url.href);
		expect((await highlightOf(page, '#p2')).highlighted).toBe(true);
		await close(page);
	});

	it('highlights in the offline edition from file://', async () => {
		const page = await openPage(
			`${pathToFileURL(join(inject('offlineDir'), 'en', '2022', 'standing-committee', 'index.html')).href}#p5`
		);
		expect((await highlightOf(page, '#p5')).highlighted).toBe(true);
		expect((await highlightOf(page, '#p4')).highlighted).toBe(false);
		await close(page);
	});
});

describe.skipIf(!browser)('Copy citation (Chromium, clipboard permissions granted)', () => {
	const withClipboard = { clipboard: true };

	it.each([
		['en', 'legal-affairs', 2],
		['zh', 'legal-affairs', 2],
		['zh', 'standing-committee', 14],
	] as [Lang, string, number][])(
		'/%s/2022/%s/: choosing paragraph %i’s number copies its citation',
		async (lang, slug, n) => {
			const page = await openPage(`/${lang}/2022/${slug}/`, withClipboard);
			expect(await page.$$('.cite-box')).toHaveLength(0);
			await page.click(`#p${n} a.pn`);
			await page.waitForURL(`**/#p${n}`);
			await page.click('.cite-box [data-cite-copy]');
			await expect
				.poll(() => page.textContent('.cite-box [role="status"]'))
				.toBe(STRINGS[lang]['reading.copied']);
			const copied = await page.evaluate(() => navigator.clipboard.readText());
			expect(copied).toBe(expectedCitation(lang, slug, n));
			expect(copied).toContain(`${HOSTED}${lang}/2022/${slug}/#p${n}`);
			expect(copied).toContain(lang === 'en' ? 'English translation' : '中文原文');
			// The box sits right under its paragraph and shows what it copies.
			expect(await page.$eval(`#p${n}`, (p) => p.nextElementSibling?.className)).toBe('cite-box');
			expect(await page.textContent('.cite-box .cite-box__text')).toBe(copied);
			await close(page);
		}
	);

	it.each(['zh', 'en'] as Lang[])(
		'/%s/: the open box fits a phone screen, its long URL wrapped',
		async (lang) => {
			const page = await openPage(`/${lang}/2022/standing-committee/`, { viewport: PHONE });
			await page.click('#p3 a.pn');
			await page.waitForSelector('.cite-box');
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				PHONE.width
			);
			await close(page);
		}
	);

	it.each(['zh', 'en'] as Lang[])(
		'/%s/: Copy link copies the paragraph’s hosted URL alone',
		async (lang) => {
			const page = await openPage(`/${lang}/2022/standing-committee/`, withClipboard);
			await page.click('#p6 a.pn');
			await page.click('.cite-box [data-cite-copy-link]');
			await expect
				.poll(() => page.textContent('.cite-box [role="status"]'))
				.toBe(STRINGS[lang]['reading.linkCopied']);
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
				`${HOSTED}${lang}/2022/standing-committee/#p6`
			);
			await close(page);
		}
	);

	it.each(['zh', 'en'] as Lang[])(
		'the %s about page’s “How to cite” is exactly what Copy citation copies',
		async (lang) => {
			// The example is paragraph 2 of the newest legal-affairs report: copy that one's citation.
			const page = await openPage(`/${lang}/about/`, withClipboard);
			const example = (await page.textContent('[data-citation-example]'))!.trim();
			const [, path, n] = /^https?:\/\/[^/]+\/(\S+\/legal-affairs\/)#p(\d+)\.?$/.exec(
				example.split(' ').at(-1)!
			)!;
			const year = Math.max(
				...corpusReports()
					.filter((r) => r.slug === 'legal-affairs')
					.map((r) => r.year)
			);
			expect([path, n]).toEqual([`${lang}/${year}/legal-affairs/`, '2']);
			await page.goto(new URL(path!, site().url).href);
			await page.click(`#p${n} a.pn`);
			await page.click('.cite-box [data-cite-copy]');
			await expect
				.poll(() => page.textContent('.cite-box [role="status"]'))
				.toBe(STRINGS[lang]['reading.copied']);
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(example);
			await close(page);
		}
	);

	it('choosing another number moves the box; Escape closes it and gives focus back to the number', async () => {
		const page = await openPage('/en/2022/standing-committee/', withClipboard);
		await page.click('#p3 a.pn');
		await page.click('#p9 a.pn');
		expect(await page.$$('.cite-box')).toHaveLength(1);
		expect(await page.textContent('.cite-box__text')).toContain('para. 9.');
		await page.focus('.cite-box [data-cite-copy]');
		await page.keyboard.press('Escape');
		expect(await page.$$('.cite-box')).toHaveLength(0);
		expect(await page.evaluate(() => document.activeElement?.closest('p')?.id)).toBe('p9');
		await close(page);
	});

	it('when the clipboard refuses, the citation is left selected to copy by hand', async () => {
		const page = await openPage('/en/2022/legal-affairs/');
		await page.evaluate(() => {
			Object.defineProperty(navigator, 'clipboard', {
				value: { writeText: () => Promise.reject(new Error('denied')) },
			});
		});
		await page.click('#p2 a.pn');
		await page.click('.cite-box [data-cite-copy]');
		await expect
			.poll(() => page.textContent('.cite-box [role="status"]'))
			.toBe(en['reading.copyFailed']);
		expect(await page.evaluate(() => getSelection()?.toString())).toBe(
			expectedCitation('en', 'legal-affairs', 2)
		);
		await close(page);
	});

	it('without JavaScript the number is still the paragraph’s link, and no box appears', async () => {
		const page = await openPage('/en/2022/legal-affairs/', { javaScriptEnabled: false });
		await page.click('#p3 a.pn');
		await page.waitForURL('**/en/2022/legal-affairs/#p3');
		expect(await page.$$('.cite-box')).toHaveLength(0);
		await close(page);
	});

	it('the offline edition copies the hosted URL, not a file path', async () => {
		const page = await openPage(
			pathToFileURL(join(inject('offlineDir'), 'zh', '2022', 'legal-affairs', 'index.html')).href,
			withClipboard
		);
		await page.click('#p2 a.pn');
		await page.click('.cite-box [data-cite-copy]');
		await expect
			.poll(() => page.textContent('.cite-box [role="status"]'))
			.toBe(zh['reading.copied']);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			expectedCitation('zh', 'legal-affairs', 2)
		);
		await close(page);
	});

	it('an English page that shows the untranslated Chinese cites the Chinese original', () => {
		const html = readFileSync(
			join(inject('fallbackDir'), 'en', '2022', 'finance-economics', 'index.html'),
			'utf8'
		);
		const parts = JSON.parse(
			String(select(html, 'article[data-cite]')[0]!.properties['dataCite'])
		) as { textLang: string };
		expect(parts.textLang).toBe('zh');
		expect(textOf(select(html, '.site-footer .print-only')[0]!)).toContain(
			'. Chinese original. https://archive.example.org/en/2022/finance-economics/.'
		);
	});
});

describe.skipIf(!browser)('phone layout, 390 × 844 (Chromium)', () => {
	it.each(['zh', 'zh-hant', 'en'] as const)(
		'/%s/: the header is one bar with the site name, search, language and a closed menu',
		async (lang) => {
			const page = await openPage(`/${lang}/2022/legal-affairs/`, { viewport: PHONE });
			const header = await page.$eval(
				'.site-header',
				(el) => el.getBoundingClientRect().toJSON() as DOMRect
			);
			expect(header.height).toBeLessThanOrEqual(64);
			for (const selector of [
				'.site-title',
				'#site-search',
				'.search-form button',
				'a[data-lang-switch]',
				'.site-menu > summary',
			]) {
				const box = await page.$eval(
					selector,
					(el) => el.getBoundingClientRect().toJSON() as DOMRect
				);
				expect(box.width, selector).toBeGreaterThan(0);
				expect(box.top, selector).toBeGreaterThanOrEqual(header.top);
				expect(box.bottom, selector).toBeLessThanOrEqual(header.bottom);
				expect(box.right, selector).toBeLessThanOrEqual(PHONE.width);
			}
			expect(await page.isVisible('.site-nav a')).toBe(false);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				PHONE.width
			);
			await close(page);
		}
	);

	it.each(['zh', 'en'] as Lang[])(
		'/%s/: the menu opens without JavaScript and leads to its pages',
		async (lang) => {
			const page = await openPage(`/${lang}/2022/legal-affairs/`, {
				viewport: PHONE,
				javaScriptEnabled: false,
			});
			await page.click('.site-menu > summary');
			expect(await page.isVisible(`.site-nav a[href="/${lang}/about/"]`)).toBe(true);
			await page.click(`.site-nav a[href="/${lang}/about/"]`);
			await page.waitForURL(`**/${lang}/about/`);
			await close(page);
		}
	);

	it('on a desktop the navigation is shown without a toggle', async () => {
		const page = await openPage('/en/2022/legal-affairs/', { javaScriptEnabled: false });
		expect(await page.isVisible('.site-nav a[href="/en/about/"]')).toBe(true);
		expect(await page.isVisible('.site-menu > summary')).toBe(false);
		await page.click('.site-nav a[href="/en/about/"]');
		await page.waitForURL('**/en/about/');
		await close(page);
	});

	it.each([
		[768, '/zh/2022/standing-committee/'],
		[1024, '/en/2022/standing-committee/'],
		[1024, '/zh/2022/legal-affairs/bilingual/'],
		[1280, '/en/2022/legal-affairs/'],
	])('at %i px the paragraph numbers in the margin are on the screen (%s)', async (width, path) => {
		const page = await openPage(path, { viewport: { width, height: 900 } });
		const lefts = await page.$$eval('a.pn', (as) => as.map((a) => a.getBoundingClientRect().left));
		expect(lefts.length).toBeGreaterThan(2);
		expect(Math.min(...lefts)).toBeGreaterThanOrEqual(0);
		await close(page);
	});

	it('the first paragraph of every report, in both languages, starts on the first screen', async () => {
		const late: string[] = [];
		const pages = (await htmlFiles(inject('siteDir'))).filter((f) =>
			/^(zh|en)\/\d{4}\/[^/]+\/index\.html$/.test(f)
		);
		expect(pages.length).toBe(corpusReports().length * 2);
		for (const file of pages) {
			const page = await openPage(`/${file.replace(/index\.html$/, '')}`, { viewport: PHONE });
			// Its first two lines, not only its top edge, are on the screen.
			const bottomOfTwoLines = await page.$eval(
				'#p1',
				(p) => p.getBoundingClientRect().top + 2 * parseFloat(getComputedStyle(p).lineHeight)
			);
			if (bottomOfTwoLines > PHONE.height) late.push(`${file}: ${Math.round(bottomOfTwoLines)} px`);
			await close(page);
		}
		expect(late).toEqual([]);
	});

	it('the table of contents is collapsed on a phone and open beside the text on a desktop', async () => {
		const phone = await openPage('/zh/2022/standing-committee/', {
			viewport: PHONE,
			javaScriptEnabled: false,
		});
		expect(await phone.isVisible('.toc summary')).toBe(true);
		expect(await phone.isVisible('.toc a[href="#s1"]')).toBe(false);
		await phone.click('.toc summary');
		await phone.click('.toc a[href="#s3"]');
		await phone.waitForURL('**/#s3');
		await close(phone);
		const desktop = await openPage('/zh/2022/standing-committee/');
		expect(await desktop.isVisible('.toc a[href="#s1"]')).toBe(true);
		const [toc, text] = await Promise.all(
			['.toc', '.report-text'].map((s) => desktop.$eval(s, (el) => el.getBoundingClientRect().left))
		);
		expect(toc).toBeGreaterThan(text!);
		await close(desktop);
	});
});

describe.skipIf(!browser)('measure, line height and layout shift (Chromium)', () => {
	it.each([
		['zh', 30, 38, 1.7],
		['en', 30, 38, 1.5],
	] as [Lang, number, number, number][])(
		'/%s/: a line of text is %i–%i em long, lines at least %s apart',
		async (lang, min, max, leading) => {
			const page = await openPage(`/${lang}/2022/legal-affairs/`);
			const { em, ratio } = await page.$eval('#p2', (p) => {
				const style = getComputedStyle(p);
				const size = parseFloat(style.fontSize);
				return {
					em: p.getBoundingClientRect().width / size,
					ratio: parseFloat(style.lineHeight) / size,
				};
			});
			// A Chinese character is one em wide: 30–38 characters a line; Latin text averages about half an em a letter.
			expect(em).toBeGreaterThanOrEqual(min);
			expect(em).toBeLessThanOrEqual(max);
			expect(ratio).toBeGreaterThanOrEqual(leading);
			await close(page);
		}
	);

	it('English inside a Chinese page is set in Latin type, Chinese inside an English page in CJK type', async () => {
		const page = await openPage('/zh/2022/legal-affairs/bilingual/');
		const fontOf = (selector: string) =>
			page.$eval(selector, (el) => getComputedStyle(el).fontFamily.split(',')[0]!.trim());
		expect(await fontOf('.col--en p')).toBe('system-ui');
		expect(await fontOf('.col--zh p')).toBe('"PingFang SC"');
		await page.goto(new URL('en/2022/legal-affairs/bilingual/', site().url).href);
		expect(await fontOf('.col--zh p')).toBe('"PingFang SC"');
		expect(await fontOf('.col--en p')).toBe('system-ui');
		await close(page);
	});

	/** Adds up the layout shifts of the page so far that no input caused (CLS as browsers count it). */
	const layoutShift = (page: Page) =>
		page.evaluate(
			() =>
				new Promise<number>((done) => {
					let sum = 0;
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries() as (PerformanceEntry & {
							value: number;
							hadRecentInput: boolean;
						})[])
							if (!entry.hadRecentInput) sum += entry.value;
					}).observe({ type: 'layout-shift', buffered: true });
					setTimeout(() => done(sum), 300);
				})
		);

	it.each([
		['/zh/2022/standing-committee/#p4', PHONE],
		['/en/2022/standing-committee/', DESKTOP],
		['/zh/search/?q=%E9%BB%84%E8%8A%B1', PHONE],
		['/en/search/?q=daylily', DESKTOP],
	])('%s does not shift while it and its search load', async (path, viewport) => {
		const page = await openPage(path, { viewport });
		if (path.includes('search')) await page.waitForSelector('[data-search-results] li');
		await page.waitForLoadState('networkidle');
		expect(await layoutShift(page)).toBe(0);
		await close(page);
	});

	it('the header search box shows its results without moving the page', async () => {
		const page = await openPage('/zh/2022/legal-affairs/', { viewport: PHONE });
		const before = await page.$eval('#p1', (p) => p.getBoundingClientRect().top);
		await page.fill('#site-search', '黄花');
		await page.waitForSelector('#site-search-results:not([hidden]) [role="option"]');
		expect(await page.$eval('#p1', (p) => p.getBoundingClientRect().top)).toBe(before);
		const results = await page.$eval(
			'#site-search-results',
			(el) => el.getBoundingClientRect().toJSON() as DOMRect
		);
		expect(results.left).toBeGreaterThanOrEqual(0);
		expect(results.right).toBeLessThanOrEqual(PHONE.width);
		await close(page);
	});
});

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);
async function axeViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ content: axeSource });
	return await page.evaluate<string[]>(
		`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`
	);
}
const PAGE_TYPES = [
	'LANG/',
	'LANG/2022/',
	'LANG/2022/standing-committee/#p3',
	'LANG/2022/social-development/',
	'LANG/2022/legal-affairs/bilingual/',
	'LANG/committees/',
	'LANG/committees/legal-affairs/',
	'LANG/search/?q=QUERY',
	'LANG/glossary/',
	'LANG/about/',
];
const QUERY = { zh: '%E9%BB%84%E8%8A%B1', en: 'daylily' };

describe.skipIf(!browser)('dark theme (Chromium, prefers-color-scheme: dark)', () => {
	it('follows the reader’s scheme', async () => {
		const page = await openPage('/zh/', { colorScheme: 'dark' });
		const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		await page.emulateMedia({ colorScheme: 'light' });
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(
			dark
		);
		expect(dark).toBe('rgb(23, 23, 26)');
		await close(page);
	});

	it.each([
		'',
		...(['zh', 'en'] as Lang[]).flatMap((lang) =>
			PAGE_TYPES.map((p) => p.replace('LANG', lang).replace('QUERY', QUERY[lang]))
		),
	])('/%s has no axe violation in the dark scheme', async (path) => {
		const page = await openPage(path, { colorScheme: 'dark', bypassCSP: true });
		if (path.includes('search/?q=')) await page.waitForSelector('[data-search-results] li');
		expect(await axeViolations(page)).toEqual([]);
		await close(page);
	});

	it.each([
		['light', 'zh'],
		['dark', 'zh'],
		['light', 'en'],
		['dark', 'en'],
	] as [Scheme, Lang][])(
		'the open citation box and the open phone menu have no axe violation (%s, %s)',
		async (colorScheme, lang) => {
			const page = await openPage(`/${lang}/2022/standing-committee/`, {
				colorScheme,
				bypassCSP: true,
				viewport: PHONE,
			});
			await page.click('.site-menu > summary');
			await page.click('#p5 a.pn');
			await page.waitForSelector('.cite-box');
			expect(await axeViolations(page)).toEqual([]);
			await close(page);
		}
	);
});

describe.skipIf(!browser)('print (Chromium)', () => {
	it.each(['zh', 'en'] as Lang[])(
		'/%s/: no navigation, search or language switch; numbers kept; URL and citation at the end',
		async (lang) => {
			const page = await openPage(`/${lang}/2022/legal-affairs/`, { colorScheme: 'dark' });
			await page.emulateMedia({ media: 'print' });
			for (const selector of [
				'.site-header',
				'.site-nav',
				'#site-search',
				'a[data-lang-switch]',
				'.breadcrumbs',
				'.pager',
			])
				expect(await page.isVisible(selector), selector).toBe(false);
			expect(await page.isVisible('#p2 a.pn')).toBe(true);
			const notes = await page.$$eval('.site-footer .print-only', (ps) =>
				ps.filter((p) => p.checkVisibility()).map((p) => p.textContent.trim())
			);
			expect(notes).toEqual([
				`${STRINGS[lang]['reading.citeAs']} ${expectedCitation(lang, 'legal-affairs')}`,
				`${STRINGS[lang]['reading.pageUrl']} ${HOSTED}${lang}/2022/legal-affairs/`,
			]);
			// Paper is white whatever the screen's scheme.
			expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
				'rgb(255, 255, 255)'
			);
			await close(page);
		}
	);

	it('a PDF of a report (Chromium page.pdf, read back by pdftotext) ends with its citation and URL, keeps the numbers, drops the chrome', async () => {
		const page = await openPage('/en/2022/legal-affairs/');
		const dir = mkdtempSync(join(tmpdir(), 'archive-print-'));
		try {
			const pdf = join(dir, 'legal-affairs.pdf');
			writeFileSync(pdf, await page.pdf({ format: 'A4' }));
			const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
			const flat = text.replace(/\s+/g, ' ');
			expect(flat).toContain('Performing Duties with Courage and Responsibility');
			for (const n of [1, 2, 3]) expect(text).toMatch(new RegExp(`^\\s*${n}\\s+\\S`, 'm'));
			for (const chrome of [
				en['nav.skip'],
				en['search.placeholder'],
				en['report.bilingual'],
				en['lang.switch'],
			])
				expect(flat).not.toContain(chrome);
			const citation = `${en['reading.citeAs']} ${expectedCitation('en', 'legal-affairs')}`;
			expect(flat).toContain(citation);
			expect(flat.trim().endsWith(`${en['reading.pageUrl']} ${HOSTED}en/2022/legal-affairs/`)).toBe(
				true
			);
		} finally {
			rmSync(dir, { recursive: true, force: true });
			await close(page);
		}
	});
});
