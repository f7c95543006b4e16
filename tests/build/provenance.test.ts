/**
 * Provenance for people in the built pages and editions: the newspaper (or
 * that it was not recorded), the author, the translation's credit and method
 * on English pages, the file, lines and checksum collapsed in a technical
 * part; the about page per year; the EPUB and TEI of a year that records a
 * publication (the fictional 2031 fixture, in the multi-year build) beside the
 * archive's own years (whatever their seeds record). Expectations come from
 * seeds/ and content/.
 */
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { describe, expect, inject, it } from 'vitest';
import { describePublication } from '../../src/lib/content/provenance.ts';
import { toHant } from '../../src/lib/hant.ts';
import { readDecisions, readSeedRecords } from '../../src/lib/content/seed-files.ts';
import en from '../../src/i18n/en.json' with { type: 'json' };
import zh from '../../src/i18n/zh.json' with { type: 'json' };
import type { SeedMeta } from '../../src/lib/schemas.ts';
import { contentPairs } from '../helpers/content.ts';
import { elements as xmlElements, epubcheck, parseXml, unzip } from '../helpers/editions.ts';
import { select, textOf } from '../helpers/html.ts';
import { ROOT } from '../helpers/site.ts';

type Side = 'zh' | 'en';
const STRINGS = { zh, en };
const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');
const pageOf = (dir: string, path: string) => read(dir, join(path, 'index.html'));
const within = (node: string | Element, selector: string): Element[] =>
	typeof node === 'string' ? select(node, selector) : selectAll(selector, node);
const text = (node: string | Element, selector: string) =>
	within(node, selector).map((e) => textOf(e).trim());

/** seeds/<year>.yaml of a seeds folder, by year. */
function seedsIn(dir: string): Map<number, SeedMeta> {
	return new Map(readSeedRecords(dir).map((record) => [record.year, record.meta]));
}
const REAL = seedsIn(join(ROOT, 'seeds'));
const FIXTURE = readDecisions('tests/fixtures/ingest/year-2031/input.yaml', ROOT)!.data;

/** What a page in `side`'s language should say of the publication. */
const publicationLine = (meta: SeedMeta, side: Side) =>
	meta.publication
		? describePublication(meta.publication, side)
		: STRINGS[side]['provenance.notRecorded'];

describe('report pages: provenance for people', () => {
	const pairs = contentPairs();

	it('name the newspaper where it is recorded and say plainly where it is not, in every language', () => {
		const dir = inject('siteDir');
		for (const { zh: page } of pairs) {
			const meta = REAL.get(page.year)!;
			for (const [lang, side] of [
				['zh', 'zh'],
				['en', 'en'],
				['zh-hant', 'zh'],
			] as const) {
				const html = pageOf(dir, `${lang}/${page.year}/${page.slug}`);
				const line = publicationLine(meta, side);
				expect(text(html, '[data-provenance="publication"]'), `${lang} ${page.slug}`).toEqual([
					lang === 'zh-hant' ? toHant(line) : line,
				]);
			}
		}
	});

	it('put the file, the lines and the checksum in a collapsed technical part', () => {
		const dir = inject('siteDir');
		for (const { zh: page } of pairs) {
			const html = pageOf(dir, `en/${page.year}/${page.slug}`);
			const [details] = select(html, '.provenance details');
			expect(details?.properties['open'], page.slug).toBeUndefined();
			const source = page.frontmatter['source'] as { file: string; sha256: string };
			expect(textOf(details!)).toContain(source.file);
			expect(text(html, '.provenance details code.hash')).toEqual([source.sha256]);
			// Nothing technical outside it.
			expect(textOf(select(html, '.provenance > dl')[0]!)).not.toContain(source.sha256);
		}
	});

	it('on English pages, credit the translation (who and how) in the header and at the end', () => {
		const dir = inject('siteDir');
		for (const { zh: page, en: english } of pairs.filter((p) => p.en)) {
			const meta = REAL.get(page.year)!;
			const credit =
				meta.translation?.credit.en ?? (english!.frontmatter['translator'] as string | undefined);
			const html = pageOf(dir, `en/${page.year}/${page.slug}`);
			const [header] = text(html, '.report-head [data-translation-credit]');
			expect(header, page.slug).toContain(credit ?? en['provenance.translationNotRecorded']);
			expect(select(html, '.report-head [data-translation-credit] a')[0]?.properties['href']).toBe(
				'#provenance-translation'
			);
			expect(select(html, '#provenance-translation')).toHaveLength(1);
			if (meta.translation)
				expect(text(html, '[data-provenance="method"]')).toEqual([meta.translation.method.en]);
			// The Chinese pages credit no translation: they show no English.
			expect(
				select(pageOf(dir, `zh/${page.year}/${page.slug}`), '[data-translation-credit]')
			).toEqual([]);
		}
	});

	it('the side-by-side view credits the translation, linking to how the year’s was made', () => {
		const dir = inject('siteDir');
		for (const { zh: page, en: english } of pairs.filter((p) => p.en)) {
			const meta = REAL.get(page.year)!;
			for (const side of ['zh', 'en'] as const) {
				const credit =
					meta.translation?.credit[side] ??
					(english!.frontmatter['translator'] as string | undefined) ??
					STRINGS[side]['provenance.translationNotRecorded'];
				const html = pageOf(dir, `${side}/${page.year}/${page.slug}/bilingual`);
				expect(text(html, '[data-translation-credit]')[0], `${side} ${page.slug}`).toContain(
					credit
				);
				const href = String(select(html, '[data-translation-credit] a')[0]!.properties['href']);
				const [path, anchor] = href.split('#');
				expect(
					select(read(dir, `${path!.replace(/^\//, '')}index.html`), `#${anchor}`)
				).toHaveLength(1);
			}
		}
	});

	it('name the recorded authors', () => {
		const dir = inject('siteDir');
		for (const { zh: page } of pairs) {
			const authors = (page.frontmatter['authors'] ?? []) as { zh: string; en: string }[];
			const html = pageOf(dir, `en/${page.year}/${page.slug}`);
			expect(text(html, '[data-provenance="authors"]'), page.slug).toEqual(
				authors.length > 0 ? [authors.map((a) => a.en).join(' and ')] : []
			);
		}
	});

	it('in a year that records its newspaper (the 2031 fixture), name it, its day and page', () => {
		const dir = inject('multiyearDir');
		for (const side of ['zh', 'en'] as const)
			expect(
				text(pageOf(dir, `${side}/2031/legal-affairs`), '[data-provenance="publication"]')
			).toEqual([describePublication(FIXTURE.publication!, side)]);
		expect(
			text(pageOf(dir, 'zh-hant/2031/legal-affairs'), '[data-provenance="publication"]')
		).toEqual([toHant(describePublication(FIXTURE.publication!, 'zh'))]);
	});
});

describe('the about page: provenance per year', () => {
	it('lists every year with its newspaper or “not recorded”, its authors and its translation', () => {
		const dir = inject('multiyearDir');
		const years = new Map([...REAL, [2031, FIXTURE]]);
		for (const side of ['zh', 'en'] as const) {
			const html = pageOf(dir, `${side}/about`);
			for (const [year, meta] of years) {
				const section = select(html, `#source-${year}`)[0];
				expect(section, `${side} ${year}`).toBeDefined();
				expect(text(section!, '[data-provenance="publication"]')).toEqual([
					publicationLine(meta, side),
				]);
				expect(text(section!, 'details code.hash')).toEqual([meta.source.sha256]);
				// The fixture year has no English in this build, so no translation to credit.
				if (meta.translation && year !== 2031)
					expect(text(section!, '[data-provenance="translator"]')).toEqual([
						meta.translation.credit[side],
					]);
			}
		}
	});
});

describe('/zh-hant/: what the cite control copies is Traditional', () => {
	it('the citation parts of every report are the Simplified page’s, converted', () => {
		const dir = inject('siteDir');
		for (const { zh: page } of contentPairs()) {
			const parts = (lang: string) =>
				JSON.parse(
					String(
						select(pageOf(dir, `${lang}/${page.year}/${page.slug}`), 'article[data-cite]')[0]!
							.properties['dataCite']
					)
				) as { report: string; archive: string; authors?: string[]; lang: string };
			const simplified = parts('zh');
			const traditional = parts('zh-hant');
			expect(traditional.lang).toBe('zh-hant');
			expect(traditional.report).toBe(toHant(simplified.report));
			expect(traditional.archive).toBe(toHant(simplified.archive));
			expect(traditional.authors).toEqual(simplified.authors?.map(toHant));
			expect(traditional.report).toBe(
				text(pageOf(dir, `zh-hant/${page.year}/${page.slug}`), 'h1')[0]
			);
		}
	});
});

describe('editions of a year that records its newspaper, beside one that may not', () => {
	const dir = () => inject('multiyearDir');

	it('the JSON names it for the fixture year and matches each real year’s seeds', () => {
		const json = JSON.parse(read(dir(), 'data/archive.json')) as {
			years: { year: number; reports: { publication: unknown; authors: unknown[] }[] }[];
		};
		for (const year of json.years) {
			const meta = year.year === 2031 ? FIXTURE : REAL.get(year.year)!;
			for (const report of year.reports)
				expect(report.publication, String(year.year)).toEqual(
					meta.publication
						? {
								newspaper: meta.publication.newspaper,
								date: meta.publication.date ?? null,
								page: meta.publication.page ?? null,
							}
						: null
				);
		}
	});

	it('the TEI names the newspaper of the fixture year, and says when a year’s was not recorded (xmldom)', () => {
		const tei = parseXml(read(dir(), 'data/tei/2031/legal-affairs.xml'));
		expect(
			xmlElements(tei, 'title')
				.filter((t) => t.getAttribute('level') === 'j')
				.map((t) => t.textContent)
		).toEqual([FIXTURE.publication!.newspaper.zh, FIXTURE.publication!.newspaper.en]);
		for (const [year, meta] of REAL) {
			const doc = parseXml(read(dir(), `data/tei/${year}/standing-committee.xml`));
			const note = xmlElements(doc, 'note').find((n) => n.getAttribute('type') === 'publication');
			expect(Boolean(note), String(year)).toBe(!meta.publication);
		}
	});

	it(
		'the EPUB title page names the newspaper, wraps the checksum and passes epubcheck',
		{ timeout: 120_000 },
		() => {
			const bytes = readFileSync(join(dir(), 'data', 'epub', 'datong-npc-2031-en.epub'));
			const title = parseXml(unzip(new Uint8Array(bytes))['EPUB/title.xhtml']!);
			const lines = xmlElements(title, 'p').map((p) => p.textContent);
			expect(lines).toContain(
				`${en['provenance.publication']}: ${describePublication(FIXTURE.publication!, 'en')}`
			);
			const hash = xmlElements(title, 'p').find((p) => p.getAttribute('class')?.includes('hash'));
			expect(xmlElements(hash!, 'wbr').length).toBeGreaterThan(0);
			const path = join(mkdtempSync(join(tmpdir(), 'epub-')), 'datong-npc-2031-en.epub');
			writeFileSync(path, bytes);
			const result = epubcheck(path);
			expect(result.ok, result.output).toBe(true);
		}
	);
});
