/**
 * The glossary and the index of laws and documents as built, in the three
 * languages: terms in pinyin order with their pinyin, every link landing on a
 * paragraph whose Chinese holds the term or cites the title, titles with their
 * English, the Traditional pages converted, and documents.csv on the Data page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import Papa from 'papaparse';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DOCUMENTS } from '../../src/lib/content/documents.ts';
import { comparePinyin, pinyinOf } from '../../src/lib/content/pinyin.ts';
import { TERMS } from '../../src/lib/glossary.ts';
import { toHant } from '../../src/lib/hant.ts';
import { LANGS } from '../../src/lib/i18n.ts';
import { readingText, select, textOf } from '../helpers/html.ts';

let dir: string;
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const page = (path: string) => read(join(path, 'index.html'));

beforeAll(() => {
	dir = inject('siteDir');
});

/** The Chinese text of the paragraph a link points to (on the Simplified page of the same report). */
function paragraphOf(href: string): string {
	const [path, id] = href.replace(/^\/(zh-hant|zh|en)\//, '/zh/').split('#');
	const paragraph = select(read(join(path!.slice(1), 'index.html')), `#${id}`)[0];
	return paragraph ? readingText(paragraph).replace(/[“”]/g, '') : '';
}

describe('the glossary page', () => {
	it('lists every glossary term in pinyin order, with its pinyin, in every language', () => {
		for (const lang of LANGS) {
			const html = page(`${lang}/glossary`);
			const zh = select(html, '.glossary-zh').map(textOf);
			const expected = TERMS.map((t) => t.zh).sort(comparePinyin);
			expect(zh, lang).toEqual(lang === 'zh-hant' ? expected.map(toHant) : expected);
			expect(select(html, '.glossary-entry .pinyin').map(textOf)).toEqual(
				TERMS.map((t) => t.zh)
					.sort(comparePinyin)
					.map((t) => TERMS.find((term) => term.zh === t)!.pinyin ?? pinyinOf(t))
			);
		}
	});

	it('links each term to paragraphs of the page’s language whose Chinese holds it', () => {
		for (const lang of LANGS) {
			const entries = select(page(`${lang}/glossary`), '.glossary-entry');
			let links = 0;
			for (const [i, entry] of entries.entries()) {
				const term = TERMS.map((t) => t.zh).sort(comparePinyin)[i]!;
				for (const link of selectAll('a.paragraph-link', entry)) {
					const href = String(link.properties['href']);
					expect(href.startsWith(`/${lang}/`), href).toBe(true);
					expect(paragraphOf(href), `${term} → ${href}`).toContain(term.replace(/[“”]/g, ''));
					links += 1;
				}
			}
			expect(links, lang).toBeGreaterThan(TERMS.length / 2);
		}
	});

	it('explains the political terms in the page’s language', () => {
		const term = TERMS.find((t) => t.explanation)!;
		const explanation = (lang: string) =>
			select(page(`${lang}/glossary`), '.glossary-explanation').map(textOf);
		expect(explanation('zh')).toContain(term.explanation!.zh);
		expect(explanation('en')).toContain(term.explanation!.en);
		expect(explanation('zh-hant')).toContain(toHant(term.explanation!.zh));
	});
});

describe('the index of laws and documents', () => {
	it('lists every title the reports cite in 《》, with its English title, in every language', () => {
		const cited = new Set(
			select(page('zh/documents'), '.document-entry .document-title').map((el) =>
				textOf(el).replace(/^《|》$/g, '')
			)
		);
		expect(cited.size).toBeGreaterThan(0);
		for (const lang of LANGS) {
			const entries = select(page(`${lang}/documents`), '.document-entry');
			expect(entries.length, lang).toBe(cited.size);
			const english = select(page(`${lang}/documents`), '.document-entry cite[lang="en"]').map(
				textOf
			);
			expect(english.sort(), lang).toEqual(
				DOCUMENTS.filter((d) => cited.has(d.zh))
					.map((d) => d.en)
					.sort()
			);
		}
		// The Traditional page shows the titles converted, in the same order.
		const titles = (lang: string) =>
			select(page(`${lang}/documents`), '.document-entry .document-title').map(textOf);
		expect(titles('zh-hant')).toEqual(titles('zh').map(toHant));
	});

	it('links each title to the paragraphs citing it', () => {
		for (const lang of LANGS) {
			for (const entry of select(page(`${lang}/documents`), '.document-entry')) {
				const title = textOf(selectAll('[lang^="zh"]', entry)[0]!);
				const links = selectAll('a.paragraph-link', entry).map((a) => String(a.properties['href']));
				expect(links.length, title).toBeGreaterThan(0);
				for (const href of links) {
					expect(href.startsWith(`/${lang}/`), href).toBe(true);
					const zh = paragraphOf(href);
					expect(lang === 'zh-hant' ? toHant(zh) : zh, href).toContain(title);
				}
			}
		}
	});

	it('is in the navigation and on the glossary page, and its CSV is on the Data page', () => {
		for (const lang of LANGS) {
			const nav = select(page(`${lang}/documents`), '.site-nav a[aria-current="page"]');
			expect(nav.map((a) => a.properties['href'])).toEqual([`/${lang}/documents/`]);
			expect(
				select(page(`${lang}/glossary`), 'main a').some(
					(a) => a.properties['href'] === `/${lang}/documents/`
				)
			).toBe(true);
			expect(
				select(page(`${lang}/data`), 'a[download]').map((a) => a.properties['href'])
			).toContain('/data/documents.csv');
		}
		const csv = Papa.parse<Record<string, string>>(read('data/documents.csv'), {
			header: true,
			skipEmptyLines: true,
		});
		expect(csv.errors).toEqual([]);
		for (const row of csv.data)
			expect(paragraphOf(`/zh/${row['year']}/${row['report']}/#p${row['paragraph']}`)).toContain(
				`《${row['zh']}》`
			);
	});
});
