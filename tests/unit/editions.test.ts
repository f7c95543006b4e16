/**
 * The editions' renderers on the real 2022 text and on a hostile fixture, each
 * output read back by code we did not write: ajv (JSON Schema), papaparse
 * (CSV), @xmldom/xmldom and xmllint (TEI, XHTML), epubcheck (EPUB).
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import schema from '../../src/lib/editions/data/archive.schema.json' with { type: 'json' };
import { CSV_COLUMNS, paragraphsToCsv } from '../../src/lib/editions/data/csv.ts';
import { archiveToJson } from '../../src/lib/editions/data/json.ts';
import { describeEntry } from '../../src/lib/editions/apparatus.ts';
import {
	bookIdentifier,
	buildEpub,
	epubFileName,
	epubFiles,
	modifiedOf,
} from '../../src/lib/editions/epub/book.ts';
import { reportToXhtml } from '../../src/lib/editions/epub/xhtml.ts';
import { buildDownloads, formatSize } from '../../src/lib/editions/downloads.ts';
import {
	jsonLdText,
	openGraph,
	reportJsonLd,
} from '../../src/lib/editions/jsonld/report-metadata.ts';
import {
	blockText,
	type EditionArchive,
	parseBody,
	runsToText,
	toEditionReport,
} from '../../src/lib/editions/model.ts';
import { getEditionArchive } from '../../src/lib/editions/from-collection.ts';
import { reportToTei } from '../../src/lib/editions/tei/tei.ts';
import {
	chromiumMissingMessage,
	fixPdfDates,
	footerTemplate,
	pdfFileName,
	pdfJobs,
} from '../../src/lib/editions/pdf/make-pdfs.ts';
import { toPrintEdition } from '../../src/lib/editions/pdf/print-model.ts';
import { corpusReports, corpusYears, newestYear, reportsOf } from '../helpers/corpus.ts';
import { bodyBlocks, parsePage } from '../helpers/mdx.ts';
import {
	elements,
	epubcheck,
	hostileArchive,
	hostileReport,
	parseXml,
	unzip,
	xmllint,
} from '../helpers/editions.ts';

// The editions load what the build loads: the content collection, here read from content/.
vi.mock('astro:content', async () => {
	const { contentCollection } = await import('../helpers/astro-content.ts');
	const entries = contentCollection();
	return { getCollection: () => Promise.resolve(entries) };
});

let real: EditionArchive;
beforeAll(async () => {
	real = await getEditionArchive();
});
/** The year of the real text these tests quote (seeds/2022.txt); the other tests take every year. */
const quoted = () => real.years.find((y) => y.year === 2022)!;
const paragraphs = (archive: EditionArchive) =>
	archive.years.flatMap((y) =>
		y.reports.flatMap((r) =>
			r.blocks.filter((b) => b.type === 'paragraph').map((b) => ({ report: r, block: b }))
		)
	);
// Text shaped like entity references, which xmlbuilder2 4.0.3 leaves unescaped (issue #117), with
// the usual hostile characters: it must read back exactly as written, not as `&与<b>`.
const ENTITY_TEXT = '&amp;与&lt;b&gt; &#65; & x ]]> <script>';
const entityArchive = () => {
	const archive = hostileArchive();
	const year = archive.years[0]!;
	const report = year.reports[0]!;
	const p1 = {
		type: 'paragraph' as const,
		n: 1,
		runs: [{ type: 'text' as const, value: ENTITY_TEXT }],
	};
	const blocks = report.blocks.map((b) => {
		if (b.type === 'paragraph' && b.n === 1) return { ...b, zh: p1, en: p1 };
		if (b.type === 'heading')
			return {
				...b,
				zh: { type: 'heading' as const, n: b.n, text: ENTITY_TEXT },
				en: { type: 'heading' as const, n: b.n, text: ENTITY_TEXT },
			};
		return b;
	});
	const entity = {
		...report,
		title: { zh: ENTITY_TEXT, en: ENTITY_TEXT },
		zh: { ...report.zh, byline: ENTITY_TEXT },
		blocks,
	};
	return { ...year, reports: [entity], source: { ...year.source!, originalName: ENTITY_TEXT } };
};
const ajv = () => {
	const validator = new Ajv2020({ allErrors: true, strict: true });
	validator.addFormat('uri', /^https?:\/\/\S+$/);
	return validator.compile(schema);
};

describe('parseBody', () => {
	it('numbers paragraphs and headings as the site does, resolves escapes and keeps marks in place', () => {
		const blocks = parseBody(
			'a \\{b} \\<c><Note n="1" /> d\n\n## H \\# 1\n\n<Lacuna n="2" />\n\ne<Join n="3" />f\n'
		);
		expect(blocks).toEqual([
			{
				type: 'paragraph',
				n: 1,
				runs: [
					{ type: 'text', value: 'a {b} <c>' },
					{ type: 'mark', mark: 'note', n: 1 },
					{ type: 'text', value: ' d' },
				],
			},
			{ type: 'heading', n: 1, text: 'H # 1' },
			{ type: 'mark', mark: 'lacuna', n: 2 },
			{
				type: 'paragraph',
				n: 2,
				runs: [
					{ type: 'text', value: 'e' },
					{ type: 'mark', mark: 'join', n: 3 },
					{ type: 'text', value: 'f' },
				],
			},
		]);
	});

	it('refuses an element that is not an editorial mark, naming the file', () => {
		expect(() => parseBody('text <Script n="1" /> more\n', 'content/x.mdx')).toThrow(
			/content\/x\.mdx: unexpected element <Script>/
		);
		expect(() => parseBody('- a list\n', 'content/y.mdx')).toThrow(
			/content\/y\.mdx: unexpected list/
		);
	});

	it('reads every paragraph of the real pages, every report of every year, with source lines for each', () => {
		const all = paragraphs(real);
		expect(real.years.map((y) => y.reports.length)).toEqual(
			corpusYears().map((year) => reportsOf(year).length)
		);
		const mdxParagraphs = corpusYears().flatMap((year) =>
			readdirSync(`content/${year}/zh`).flatMap((f) =>
				bodyBlocks(parsePage(readFileSync(join(`content/${year}/zh`, f), 'utf8')).tree).filter(
					(b) => b.kind === 'paragraph'
				)
			)
		);
		expect(all.length).toBe(mdxParagraphs.length);
		expect(all.map(({ block }) => blockText(block.zh)).sort()).toEqual(
			mdxParagraphs.map((b) => b.text).sort()
		);
		for (const { report, block } of all) {
			expect(block.lines?.length, `${report.id} p${block.n}`).toBeGreaterThan(0);
			expect(block.lines![0]).toBeGreaterThanOrEqual(report.zh.source.lines[0]);
			expect(block.lines!.at(-1)).toBeLessThanOrEqual(report.zh.source.lines[1]);
		}
		// The join of standing-committee p7 spans lines 25 and 27 (a page break in between).
		expect(
			all.find(({ report, block }) => report.id === '2022/standing-committee' && block.n === 7)
				?.block.lines
		).toEqual([25, 27]);
	});
});

describe('runsToText', () => {
	it('drops the marks and keeps the text around them', () => {
		expect(
			runsToText([
				{ type: 'text', value: '甲' },
				{ type: 'mark', mark: 'join', n: 1 },
				{ type: 'text', value: '乙' },
			])
		).toBe('甲乙');
	});
});

describe('blockText', () => {
	it('is the heading text, the paragraph text, or empty for a mark', () => {
		const [p, h, m] = parseBody('x<Note n="1" />y\n\n## T\n\n<Lacuna n="2" />\n');
		expect([blockText(p), blockText(h), blockText(m), blockText(undefined)]).toEqual([
			'xy',
			'T',
			'',
			'',
		]);
	});
});

describe('toEditionReport', () => {
	it('aligns the English paragraph by paragraph, and drops an English whose paragraphs do not line up', () => {
		const good = hostileReport();
		expect(good.blocks.every((b) => b.en !== undefined)).toBe(true);
		const zh = { data: good.zh, body: 'a\n\nb\n' };
		const broken = toEditionReport({ zh, en: { data: good.en!, body: 'only one paragraph\n' } });
		expect(broken.blocks.map((b) => b.en)).toEqual([undefined, undefined]);
		expect(broken.title.en).toBe('Legal Affairs Committee');
	});
});

describe('describeEntry', () => {
	it('says what the editors did, with the note, in each language', () => {
		const entry = {
			n: 1,
			type: 'lacuna',
			paragraph: 2,
			line: 107,
			note: { zh: '缺。', en: 'Missing.' },
		} as const;
		expect(describeEntry(entry, 'en')).toBe(
			'Text is missing from the source after line 107. Missing.'
		);
		expect(describeEntry(entry, 'zh')).toBe('原文第107行之后有缺文。缺。');
	});
});

describe('archiveToJson', () => {
	it('validates against the JSON Schema, for the real archive and for the hostile fixture with and without English', () => {
		const validate = ajv();
		// A year being translated has partly translated reports.
		const partial = hostileArchive();
		partial.years[0]!.reports[0]!.translation = 'partial';
		for (const data of [
			archiveToJson(real, '1.0.0'),
			archiveToJson(hostileArchive(), '1.0.0'),
			archiveToJson(hostileArchive({ english: false }), '1.0.0'),
			archiveToJson(partial, '1.0.0'),
		]) {
			const parsed: unknown = JSON.parse(JSON.stringify(data));
			expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
		}
	});

	it('the schema rejects data that breaks it (a paragraph without its id, a bad sha256)', () => {
		const validate = ajv();
		// A JSON copy, typed just enough to break it.
		type Breakable = {
			years: { reports: { blocks: { id?: string }[]; source: { sha256: string } }[] }[];
		};
		const data = JSON.parse(JSON.stringify(archiveToJson(real, '1.0.0'))) as Breakable;
		delete data.years[0]!.reports[0]!.blocks[0]!.id;
		expect(validate(data)).toBe(false);
		const other = JSON.parse(JSON.stringify(archiveToJson(real, '1.0.0'))) as Breakable;
		other.years[0]!.reports[0]!.source.sha256 = 'not a hash';
		expect(validate(other)).toBe(false);
	});

	it('holds every paragraph with its id, both languages, its source lines and its marks at the right offsets', () => {
		const data = archiveToJson(real, '1.0.0');
		const reports = data.years.flatMap((y) => y.reports);
		const jsonParagraphs = reports.flatMap((r) => r.blocks.filter((b) => b.type === 'paragraph'));
		expect(jsonParagraphs.length).toBe(paragraphs(real).length);
		const p7 = reports
			.find((r) => r.id === '2022/standing-committee')!
			.blocks.find((b) => b.type === 'paragraph' && b.n === 7)!;
		expect(p7).toMatchObject({ id: '2022/standing-committee/p7', lines: [25, 27] });
		if (p7.type !== 'paragraph') throw new Error('not a paragraph');
		const join = p7.zh.marks[0]!;
		expect(join).toMatchObject({ n: 1, type: 'join' });
		// The text before the join mark is what the source's line 25 ends with.
		expect(Array.from(p7.zh.text).slice(0, join.offset).join('')).toMatch(/始终在市委的$/);
		expect(p7.en?.text).toMatch(/^Over the past year/);
		const social = reports.find((r) => r.id === '2022/social-development')!;
		expect(social.blocks.some((b) => b.type === 'mark' && b.mark === 'lacuna')).toBe(true);
		expect(social.editorial.find((e) => e.type === 'lacuna')?.note?.en).toMatch(/breaks off/);
	});

	it('keeps hostile text exactly, and one year only when asked', () => {
		const data = archiveToJson(hostileArchive(), '2.0.0', 2031);
		const back = JSON.parse(JSON.stringify(data)) as typeof data;
		const first = back.years[0]!.reports[0]!.blocks[0]!;
		expect(first.type === 'paragraph' && first.zh.text).toBe(
			'甲方说："a, b" & <c> ]]> {d}，又说续文；一字错误。'
		);
		expect(archiveToJson(hostileArchive(), '2.0.0', 1999).years).toEqual([]);
	});
});

describe('paragraphsToCsv', () => {
	it('one row per paragraph with a header, read back by papaparse exactly as written', () => {
		for (const archive of [real, hostileArchive(), hostileArchive({ english: false })]) {
			const csv = paragraphsToCsv(archive);
			const parsed = Papa.parse<Record<string, string>>(csv, {
				header: true,
				skipEmptyLines: true,
			});
			expect(parsed.errors).toEqual([]);
			expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
			const expected = paragraphs(archive);
			expect(parsed.data.length).toBe(expected.length);
			parsed.data.forEach((row, i) => {
				const { report, block } = expected[i]!;
				expect(row).toMatchObject({
					id: `${report.id}/p${block.n}`,
					report: report.slug,
					paragraph: String(block.n),
					zh: blockText(block.zh),
					en: blockText(block.en),
					source_lines: (block.lines ?? []).join(' '),
				});
			});
		}
	});

	it('uses CRLF record ends and quotes fields with commas and quotes (RFC 4180)', () => {
		const csv = paragraphsToCsv(hostileArchive());
		expect(csv.split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(',')}`);
		expect(csv).toContain('"甲方说：""a, b"" & <c> ]]> {d}，又说续文；一字错误。"');
		expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
	});
});

describe('reportToTei', () => {
	it('is well-formed TEI for every real report (xmllint), with every paragraph in order in both languages', () => {
		for (const report of real.years.flatMap((y) => y.reports)) {
			const year = real.years.find((y) => y.year === report.year)!;
			const tei = reportToTei(report, year, '1.0.0');
			expect(xmllint(tei), report.id).toBe('');
			const doc = parseXml(tei);
			expect(doc.documentElement.namespaceURI).toBe('http://www.tei-c.org/ns/1.0');
			for (const lang of ['zh', 'en'] as const) {
				// Only the paragraphs that have a translation are in the English text; a report with none has no English div.
				const expected = report.blocks
					.filter((b) => b.type === 'paragraph' && (lang === 'zh' || b.en))
					.map((b) => ({ n: String(b.n), text: blockText(lang === 'zh' ? b.zh : b.en) }));
				const div = elements(doc, 'div').find((d) => d.getAttribute('xml:id') === lang);
				if (expected.length === 0) {
					expect(div, `${report.id} ${lang}`).toBeUndefined();
					continue;
				}
				const ps = elements(div!, 'p').map((p) => ({
					n: p.getAttribute('n'),
					text: Array.from(p.childNodes)
						.filter((c) => c.nodeType === 3 || (c as Element).localName === 'sic')
						.map((c) => c.textContent)
						.join(''),
				}));
				expect(ps, `${report.id} ${lang}`).toEqual(expected);
			}
			expect(
				elements(doc, 'idno').find((i) => i.getAttribute('type') === 'sha256')?.textContent
			).toBe(report.zh.source.sha256);
			const range = elements(doc, 'citedRange')[0]!;
			expect([range.getAttribute('from'), range.getAttribute('to')]).toEqual(
				report.zh.source.lines.map(String)
			);
		}
	});

	it('marks the apparatus as TEI: <gap> for the lacuna, <sic> for a sic, <pb break="no"/> for each join, a <note> per note', () => {
		const year = quoted();
		const doc = (slug: string) =>
			parseXml(
				reportToTei(
					year.reports.find((r) => r.slug === slug)!,
					year,
					'1.0.0'
				)
			);
		const social = doc('social-development');
		expect(elements(social, 'gap').map((g) => g.getAttribute('reason'))).toEqual(['lost', 'lost']);
		expect(elements(social, 'note').filter((n) => n.getAttribute('type') === 'lacuna').length).toBe(
			2
		);
		const overview = doc('standing-committee');
		expect(elements(overview, 'pb').filter((p) => p.getAttribute('break') === 'no').length).toBe(
			4 * 2
		);
		const sic = elements(overview, 'sic');
		expect(sic.map((s) => s.textContent)).toEqual(['落实细中央八项规定']);
		expect((sic[0]!.nextSibling as Element).localName).toBe('note');
	});

	it('escapes hostile text and writes only the Chinese when there is no translation', () => {
		const archive = hostileArchive({ english: false });
		const tei = reportToTei(archive.years[0]!.reports[0]!, archive.years[0]!, '1.0.0');
		expect(xmllint(tei)).toBe('');
		const doc = parseXml(tei);
		expect(
			elements(doc, 'p').find((p) => p.getAttribute('xml:id') === 'zh-p1')?.textContent
		).toContain('甲方说："a, b" & <c> ]]> {d}');
		expect(elements(doc, 'div').filter((d) => d.getAttribute('type') === 'translation')).toEqual(
			[]
		);
		expect(
			elements(doc, 'idno').find((i) => i.getAttribute('type') === 'originalName')?.textContent
		).toBe('in & <out>.txt');
	});

	it('reads back text shaped like entity references exactly as written (xmldom, xmllint)', () => {
		const year = entityArchive();
		const tei = reportToTei(year.reports[0]!, year, '1.0.0');
		expect(xmllint(tei)).toBe('');
		const doc = parseXml(tei);
		for (const lang of ['zh', 'en'])
			expect(
				elements(doc, 'p').find((p) => p.getAttribute('xml:id') === `${lang}-p1`)?.textContent,
				lang
			).toBe(ENTITY_TEXT);
		expect(elements(doc, 'head').map((h) => h.textContent)).toEqual(Array(4).fill(ENTITY_TEXT));
		expect(elements(doc, 'author')[0]?.textContent).toBe(ENTITY_TEXT);
		expect(
			elements(doc, 'idno').find((i) => i.getAttribute('type') === 'originalName')?.textContent
		).toBe(ENTITY_TEXT);
	});

	it('refuses a character XML cannot carry instead of dropping it', () => {
		const archive = hostileArchive();
		const report = archive.years[0]!.reports[0]!;
		const broken = { ...report, zh: { ...report.zh, byline: 'bad \u0001 byte' } };
		expect(() => reportToTei(broken, archive.years[0]!, '1.0.0')).toThrow();
	});
});

describe('reportToXhtml', () => {
	it('links every note reference to its footnote and back, in both languages of the bilingual chapter', () => {
		const doc = parseXml(reportToXhtml(hostileReport(), 'bilingual'));
		const refs = elements(doc, 'a').filter(
			(a) => a.getAttributeNS('http://www.idpf.org/2007/ops', 'type') === 'noteref'
		);
		const notes = elements(doc, 'aside').filter(
			(a) => a.getAttributeNS('http://www.idpf.org/2007/ops', 'type') === 'footnote'
		);
		expect(refs.length).toBe(8);
		expect(notes.length).toBe(8);
		for (const ref of refs) {
			const note = notes.find((n) => `#${n.getAttribute('id')}` === ref.getAttribute('href'));
			expect(note, ref.getAttribute('href')!).toBeDefined();
			expect(elements(note!, 'a')[0]!.getAttribute('href')).toBe(`#${ref.getAttribute('id')}`);
		}
		const ps = elements(doc, 'p').filter((p) => p.getAttribute('class') === 'para');
		expect(ps.map((p) => `${p.getAttribute('id')}:${p.getAttribute('lang') ?? 'zh-Hans'}`)).toEqual(
			['p1:zh-Hans', 'p1-en:en', 'p2:zh-Hans', 'p2-en:en', 'p3:zh-Hans', 'p3-en:en']
		);
	});
});

describe('epubFiles', () => {
	it('reads back text shaped like entity references exactly as written in every XHTML file (xmldom, xmllint)', () => {
		const year = entityArchive();
		for (const variant of ['bilingual', 'en'] as const) {
			const files = Object.fromEntries(
				epubFiles(year, variant, '1.0.0').map((f) => [f.path, f.text])
			);
			for (const [path, text] of Object.entries(files))
				if (path.endsWith('.xhtml') || path.endsWith('.opf')) expect(xmllint(text), path).toBe('');
			const chapter = parseXml(
				Object.entries(files).find(([path]) => path.startsWith('EPUB/text/'))![1]
			);
			const paras = elements(chapter, 'p').filter(
				(p) => p.getAttribute('class') === 'para' && p.getAttribute('id')?.startsWith('p1')
			);
			expect(paras.length, variant).toBe(variant === 'bilingual' ? 2 : 1);
			for (const p of paras) expect(p.textContent.replace(/^1 /, ''), variant).toBe(ENTITY_TEXT);
			expect(elements(chapter, 'title')[0]?.textContent).toBe(ENTITY_TEXT);
			expect(elements(chapter, 'h1')[0]?.textContent).toBe(ENTITY_TEXT);
			expect(
				elements(chapter, 'h2')
					.filter((h) => h.getAttribute('id')?.startsWith('s'))
					.map((h) => h.textContent)
			).toEqual(Array(variant === 'bilingual' ? 2 : 1).fill(ENTITY_TEXT));
			// The byline is the Chinese report's: the English books carry the translation's, which has none here.
			if (variant === 'bilingual')
				expect(
					elements(chapter, 'p').filter((p) => p.getAttribute('class') === 'byline')[0]?.textContent
				).toBe(ENTITY_TEXT);
			const nav = parseXml(files['EPUB/nav.xhtml']!);
			expect(elements(nav, 'a').map((a) => a.textContent)).toContain(ENTITY_TEXT);
			const title = parseXml(files['EPUB/title.xhtml']!);
			expect(
				elements(title, 'p').find((p) => p.getAttribute('class') === 'source')?.textContent
			).toContain(`(${ENTITY_TEXT})`);
		}
	});
});

describe('buildEpub', () => {
	// epubcheck starts a JVM per file: the hostile bilingual book (both languages, every mark) and an
	// English book of an untranslated report (the Chinese shown instead); the site tests check the real books.
	it('passes epubcheck with no error and no warning on hostile text', { timeout: 180_000 }, () => {
		const dir = mkdtempSync(join(tmpdir(), 'epub-'));
		for (const [name, archive, variant] of [
			['hostile', hostileArchive(), 'bilingual'],
			['untranslated', hostileArchive({ english: false }), 'en'],
		] as const) {
			const path = join(dir, `${name}-${epubFileName(2031, variant)}`);
			writeFileSync(path, buildEpub(archive.years[0]!, variant, '1.0.0'));
			const result = epubcheck(path);
			expect(result.ok, result.output).toBe(true);
		}
	});

	it('stores mimetype first and uncompressed, and gives the same bytes twice', () => {
		const year = real.years[0]!;
		const bytes = buildEpub(year, 'zh', '1.0.0');
		const view = new DataView(bytes.buffer, bytes.byteOffset);
		expect(view.getUint32(0, true)).toBe(0x04034b50);
		expect(view.getUint16(8, true)).toBe(0);
		expect(new TextDecoder().decode(bytes.subarray(30, 38))).toBe('mimetype');
		expect(new TextDecoder().decode(bytes.subarray(38, 58))).toBe('application/epub+zip');
		expect(buildEpub(year, 'zh', '1.0.0')).toEqual(bytes);
	});

	it('carries every paragraph of the year in order, the metadata from the data, and nothing remote', () => {
		const year = real.years[0]!;
		const files = unzip(buildEpub(year, 'en', '1.0.0'));
		const opf = parseXml(files['EPUB/package.opf']!);
		const dc = (name: string) => elements(opf, name).map((e) => e.textContent);
		expect(dc('identifier')).toEqual([bookIdentifier(newestYear(), 'en')]);
		expect(dc('language')).toEqual(['en']);
		expect(dc('date')).toEqual([String(newestYear())]);
		expect(dc('source')[0]).toContain(year.reports[0]!.zh.source.sha256);
		const seed = parse(readFileSync(`seeds/${newestYear()}.yaml`, 'utf8')) as {
			source: { received: string };
		};
		expect(
			elements(opf, 'meta').find((m) => m.getAttribute('property') === 'dcterms:modified')
				?.textContent
		).toBe(`${seed.source.received}T00:00:00Z`);
		const chapters = Object.keys(files)
			.filter((f) => f.startsWith('EPUB/text/'))
			.sort();
		expect(chapters.length).toBe(reportsOf(newestYear()).length);
		const text = chapters
			.map((f) =>
				elements(parseXml(files[f]!), 'p')
					.filter((p) => p.getAttribute('class') === 'para')
					.map((p) => p.textContent.replace(/^\d+ /, '').replace(/\d+/g, ''))
			)
			.flat();
		// An untranslated paragraph shows the Chinese in the English book.
		const expected = year.reports.flatMap((r) =>
			r.blocks
				.filter((b) => b.type === 'paragraph')
				.map((b) => blockText(b.en ?? b.zh).replace(/\d+/g, ''))
		);
		expect(text).toEqual(expected);
		expect(Object.values(files).join('\n')).not.toMatch(/(src|href)="(https?:)?\/\//);
	});
});

describe('bookIdentifier', () => {
	it('is a UUID URN, stable, and different per book', () => {
		expect(bookIdentifier(2022, 'zh')).toMatch(
			/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
		);
		expect(bookIdentifier(2022, 'zh')).toBe(bookIdentifier(2022, 'zh'));
		expect(
			new Set([bookIdentifier(2022, 'zh'), bookIdentifier(2022, 'en'), bookIdentifier(2023, 'zh')])
				.size
		).toBe(3);
	});
});

describe('modifiedOf', () => {
	it('is the day the source was received, or the end of the year', () => {
		expect(modifiedOf({ year: 2022, source: { received: '2026-11-26' } })).toBe(
			'2026-11-26T00:00:00Z'
		);
		expect(modifiedOf({ year: 2031, source: undefined })).toBe('2031-12-31T00:00:00Z');
	});
});

describe('epubFileName', () => {
	it('names the year and the variant', () => {
		expect(epubFileName(2022, 'bilingual')).toBe('datong-npc-2022-bilingual.epub');
	});
});

describe('buildDownloads', () => {
	it('lists the JSON, schema, CSVs (paragraphs, documents), a TEI per report and three e-books per year, each non-empty', () => {
		const downloads = buildDownloads(real, '1.0.0');
		expect(
			downloads.map((d) => d.path).filter((p) => !p.includes('/tei/') && !p.includes('/epub/'))
		).toEqual([
			'data/archive.json',
			...corpusYears().map((year) => `data/${year}.json`),
			'data/archive.schema.json',
			'data/paragraphs.csv',
			'data/documents.csv',
		]);
		expect(downloads.filter((d) => d.kind === 'tei').length).toBe(corpusReports().length);
		expect(downloads.filter((d) => d.kind === 'epub').map((d) => d.variant)).toEqual(
			corpusYears().flatMap(() => ['zh', 'en', 'bilingual'])
		);
		for (const d of downloads) expect(d.bytes.length, d.path).toBeGreaterThan(100);
	});
});

describe('formatSize', () => {
	it('uses B, KB and MB', () => {
		expect([formatSize(512), formatSize(20480), formatSize(3 * 1024 * 1024)]).toEqual([
			'512 B',
			'20.0 KB',
			'3.0 MB',
		]);
	});
});

const pageInfo = {
	lang: 'en' as const,
	year: 2022,
	contentLang: 'en' as const,
	title: 'Legal Affairs Committee (2022)',
	description: 'd',
	urls: {
		zh: 'https://a.example/zh/2022/legal-affairs/',
		'zh-hant': 'https://a.example/zh-hant/2022/legal-affairs/',
		en: 'https://a.example/en/2022/legal-affairs/',
	},
	yearUrl: 'https://a.example/en/2022/',
	homeUrl: 'https://a.example/en/',
	available: ['zh', 'en'] as ('zh' | 'zh-hant' | 'en')[],
	absolute: true,
};

describe('reportJsonLd', () => {
	it('links a translation to its original and an original to its translations', () => {
		const en = reportJsonLd(pageInfo);
		expect(en).toMatchObject({
			'@type': 'Report',
			inLanguage: 'en',
			translationOfWork: { url: pageInfo.urls.zh, inLanguage: 'zh-Hans' },
			isPartOf: { url: pageInfo.yearUrl, isPartOf: { url: pageInfo.homeUrl } },
		});
		const zh = reportJsonLd({ ...pageInfo, lang: 'zh', contentLang: 'zh' });
		expect(zh).toMatchObject({
			inLanguage: 'zh-Hans',
			workTranslation: [{ url: pageInfo.urls.en, inLanguage: 'en' }],
		});
		expect(zh).not.toHaveProperty('translationOfWork');
		expect(
			reportJsonLd({ ...pageInfo, lang: 'zh', contentLang: 'zh', available: ['zh'] })
		).not.toHaveProperty('workTranslation');
	});
});

describe('jsonLdText', () => {
	it('cannot close its script element', () => {
		const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
		expect(text).not.toContain('<');
		expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
	});
});

describe('openGraph', () => {
	it('has the title, locale and its alternate, and og:url only when absolute', () => {
		const og = Object.fromEntries(openGraph(pageInfo).map((m) => [m.property, m.content]));
		expect(og).toMatchObject({
			'og:type': 'article',
			'og:title': pageInfo.title,
			'og:locale': 'en_US',
			'og:url': pageInfo.urls.en,
		});
		expect(
			openGraph(pageInfo)
				.filter((m) => m.property === 'og:locale:alternate')
				.map((m) => m.content)
		).toEqual(['zh_CN', 'zh_TW']);
		expect(openGraph({ ...pageInfo, absolute: false }).map((m) => m.property)).not.toContain(
			'og:url'
		);
	});
});

describe('fixPdfDates', () => {
	it('sets both dates to the fixed time, keeps every other byte and the length', () => {
		const binary = Uint8Array.from([0, 255, 128, 10, 13]);
		const head = new TextEncoder().encode(
			"<</CreationDate (D:20261201090956+00'00')\n/ModDate (D:20261201090957+00'00')>>"
		);
		const pdf = new Uint8Array([...binary, ...head, ...binary]);
		const fixed = fixPdfDates(pdf, new Date('2000-01-01T00:00:00Z'));
		expect(fixed.length).toBe(pdf.length);
		expect(Array.from(fixed.subarray(0, 5))).toEqual(Array.from(binary));
		expect(Array.from(fixed.subarray(-5))).toEqual(Array.from(binary));
		expect(new TextDecoder('latin1').decode(fixed.subarray(5, -5))).toBe(
			"<</CreationDate (D:20000101000000+00'00')\n/ModDate (D:20000101000000+00'00')>>"
		);
	});
});

describe('footerTemplate', () => {
	it('escapes the citation and leaves Chromium its page number fields', () => {
		const html = footerTemplate('A <b> & "c"', 'seeds/2022.txt');
		expect(html).toContain('A &#x3C;b> &#x26; "c" · seeds/2022.txt');
		expect(html).toContain('<span class="pageNumber"></span> / <span class="totalPages"></span>');
		expect(html).not.toContain('<b>');
	});
});

describe('pdfJobs', () => {
	it('makes one PDF per print page, named for its year and language', () => {
		expect(
			pdfJobs([
				'zh/print/2022/index.html',
				'en/2022/legal-affairs/index.html',
				'en/print/2031/index.html',
			])
		).toEqual([
			{ page: 'zh/print/2022/index.html', out: 'data/pdf/datong-npc-2022-zh.pdf' },
			{ page: 'en/print/2031/index.html', out: 'data/pdf/datong-npc-2031-en.pdf' },
		]);
	});
});

describe('pdfFileName', () => {
	it('names the year and the language', () => {
		expect(pdfFileName(2022, 'en')).toBe('datong-npc-2022-en.pdf');
	});
});

describe('chromiumMissingMessage', () => {
	it('names the path looked at and how to install Chromium', () => {
		const message = chromiumMissingMessage('/nowhere/chromium');
		expect(message).toContain('/nowhere/chromium');
		expect(message).toContain('apt-get install -y chromium fonts-noto-cjk');
	});
});

describe('toPrintEdition', () => {
	it('prints each report in order with its notes, the Chinese where there is no translation, and the footer lines', () => {
		const en = toPrintEdition(hostileArchive({ english: false }).years[0]!, 'en', '1.0.0');
		expect(en.reports[0]!.textLang).toBe('zh-Hans');
		expect(en.reports[0]!.notes.map((n) => n.n)).toEqual([1, 2, 3, 4]);
		expect(en.citation).toContain('2031 (version 1.0.0)');
		const zh = toPrintEdition(real.years[0]!, 'zh', '1.0.0');
		expect(zh.reports.map((r) => r.title)).toEqual(real.years[0]!.reports.map((r) => r.title.zh));
		expect(zh.reports[0]!.textLang).toBeUndefined();
		expect(zh.source).toContain(`seeds/${newestYear()}.txt`);
	});
});
