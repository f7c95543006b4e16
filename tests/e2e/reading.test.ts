/**
 * Reading in Chromium: the paragraph a link lands on is highlighted
 * (hosted, offline, without script, after the language switch; the cite control
 * itself is tested in citation.test.ts), the phone layout (one header bar, a
 * menu that opens without script, the first paragraph on the first screen; at
 * 320 px the search box on a row of its own), the measure and line height of
 * both scripts, no layout shift, the dark theme
 * (axe-core in both schemes) and the print stylesheet (read back by pdftotext).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { formatCitation } from '../../src/lib/citation.ts';
import en from '../../src/i18n/en.json' with { type: 'json' };
import zh from '../../src/i18n/zh.json' with { type: 'json' };
import { expectedParts } from '../helpers/citations.ts';
import { contentPairs } from '../helpers/content.ts';
import { useBrowser } from '../helpers/pages.ts';
import { htmlFiles } from '../helpers/site.ts';

const { browser, site, openInContext: openPage } = await useBrowser();
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const HOSTED = 'https://archive.example.org/';
const STRINGS = { zh, en };
type Lang = 'zh' | 'en';
type Scheme = 'light' | 'dark';

const close = (page: Page) => page.context().close();

/** The citation of a whole report, as the print stylesheet ends the page with it (parts from content/). */
function expectedCitation(lang: Lang, slug: string): string {
	const pair = contentPairs().find((p) => p.zh.year === 2022 && p.zh.slug === slug)!;
	return formatCitation(expectedParts(inject('siteDir'), lang, pair));
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
		// The number opened its citation (its script loads on this first tap); close it to reach the switch.
		await page.waitForSelector('dialog.cite-box[open]');
		await page.keyboard.press('Escape');
		await page.waitForSelector('dialog.cite-box[open]', { state: 'detached' });
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

	it.each(['zh', 'zh-hant', 'en'] as const)(
		'/%s/ at 320 px: the search box has a row of its own under the site name, language and menu',
		async (lang) => {
			const width = 320;
			const { zh } = contentPairs().find((p) => p.zh.frontmatter['kind'] === 'committee')!;
			const page = await openPage(`/${lang}/${zh.year}/${zh.slug}/`, {
				viewport: { width, height: 640 },
			});
			const box = (selector: string) =>
				page.$eval(selector, (el) => el.getBoundingClientRect().toJSON() as DOMRect);
			const [title, search, button, menu] = await Promise.all(
				['.site-title', '#site-search', '.search-form button', '.site-menu > summary'].map(box)
			);
			expect(search!.top).toBeGreaterThanOrEqual(Math.max(title!.bottom, menu!.bottom));
			// The box takes the row but for its button.
			expect(search!.width + button!.width).toBeGreaterThan(width * 0.8);
			for (const el of [title!, search!, button!, menu!])
				expect(el.right).toBeLessThanOrEqual(width);
			expect((await box('.site-header')).height).toBeLessThanOrEqual(110);
			expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(
				width
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
		// Every report of content/, in Chinese and in English.
		expect(pages.length).toBe(2 * contentPairs().length);
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
	'LANG/documents/',
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
