/**
 * The fictional 2031 year translated end to end as an archivist would
 * (tests/helpers/translated-year.ts): XLIFF export, targets filled — hostile
 * text, a placeholder moved within its sentence — import, build. The English
 * pages read in English, show hostile text as text, keep the paragraph anchors
 * of the Chinese, show a partly translated page paragraph by paragraph, and
 * mark only the paragraph whose Chinese changed with a later decision.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { indexedText, select, textOf } from '../helpers/html.ts';
import { useBrowser } from '../helpers/pages.ts';
import { getCommittee } from '../../src/lib/committees.ts';
import { hasStrayHan } from '../../src/lib/content/page-units.ts';
import {
	HOSTILE_BLOCK,
	HOSTILE_P2,
	HOSTILE_P3,
	UNTRANSLATED_HEAD,
} from '../helpers/translated-year.ts';
import { readReports, runTranslations } from '../helpers/translations.ts';

let dir: string;
const page = (path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');
/** A paragraph's text without its number link and its notice. */
const paragraphText = (html: string, id: string) => {
	const node = select(html, `#${id}`)[0]!;
	const skip = select({ type: 'root', children: [node] }, '.pn, .para-notice').map(textOf);
	return skip.reduce((text, part) => text.replace(part, ''), textOf(node));
};

beforeAll(() => {
	dir = inject('translatedDir');
});

describe('a report translated through XLIFF', () => {
	it('is an English page with the imported English, hostile text shown as text', () => {
		const html = page('en/2031/legal-affairs');
		expect(select(html, '.report-text')[0]!.properties['lang']).toBe('en');
		expect(paragraphText(html, 'p2')).toBe(HOSTILE_P2);
		expect(paragraphText(html, 'p3')).toBe(HOSTILE_P3);
		expect(
			select(
				html,
				'.report-text script, .report-text strong, .report-text em, .report-text code, .report-text h1, .report-text a:not(.pn):not([href^="#"])'
			)
		).toEqual([]);
		expect(select(html, '[data-translation]')).toEqual([]);
		expect(textOf(select(html, 'h1')[0]!)).toBe('Legal Affairs Committee');
	});

	it('shows Markdown block syntax at the start of a translated paragraph as text', () => {
		const html = page('en/2031/supervisory-judicial-affairs');
		expect(paragraphText(html, 'p1')).toBe(HOSTILE_BLOCK);
		expect(
			select(
				html,
				'.report-text h1, .report-text h2, .report-text blockquote, .report-text ol, .report-text ul'
			)
		).toEqual([]);
	});

	it('keeps the paragraph anchors of the Chinese page', () => {
		for (const slug of ['standing-committee', 'legal-affairs']) {
			const ids = (lang: string) =>
				select(page(`${lang}/2031/${slug}`), '.report-text p[id]').map((p) => p.properties['id']);
			expect(ids('en')).toEqual(ids('zh'));
			expect(ids('en').length).toBeGreaterThan(1);
		}
	});
});

describe('the year’s introduction written in English', () => {
	it('opens the English year page in English, its table and footnote included', () => {
		const intro = select(page('en/2031'), '.year-intro')[0]!;
		const inside = (selector: string) => select({ type: 'root', children: [intro] }, selector);
		// The page's own language: no lang of its own (the Chinese one, untranslated, is marked zh-Hans).
		expect(intro.properties['lang']).toBeUndefined();
		expect(textOf(inside('h2')[0]!)).toBe('About this year');
		expect(inside('.table-wrap > table thead th').map(textOf)).toEqual(['Article', 'Reports']);
		expect(textOf(inside('section[data-footnotes] h2')[0]!)).toBe('Notes');
		// The Chinese page keeps the Chinese introduction.
		expect(textOf(select(page('zh/2031'), '.year-intro h2')[0]!)).toBe('本年导言');
	});
});

describe('a partly translated report', () => {
	it('says how many paragraphs are translated', () => {
		const notice = select(page('en/2031/standing-committee'), '[data-translation="partial"]');
		expect(notice.map(textOf)).toEqual([
			'4 of 5 paragraphs translated; the others show the Chinese original.',
		]);
	});

	it('shows the untranslated paragraph in Chinese, marked as Chinese, with a notice, out of the English index', () => {
		const html = page('en/2031/standing-committee');
		const p1 = select(html, '#p1')[0]!;
		expect(p1.properties['lang']).toBe('zh-Hans');
		expect(p1.properties['dataParagraphTranslation']).toBe('untranslated');
		expect(textOf(select({ type: 'root', children: [p1] }, '.para-notice')[0]!)).toBe(
			'Not yet translated; the Chinese original:'
		);
		expect(paragraphText(html, 'p1')).toBe('一年来，市人大常委会依法履职，各项工作取得新进展。');
		const indexed = indexedText(html);
		expect(indexed).not.toContain('各项工作取得新进展');
		expect(indexed).toContain('upholding the leadership of the Party');
	});

	it('keeps a fully untranslated report on today’s fallback', () => {
		const html = page('en/2031/ethnic-religious-overseas-affairs');
		expect(select(html, '[data-translation="missing"]')).toHaveLength(1);
		expect(select(html, '[data-paragraph-translation]')).toEqual([]);
	});
});

describe('a report translated but for its head (headline, subtitle, credit)', () => {
	const report = () =>
		readReports(inject('translatedContentDir')).find(
			(r) => r.year === 2031 && r.slug === UNTRANSLATED_HEAD
		)!;

	it('has an English page that leaves the head out rather than copy the Chinese into it', () => {
		const { en, zh } = report();
		expect(en).toBeDefined();
		for (const key of ['article', 'credit']) {
			expect(zh.frontmatter[key]).toBeDefined();
			expect(en!.frontmatter[key]).toBeUndefined();
		}
		// The title is the committee's name: the registry's fixed English comes pre-filled in the export.
		expect(en!.frontmatter['title']).toBe(getCommittee(UNTRANSLATED_HEAD)!.en);
		expect(hasStrayHan(en!.raw.split('\n---\n')[0]!)).toBe(false);
		const status = runTranslations(inject('translatedContentDir'), 'status');
		expect(status.stdout).toMatch(
			new RegExp(
				`2031/${UNTRANSLATED_HEAD}\\s+partial\\s+(\\d+)/\\1\\s+untranslated: article-title article-subtitle credit\n`
			)
		);
	});

	it('shows the Chinese head marked as Chinese and out of the English index, on the page and side by side', () => {
		const zh = report().zh.frontmatter as {
			article: { title: string; subtitle: string };
			credit: string;
		};
		const html = page(`en/2031/${UNTRANSLATED_HEAD}`);
		const chinese = select(html, '.report-head [lang="zh-Hans"]');
		expect(chinese.map(textOf)).toEqual([zh.article.title, zh.article.subtitle, zh.credit]);
		expect(chinese.every((el) => el.properties['dataPagefindIgnore'] === '')).toBe(true);
		expect(indexedText(html)).not.toContain(zh.article.title);
		expect(textOf(select(html, 'h1')[0]!)).toBe(getCommittee(UNTRANSLATED_HEAD)!.en);
		const side = page(`en/2031/${UNTRANSLATED_HEAD}/bilingual`);
		expect(select(side, '.parallel-head [lang="en"] [lang="zh-Hans"]').map(textOf)).toEqual([
			zh.article.title,
			zh.article.subtitle,
			zh.credit,
		]);
	});
});

describe('an overview whose headline is left untranslated', () => {
	it('shows the Chinese headline marked as Chinese wherever the English pages name it', () => {
		const zh = readReports(inject('translatedContentDir')).find(
			(r) => r.year === 2031 && r.slug === 'standing-committee'
		)!;
		const title = zh.zh.frontmatter['title'] as string;
		expect(zh.en!.frontmatter['title']).toBeUndefined();
		const html = page('en/2031/standing-committee');
		const h1 = select(html, 'h1')[0]!;
		expect([textOf(h1), h1.properties['lang']]).toEqual([title, 'zh-Hans']);
		const crumb = select(html, '.breadcrumbs [aria-current]')[0]!;
		expect([textOf(crumb), crumb.properties['lang']]).toEqual([title, 'zh-Hans']);
		const pager = select(page('en/2031/legal-affairs'), '.pager .prev span[lang]');
		expect(pager.map((el) => [textOf(el), el.properties['lang']])).toEqual([[title, 'zh-Hans']]);
		// Side by side, the English column has no headline until it is translated.
		const side = page('en/2031/standing-committee/bilingual');
		expect(select(side, 'h1 > span').map((el) => el.properties['lang'])).toEqual(['zh-Hans']);
	});
});

describe('a decision changed after the translation', () => {
	it('marks only the paragraph it changed as outdated, on the page and in status', () => {
		const html = page('en/2031/standing-committee');
		const marked = select(html, '[data-paragraph-translation="outdated"]').map(
			(p) => p.properties['id']
		);
		expect(marked).toEqual(['p4']);
		expect(textOf(select(html, '#p4 .para-notice')[0]!)).toBe(
			'The Chinese of this paragraph has changed since it was translated; the translation may be outdated.'
		);
		expect(select(page('zh/2031/standing-committee'), '#p4 .mark-note').length).toBeGreaterThan(0);
		const status = runTranslations(inject('translatedContentDir'), 'status');
		expect(status.stdout).toMatch(
			/2031\/standing-committee\s+outdated\s+4\/5\s+outdated: p4; untranslated: title\n/
		);
		expect(status.stdout).toMatch(/2031\/legal-affairs\s+translated\s+3\/3\n/);
	});
});

const { browser, open } = await useBrowser(() => inject('translatedDir'));

describe.skipIf(!browser)('the translated year in Chromium', () => {
	it('reads the English page with the moved mark where the translator put it, and runs nothing', async () => {
		const tab = await open('/en/2031/standing-committee/');
		const dialogs: string[] = [];
		tab.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		const before = await tab.evaluate(() => {
			const mark = document.querySelector('#p2 .mark-join')!;
			return (mark.previousSibling?.textContent ?? '').trim();
		});
		expect(before).toMatch(/under the leadership$/);
		expect(
			await tab.evaluate(() =>
				document.querySelector('#p1')!.closest('[lang]')!.getAttribute('lang')
			)
		).toBe('zh-Hans');
		expect(await tab.isVisible('#p4 .para-notice')).toBe(true);
		const legal = await open('/en/2031/legal-affairs/');
		legal.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		expect(await legal.textContent('#p2')).toContain('<script>alert(1)</script>');
		expect(
			await legal.evaluate(() => document.querySelectorAll('.report-text script').length)
		).toBe(0);
		expect(dialogs).toEqual([]);
		await tab.close();
		await legal.close();
	});
});
