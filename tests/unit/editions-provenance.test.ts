/**
 * Provenance for people in every edition (JSON, TEI, EPUB, print): on a
 * fixture that records a publication, authors and a translation credit (full of
 * characters that mean something to XML), on one that records none, and on the
 * real text (whatever its seeds record). Read back by ajv, xmllint, xmldom and
 * epubcheck.
 */
import { readdirSync, readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it, vi } from 'vitest';
import schema from '../../src/lib/editions/data/archive.schema.json' with { type: 'json' };
import { archiveToJson } from '../../src/lib/editions/data/json.ts';
import { buildEpub, epubFileName, epubFiles } from '../../src/lib/editions/epub/book.ts';
import { toPrintEdition } from '../../src/lib/editions/pdf/print-model.ts';
import { getEditionArchive } from '../../src/lib/editions/from-collection.ts';
import { reportToTei } from '../../src/lib/editions/tei/tei.ts';
import { parseSeedMeta } from '../../src/lib/content/seed-meta.ts';
import en from '../../src/i18n/en.json' with { type: 'json' };
import {
	elements,
	epubcheck,
	HOSTILE_PROVENANCE,
	hostileArchive,
	parseXml,
	xmllint,
} from '../helpers/editions.ts';
import { ROOT } from '../helpers/site.ts';

// The editions load what the build loads: the content collection, here read from content/.
vi.mock('astro:content', async () => {
	const { contentCollection } = await import('../helpers/astro-content.ts');
	const entries = contentCollection();
	return { getCollection: () => Promise.resolve(entries) };
});

const recorded = () => hostileArchive({ provenance: true });
const unrecorded = () => hostileArchive();
const { publication, authors, translation } = HOSTILE_PROVENANCE;

interface JsonReport {
	authors: { zh: string; en: string }[];
	publication: {
		newspaper: { zh: string; en: string };
		date: string | null;
		page: string | null;
	} | null;
	translation: {
		credit: { zh: string; en: string } | null;
		method: { zh: string; en: string } | null;
	};
	source: { originalName: string | null; received: string | null };
}
const reportsOf = (json: unknown) =>
	(json as { years: { reports: JsonReport[] }[] }).years.flatMap((y) => y.reports);

function validator() {
	const ajv = new Ajv2020({ allErrors: true, strict: true });
	ajv.addFormat('uri', /^https?:\/\/\S+$/);
	return ajv.compile(schema);
}

describe('JSON: provenance', () => {
	it('carries the newspaper, day and page, the authors and the translation credit, valid against the schema (ajv)', () => {
		const json = JSON.parse(JSON.stringify(archiveToJson(recorded(), '1.0.0'))) as unknown;
		const validate = validator();
		expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
		const [report] = reportsOf(json);
		expect(report!.publication).toEqual(publication);
		expect(report!.authors).toEqual(authors);
		expect(report!.translation.credit).toEqual(translation.credit);
		expect(report!.translation.method).toEqual(translation.method);
	});

	it('says null, not a guess, where nothing was recorded', () => {
		const json = JSON.parse(JSON.stringify(archiveToJson(unrecorded(), '1.0.0'))) as unknown;
		expect(validator()(json)).toBe(true);
		const [report] = reportsOf(json);
		expect(report!.publication).toBeNull();
		expect(report!.authors).toEqual([]);
		expect(report!.translation.credit).toBeNull();
	});

	it('on the real text: a publication exactly where seeds/<year>.yaml records one', async () => {
		const archive = await getEditionArchive();
		const json = JSON.parse(JSON.stringify(archiveToJson(archive, '1.0.0'))) as {
			years: { year: number; reports: JsonReport[] }[];
		};
		expect(validator()(json)).toBe(true);
		for (const year of json.years) {
			const meta = parseSeedMeta(
				readFileSync(join(ROOT, 'seeds', `${year.year}.yaml`), 'utf8'),
				`seeds/${year.year}.yaml`
			);
			for (const report of year.reports) {
				expect(report.publication?.newspaper ?? null).toEqual(meta.publication?.newspaper ?? null);
				expect(report.source.originalName).toBe(meta.source.originalName);
				expect(report.source.received).toBe(meta.source.received);
			}
		}
	});
});

describe('TEI: provenance', () => {
	const teiOf = (archive: ReturnType<typeof recorded>) => {
		const year = archive.years[0]!;
		const text = reportToTei(year.reports[0]!, year, '1.0.0');
		expect(xmllint(text)).toBe('');
		return parseXml(text);
	};
	const lang = (e: Element) => e.getAttribute('xml:lang');

	it('names the newspaper in both languages, the day, the page, the authors and the translators (xmldom)', () => {
		const doc = teiOf(recorded());
		const journal = elements(doc, 'title').filter((t) => t.getAttribute('level') === 'j');
		expect(journal.map((t) => [lang(t), t.textContent])).toEqual([
			['zh-Hans', publication.newspaper.zh],
			['en', publication.newspaper.en],
		]);
		const published = elements(doc, 'date').find((d) => d.getAttribute('type') === 'published');
		expect(published?.getAttribute('when')).toBe(publication.date);
		expect(elements(doc, 'biblScope')[0]?.textContent).toBe(publication.page);
		expect(elements(doc, 'persName').map((p) => p.textContent)).toEqual([
			authors[0].zh,
			authors[0].en,
		]);
		const translators = elements(doc, 'respStmt').find(
			(r) => r.getAttribute('xml:id') === 'translators'
		);
		expect(elements(translators!, 'name').map((n) => n.textContent)).toEqual([
			translation.credit.en,
			translation.credit.zh,
		]);
		const notes = elements(doc, 'note').filter((n) => n.getAttribute('type') === 'translation');
		expect(notes.map((n) => n.textContent)).toEqual([translation.method.en, translation.method.zh]);
	});

	it('says the publication was not recorded, and keeps the byline as the author, where nothing was recorded', () => {
		const doc = teiOf(unrecorded());
		expect(elements(doc, 'title').filter((t) => t.getAttribute('level') === 'j')).toEqual([]);
		const note = elements(doc, 'note').find((n) => n.getAttribute('type') === 'publication');
		expect(note?.textContent).toMatch(/not recorded/);
		expect(elements(doc, 'author')[0]?.textContent).toBe('本报记者 某<某>');
	});
});

describe('EPUB: provenance on the title page', () => {
	const titlePage = (archive: ReturnType<typeof recorded>, variant: 'zh' | 'en' | 'bilingual') => {
		const files = Object.fromEntries(
			epubFiles(archive.years[0]!, variant, '1.0.0').map((f) => [f.path, f.text])
		);
		expect(xmllint(files['EPUB/title.xhtml']!)).toBe('');
		return { files, doc: parseXml(files['EPUB/title.xhtml']!) };
	};
	const byClass = (doc: Document, name: string) =>
		elements(doc, 'p').filter((p) => p.getAttribute('class')?.split(' ').includes(name));

	it('names the newspaper, the author and the translation, and breaks the checksum into groups', () => {
		const { files, doc } = titlePage(recorded(), 'en');
		const lines = byClass(doc, 'provenance').map((p) => p.textContent);
		expect(lines).toEqual([
			`${en['provenance.publication']}: Datong Daily & <Evening> ]]>, January 15, 2032, page A3`,
			`${en['provenance.authors']}: ${authors[0].en}`,
			`${en['provenance.translation']}: ${translation.credit.en}`,
			`${en['provenance.method']}: ${translation.method.en}`,
		]);
		const [hash] = byClass(doc, 'hash');
		expect(elements(hash!, 'wbr').length).toBe(7);
		expect(hash!.textContent).toBe(`SHA-256 ${'b'.repeat(64)}`);
		const opf = parseXml(files['EPUB/package.opf']!);
		expect(elements(opf, 'creator').map((c) => c.textContent)).toEqual([authors[0].en]);
		expect(elements(opf, 'contributor').map((c) => c.textContent)).toEqual([translation.credit.en]);
		const role = elements(opf, 'meta').find((m) => m.getAttribute('refines') === '#translator');
		expect(role?.textContent).toBe('trl');
	});

	it('says the publication was not recorded, and names no translation in the Chinese book', () => {
		const { doc } = titlePage(unrecorded(), 'zh');
		const lines = byClass(doc, 'provenance').map((p) => p.textContent);
		expect(lines).toEqual([expect.stringMatching(/^原载：未记录/)]);
	});

	it(
		'passes epubcheck with no error and no warning with a recorded publication',
		{ timeout: 120_000 },
		() => {
			const path = join(mkdtempSync(join(tmpdir(), 'epub-')), epubFileName(2031, 'bilingual'));
			writeFileSync(path, buildEpub(recorded().years[0]!, 'bilingual', '1.0.0'));
			const result = epubcheck(path);
			expect(result.ok, result.output).toBe(true);
		}
	);
});

describe('print edition: provenance on the title page', () => {
	it('names the newspaper or says it was not recorded, and the translation in English', () => {
		const printed = toPrintEdition(recorded().years[0]!, 'en', '1.0.0');
		expect(printed.provenance.map((l) => l.value)).toEqual([
			'Datong Daily & <Evening> ]]>, January 15, 2032, page A3',
			authors[0].en,
			translation.credit.en,
			translation.method.en,
		]);
		const zh = toPrintEdition(unrecorded().years[0]!, 'zh', '1.0.0');
		expect(zh.provenance.map((l) => l.value)).toEqual([expect.stringMatching(/^未记录/)]);
	});
});

describe('seeds', () => {
	it('every seeds/<year>.yaml of the archive reads with the provenance schema', () => {
		for (const name of readdirSync(join(ROOT, 'seeds')).filter((n) => n.endsWith('.yaml')))
			expect(() =>
				parseSeedMeta(readFileSync(join(ROOT, 'seeds', name), 'utf8'), name)
			).not.toThrow();
	});
});
