/**
 * The cite control in Chromium: each paragraph's number opens a citation
 * dialog, by mouse, by touch on a phone (390 × 844, hasTouch/isMobile) and by
 * keyboard; focus moves into the dialog, stays there and returns to the
 * number; the copied text (clipboard permission granted) is the citation, in
 * the reader's language and script, with the author, the publication (or that
 * it was not recorded) and today's date as the access date. Expectations come from content/
 * (tests/helpers/citations.ts), not from the page's own data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { formatCitation } from '../../src/lib/citation.ts';
import { formatDate, localIsoDate } from '../../src/lib/content/dates.ts';
import { toHant } from '../../src/lib/hant.ts';
import en from '../../src/i18n/en.json' with { type: 'json' };
import zh from '../../src/i18n/zh.json' with { type: 'json' };
import { expectedParts, HOSTED, type ReaderLang, reportToCite } from '../helpers/citations.ts';
import { select, textOf } from '../helpers/html.ts';
import { useBrowser } from '../helpers/pages.ts';

const { browser, site, openInContext: openPage } = await useBrowser();
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const cited = reportToCite();
const { year, slug } = cited.zh;
const paragraphs = cited.zh.blocks.filter((b) => b.kind === 'paragraph').length;
/** A paragraph a little way into the report (the last one of a short report). */
const N = Math.min(3, paragraphs);
const STRINGS: Record<ReaderLang, Record<keyof typeof zh, string>> = {
	zh,
	en,
	'zh-hant': Object.fromEntries(Object.entries(zh).map(([k, v]) => [k, toHant(v)])) as typeof zh,
};
const reportPath = (lang: ReaderLang) => `/${lang}/${year}/${slug}/`;
/** What the copied citation says of the printed source: its newspaper where recorded, else that it was not. */
const publicationWords = (lang: ReaderLang) => {
	const recorded = (
		cited.zh.frontmatter as { publication?: { newspaper: { zh: string; en: string } } }
	).publication;
	if (recorded)
		return lang === 'en'
			? recorded.newspaper.en
			: lang === 'zh'
				? recorded.newspaper.zh
				: toHant(recorded.newspaper.zh);
	return {
		en: 'Original publication not recorded.',
		zh: '原载: 未记录.',
		'zh-hant': '原載: 未記錄.',
	}[lang];
};
const control = (n = N) => `#p${n} a.pn`;

const close = (page: Page) => page.context().close();

/** Whether focus is inside the open citation dialog. */
const focusInDialog = (page: Page) =>
	page.evaluate(() => Boolean(document.activeElement?.closest('dialog.cite-box[open]')));
/** Whether focus is on the cite control of paragraph n. The dialog's close event, which gives it back, is a task of its own: poll. */
const focusOnControl = (page: Page, n = N) =>
	page.evaluate((n) => document.activeElement === document.querySelector(`#p${n} a.pn`), n);

/** Copies the open dialog's citation with its button and returns the clipboard's text. */
async function copyCitation(page: Page, lang: ReaderLang, tap = false): Promise<string> {
	if (tap) await page.tap('.cite-box [data-cite-copy]');
	else await page.click('.cite-box [data-cite-copy]');
	await expect
		.poll(() => page.textContent('.cite-box [role="status"]'))
		.toBe(STRINGS[lang]['reading.copied']);
	return page.evaluate(() => navigator.clipboard.readText());
}

/** The citation of paragraph n for a reader of `lang`, accessed today. */
const expectedCitation = (lang: ReaderLang, n = N) =>
	formatCitation({
		...expectedParts(inject('siteDir'), lang, cited),
		paragraph: n,
		accessed: localIsoDate(),
	});

describe.skipIf(!browser)('the cite control (Chromium)', () => {
	it.each(['zh', 'zh-hant', 'en'] as ReaderLang[])(
		'/%s/: choosing a paragraph’s number lands on it and opens its citation, which Copy puts on the clipboard',
		async (lang) => {
			const page = await openPage(reportPath(lang), { clipboard: true });
			expect(await page.$$('dialog.cite-box[open]')).toHaveLength(0);
			await page.click(control());
			await page.waitForURL(`**/#p${N}`);
			await page.waitForSelector('dialog.cite-box[open]');
			expect(await focusInDialog(page)).toBe(true);
			const copied = await copyCitation(page, lang);
			expect(copied).toBe(expectedCitation(lang));
			expect(await page.textContent('.cite-box__text')).toBe(copied);
			expect(copied).toContain(`${HOSTED}${lang}/${year}/${slug}/#p${N}`);
			expect(copied).toContain(publicationWords(lang));
			expect(copied).toContain(
				lang === 'en' ? `Accessed ${formatDate(localIsoDate(), 'en')}.` : `[${localIsoDate()}].`
			);
			await close(page);
		}
	);

	it('/zh-hant/ copies a citation wholly in Traditional characters: the Simplified one, converted', async () => {
		const page = await openPage(reportPath('zh-hant'), { clipboard: true });
		await page.click(control());
		const copied = await copyCitation(page, 'zh-hant');
		const simplified = formatCitation({
			...expectedParts(inject('siteDir'), 'zh', cited),
			textLang: 'zh-hant',
			paragraph: N,
			accessed: localIsoDate(),
			url: `${HOSTED}zh-hant/${year}/${slug}/`,
		});
		expect(copied).toBe(toHant(simplified));
		expect(copied).not.toBe(simplified);
		await close(page);
	});

	it('on a phone, by touch (390 × 844): a tap opens it, focus is inside and stays there, Escape gives it back to the number', async () => {
		const page = await openPage(reportPath('zh'), {
			viewport: PHONE,
			hasTouch: true,
			isMobile: true,
			clipboard: true,
		});
		const box = (await page.locator(control()).boundingBox())!;
		expect(box.width).toBeGreaterThanOrEqual(24);
		expect(box.height).toBeGreaterThanOrEqual(24);
		await page.tap(control());
		await page.waitForSelector('dialog.cite-box[open]');
		expect(await focusInDialog(page)).toBe(true);
		for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
			await page.keyboard.press(key);
			expect(await focusInDialog(page), key).toBe(true);
		}
		// The dialog is on the screen, its long URL wrapped, and the page does not scroll sideways.
		const rect = await page.$eval(
			'dialog.cite-box',
			(d) => d.getBoundingClientRect().toJSON() as DOMRect
		);
		expect(rect.left).toBeGreaterThanOrEqual(0);
		expect(rect.right).toBeLessThanOrEqual(PHONE.width);
		expect(rect.bottom).toBeLessThanOrEqual(PHONE.height);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			PHONE.width
		);
		expect(await copyCitation(page, 'zh', true)).toBe(expectedCitation('zh'));
		await page.keyboard.press('Escape');
		expect(await page.$$('dialog.cite-box[open]')).toHaveLength(0);
		await expect.poll(() => focusOnControl(page)).toBe(true);
		await close(page);
	});

	it('by keyboard: Enter on the number opens it, Tab cycles through its buttons, Escape and Close return focus', async () => {
		const page = await openPage(reportPath('en'), { clipboard: true });
		await page.focus(control());
		await page.keyboard.press('Enter');
		await page.waitForSelector('dialog.cite-box[open]');
		const focused = () =>
			page.evaluate(() => {
				const el = document.activeElement;
				return el?.hasAttribute('data-cite-copy')
					? 'copy'
					: el?.hasAttribute('data-cite-copy-link')
						? 'link'
						: el?.hasAttribute('data-cite-close')
							? 'close'
							: el?.outerHTML.slice(0, 60);
			});
		expect(await focused()).toBe('copy');
		const seen = [];
		for (let i = 0; i < 4; i++) {
			await page.keyboard.press('Tab');
			seen.push(await focused());
		}
		expect(seen).toEqual(['link', 'close', 'copy', 'link']);
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Shift+Tab');
		expect(await focused()).toBe('close');
		await page.keyboard.press('Escape');
		expect(await page.$$('dialog.cite-box[open]')).toHaveLength(0);
		await expect.poll(() => focusOnControl(page)).toBe(true);
		// Again, closed with its Close button.
		await page.keyboard.press('Enter');
		await page.waitForSelector('dialog.cite-box[open]');
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Enter');
		expect(await page.$$('dialog.cite-box[open]')).toHaveLength(0);
		await expect.poll(() => focusOnControl(page)).toBe(true);
		expect(new URL(page.url()).hash).toBe(`#p${N}`);
		await close(page);
	});

	it.each([
		['zh', PHONE],
		['en', PHONE],
		['zh-hant', DESKTOP],
		['en', DESKTOP],
	] as [ReaderLang, typeof PHONE][])(
		'/%s/: every paragraph’s number is a control of at least 24 × 24 px named “cite paragraph N” (%o)',
		async (lang, viewport) => {
			const page = await openPage(reportPath(lang), { viewport });
			const controls = await page.$$eval('p.para a.pn', (links) =>
				links.map((a) => {
					const r = a.getBoundingClientRect();
					return { name: a.getAttribute('aria-label'), width: r.width, height: r.height };
				})
			);
			expect(controls).toHaveLength(paragraphs);
			controls.forEach((c, i) => {
				expect(c.name).toBe(STRINGS[lang]['reading.citeParagraph'].replace('{n}', String(i + 1)));
				expect(c.width, c.name!).toBeGreaterThanOrEqual(24);
				expect(c.height, c.name!).toBeGreaterThanOrEqual(24);
			});
			await close(page);
		}
	);

	it('a tap outside the dialog closes it; another number then cites its own paragraph', async () => {
		const page = await openPage(reportPath('en'), {
			viewport: PHONE,
			hasTouch: true,
			isMobile: true,
		});
		await page.tap(control());
		await page.waitForSelector('dialog.cite-box[open]');
		await page.touchscreen.tap(PHONE.width / 2, 10);
		expect(await page.$$('dialog.cite-box[open]')).toHaveLength(0);
		await page.tap(control(1));
		expect(await page.textContent('.cite-box__text')).toBe(expectedCitation('en', 1));
		expect(await page.textContent('.cite-box__title')).toBe(
			en['reading.citeParagraph'].replace('{n}', '1')
		);
		await close(page);
	});

	it('a number opened in a new tab (Ctrl+click) stays a link: no dialog on this page', async () => {
		const page = await openPage(reportPath('en'));
		const opened = page.context().waitForEvent('page');
		await page.click(control(), { modifiers: ['Control'] });
		expect(new URL((await opened).url()).hash).toBe(`#p${N}`);
		expect(await page.$$('dialog.cite-box[open]')).toHaveLength(0);
		await close(page);
	});

	it('without JavaScript the number is the paragraph’s link, and no dialog appears', async () => {
		const page = await openPage(reportPath('en'), { javaScriptEnabled: false });
		await page.click(control());
		await page.waitForURL(`**/#p${N}`);
		expect(await page.$$('dialog')).toHaveLength(0);
		await close(page);
	});

	it('when the clipboard refuses, the citation is left selected to copy by hand', async () => {
		const page = await openPage(reportPath('en'));
		await page.evaluate(() => {
			Object.defineProperty(navigator, 'clipboard', {
				value: { writeText: () => Promise.reject(new Error('denied')) },
			});
		});
		await page.click(control());
		await page.click('.cite-box [data-cite-copy]');
		await expect
			.poll(() => page.textContent('.cite-box [role="status"]'))
			.toBe(en['reading.copyFailed']);
		expect(await page.evaluate(() => getSelection()?.toString())).toBe(expectedCitation('en'));
		await close(page);
	});

	it('Copy link copies the paragraph’s hosted URL alone', async () => {
		const page = await openPage(reportPath('zh'), { clipboard: true });
		await page.click(control());
		await page.click('.cite-box [data-cite-copy-link]');
		await expect
			.poll(() => page.textContent('.cite-box [role="status"]'))
			.toBe(zh['reading.linkCopied']);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${HOSTED}zh/${year}/${slug}/#p${N}`
		);
		await close(page);
	});

	it('the offline edition from file:// opens the same dialog and copies the hosted URL, not a file path', async () => {
		const page = await openPage(
			pathToFileURL(join(inject('offlineDir'), 'zh', String(year), slug, 'index.html')).href,
			{ clipboard: true }
		);
		await page.click(control());
		await page.waitForSelector('dialog.cite-box[open]');
		expect(await focusInDialog(page)).toBe(true);
		expect(await copyCitation(page, 'zh')).toBe(expectedCitation('zh'));
		await close(page);
	});

	it.each(['zh', 'en'] as ReaderLang[])(
		'the %s about page’s “How to cite” is what the control copies, less the access date',
		async (lang) => {
			const page = await openPage(reportPath(lang), { clipboard: true });
			// The about page cites paragraph 2 of its example report; cite the same one here.
			const example = readFileSync(join(inject('siteDir'), lang, 'about', 'index.html'), 'utf8');
			const href = String(select(example, 'blockquote a')[0]!.properties['href']);
			await page.goto(new URL(href.replace(/^\//, ''), site().url).href);
			await page.click('#p2 a.pn');
			const copied = await copyCitation(page, lang);
			const accessed =
				lang === 'en' ? ` Accessed ${formatDate(localIsoDate(), 'en')}.` : ` [${localIsoDate()}].`;
			expect(copied).toContain(accessed);
			expect(textOf(select(example, '[data-citation-example]')[0]!).trim()).toBe(
				copied.replace(accessed, '')
			);
			await close(page);
		}
	);
});

describe('citations in the built pages', () => {
	it('an English page that shows the untranslated Chinese cites the Chinese original', () => {
		const dir = inject('fallbackDir');
		const html = readFileSync(join(dir, 'en', '2022', 'finance-economics', 'index.html'), 'utf8');
		const parts = JSON.parse(
			String(select(html, 'article[data-cite]')[0]!.properties['dataCite'])
		) as { textLang: string; translator?: string };
		expect(parts.textLang).toBe('zh');
		expect(parts.translator).toBeUndefined();
		// The language, then the newspaper or that it was not recorded (seeds/<year>.yaml), then the URL.
		expect(textOf(select(html, '.site-footer .print-only')[0]!)).toMatch(
			/\. Chinese original\. (Original(ly)? [^.]*\. )?https:\/\/archive\.example\.org\/en\/2022\/finance-economics\/\./
		);
	});
});
