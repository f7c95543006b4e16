/**
 * The editions as built: /data/ of the hosted site and of the offline edition
 * (JSON against its published schema, CSV, TEI, EPUB through epubcheck), the
 * Data page, JSON-LD and Open Graph on every report page, and the PDFs of the
 * offline edition (pdftotext, pdffonts). Each file is read by a tool we did
 * not write.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { XMLParser } from 'fast-xml-parser';
import Papa from 'papaparse';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { makePdfs, pdfJobs } from '../../src/lib/editions/pdf/make-pdfs.ts';
import { CHROMIUM } from '../helpers/browser.ts';
import { corpusReports, corpusYears, reportsOf } from '../helpers/corpus.ts';
import { epubcheck, xmllint } from '../helpers/editions.ts';
import { select } from '../helpers/html.ts';
import { htmlFiles, ROOT } from '../helpers/site.ts';
import { runTranslations } from '../helpers/translations.ts';

let site: string;
let offline: string;
beforeAll(() => {
	site = inject('siteDir');
	offline = inject('offlineDir');
});

const filesUnder = (dir: string): string[] =>
	(readdirSync(dir, { recursive: true }) as string[])
		.filter((f) => statSync(join(dir, f)).isFile())
		.map((f) => f.split('\\').join('/'))
		.sort();
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

interface JsonText {
	text: string;
	marks: { offset: number }[];
}
interface JsonParagraph {
	type: 'paragraph';
	id: string;
	n: number;
	zh: JsonText;
	en: JsonText | null;
}
interface JsonReport {
	id: string;
	slug: string;
	title: { zh: string; en: string };
	blocks: ({ type: string } | JsonParagraph)[];
}
interface JsonArchive {
	years: { year: number; reports: JsonReport[] }[];
}
const paragraphsOf = (report: JsonReport) =>
	report.blocks.filter((b): b is JsonParagraph => b.type === 'paragraph');

describe('/data/', () => {
	it('is in the hosted site and in the offline edition, the same files with the same bytes, listed in SHA256SUMS', () => {
		// Less the offline zip and PDFs the hosted site publishes from the package (published.test.ts).
		const hosted = filesUnder(join(site, 'data')).filter(
			(f) => !f.endsWith('-offline.zip') && !f.startsWith('pdf/')
		);
		expect(hosted).toEqual(
			expect.arrayContaining([
				'archive.json',
				'archive.schema.json',
				'paragraphs.csv',
				...corpusYears().flatMap((year) => [
					`${year}.json`,
					`epub/datong-npc-${year}-zh.epub`,
					`epub/datong-npc-${year}-en.epub`,
					`epub/datong-npc-${year}-bilingual.epub`,
				]),
				...corpusReports().map((r) => `tei/${r.year}/${r.slug}.xml`),
			])
		);
		expect(hosted.filter((f) => f.startsWith('tei/')).length).toBe(corpusReports().length);
		const offlineFiles = filesUnder(join(offline, 'data')).filter((f) => !f.startsWith('pdf/'));
		expect(offlineFiles).toEqual(hosted);
		for (const file of hosted)
			expect(
				readFileSync(join(offline, 'data', file)).equals(readFileSync(join(site, 'data', file))),
				file
			).toBe(true);
		const sums = readFileSync(join(offline, 'SHA256SUMS'), 'utf8');
		for (const file of hosted) expect(sums).toContain(`  data/${file}\n`);
	});

	it('archive.json and each year file validate against the published JSON Schema (ajv)', () => {
		const ajv = new Ajv2020({ allErrors: true, strict: true });
		ajv.addFormat('uri', /^https?:\/\/\S+$/);
		const validate = ajv.compile(readJson(join(site, 'data', 'archive.schema.json')) as object);
		for (const file of ['archive.json', ...corpusYears().map((year) => `${year}.json`)]) {
			expect(
				validate(readJson(join(site, 'data', file))),
				`${file}: ${JSON.stringify(validate.errors)}`
			).toBe(true);
		}
		const archive = readJson(join(site, 'data', 'archive.json')) as JsonArchive;
		expect(archive.years.map((y) => y.year)).toEqual(corpusYears());
		for (const year of archive.years)
			expect(year.reports.map((r) => r.slug)).toEqual(reportsOf(year.year).map((r) => r.slug));
	});

	it('each paragraph of the built pages is in archive.json with the same number, in both languages', () => {
		const archive = readJson(join(site, 'data', 'archive.json')) as JsonArchive;
		for (const report of archive.years.flatMap((y) => y.reports)) {
			for (const lang of ['zh', 'en'] as const) {
				const html = readFileSync(join(site, lang, report.id, 'index.html'), 'utf8');
				const ids = select(html, 'p.para[id]').map((p) => String(p.properties['id']));
				expect(
					paragraphsOf(report).map((p) => `p${p.n}`),
					`${lang} ${report.id}`
				).toEqual(ids);
			}
		}
	});

	it('paragraphs.csv reads back with papaparse: one row per paragraph of archive.json, both languages', () => {
		const archive = readJson(join(site, 'data', 'archive.json')) as JsonArchive;
		const csv = readFileSync(join(site, 'data', 'paragraphs.csv'), 'utf8');
		const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
		expect(parsed.errors).toEqual([]);
		const expected = archive.years.flatMap((y) => y.reports.flatMap(paragraphsOf));
		expect(parsed.data.map((r) => [r['id'], r['zh'], r['en']])).toEqual(
			expected.map((p) => [p.id, p.zh.text, p.en?.text ?? ''])
		);
	});

	it('archive.tmx is the memory `npm run translations -- tmx` writes, and reads back with fast-xml-parser', () => {
		const out = join(mkdtempSync(join(tmpdir(), 'tmx-')), 'archive.tmx');
		const run = runTranslations(join(ROOT, 'content'), 'tmx', '--out', out);
		expect(run.status, run.stderr).toBe(0);
		const tmx = readFileSync(join(site, 'data', 'archive.tmx'), 'utf8');
		expect(tmx).toBe(readFileSync(out, 'utf8'));
		expect(readFileSync(join(offline, 'data', 'archive.tmx'), 'utf8')).toBe(tmx);
		const parsed = new XMLParser({
			ignoreAttributes: false,
			isArray: (name) => name === 'tu',
		}).parse(tmx) as { tmx: { '@_version': string; body: { tu: unknown[] } } };
		expect(parsed.tmx['@_version']).toBe('1.4');
		// One unit per paragraph and heading whose English translates the current Chinese.
		expect(parsed.tmx.body.tu.length).toBe(
			corpusReports().reduce((n, r) => n + r.current.paragraphs + r.current.headings, 0)
		);
	});

	it('every TEI file is well-formed (xmllint) and carries its source sha256 in the teiHeader', () => {
		for (const file of filesUnder(join(site, 'data', 'tei'))) {
			const tei = readFileSync(join(site, 'data', 'tei', file), 'utf8');
			expect(xmllint(tei), file).toBe('');
			expect(tei).toMatch(
				/<teiHeader>[\s\S]*<sourceDesc>[\s\S]*<idno type="sha256">[0-9a-f]{64}<\/idno>[\s\S]*<\/teiHeader>/
			);
		}
	});

	it(
		'each e-book passes epubcheck with zero errors and zero warnings',
		{ timeout: 600_000 },
		() => {
			for (const file of filesUnder(join(site, 'data', 'epub'))) {
				const result = epubcheck(join(site, 'data', 'epub', file));
				expect(result.ok, `${file}\n${result.output}`).toBe(true);
			}
		}
	);
});

// A run that builds only some sites (ARCHIVE_TEST_SITES, the staged run) skips the fixture's test.
describe.skipIf(!inject('multiyearDir'))('/data/ of a second year', () => {
	it(
		'the build with the 2031 fixture (ingested by the CLI, text full of { } < >) has both years, valid, and a 2031 e-book that passes epubcheck',
		{ timeout: 300_000 },
		() => {
			const dir = join(inject('multiyearDir'), 'data');
			const archive = readJson(join(dir, 'archive.json')) as JsonArchive;
			// The fixture year, newest, then every year of content/ (newest first).
			expect(archive.years.map((y) => y.year)).toEqual([2031, ...corpusYears()]);
			expect((readJson(join(dir, '2031.json')) as JsonArchive).years.map((y) => y.year)).toEqual([
				2031,
			]);
			const ajv = new Ajv2020({ allErrors: true, strict: true });
			ajv.addFormat('uri', /^https?:\/\/\S+$/);
			expect(
				ajv.validate(readJson(join(dir, 'archive.schema.json')) as object, archive),
				JSON.stringify(ajv.errors)
			).toBe(true);
			for (const file of filesUnder(join(dir, 'tei', '2031')))
				expect(xmllint(readFileSync(join(dir, 'tei', '2031', file), 'utf8')), file).toBe('');
			const result = epubcheck(join(dir, 'epub', 'datong-npc-2031-bilingual.epub'));
			expect(result.ok, result.output).toBe(true);
		}
	);
});

describe('the Data page', () => {
	it('lists every download of /data/ with its real size, in both languages, and says how to cite and the licence', () => {
		const downloads = filesUnder(join(site, 'data'));
		for (const lang of ['zh', 'en']) {
			const html = readFileSync(join(site, lang, 'data', 'index.html'), 'utf8');
			const links = select(html, 'a[data-bytes]').map((a) => ({
				href: String(a.properties['href']),
				bytes: Number(a.properties['dataBytes']),
			}));
			expect(links.map((l) => l.href.replace(/^\/data\//, '')).sort()).toEqual(downloads);
			for (const link of links)
				expect(link.bytes, link.href).toBe(statSync(join(site, link.href)).size);
			expect(select(html, 'h2#licence, h2#cite').length).toBe(2);
			expect(html).toContain('CC BY 4.0');
			for (const year of corpusYears())
				expect(select(html, `a[href="/${lang}/print/${year}/"]`).length).toBe(1);
		}
		expect(readFileSync(join(site, 'en', 'index.html'), 'utf8')).toContain('href="/en/data/"');
	});
});

describe('the print page', () => {
	it('holds every report of the year with every paragraph, its table of contents linking to each', () => {
		const archive = readJson(join(site, 'data', 'archive.json')) as JsonArchive;
		for (const [lang, { year, reports }] of (['zh', 'en'] as const).flatMap((lang) =>
			archive.years.map((year) => [lang, year] as const)
		)) {
			const html = readFileSync(join(site, lang, 'print', String(year), 'index.html'), 'utf8');
			expect(select(html, '.print-toc a').map((a) => String(a.properties['href']))).toEqual(
				reports.map((r) => `#r-${r.slug}`)
			);
			expect(select(html, 'article.print-report').map((a) => String(a.properties['id']))).toEqual(
				reports.map((r) => `r-${r.slug}`)
			);
			expect(select(html, 'p.para').map((p) => String(p.properties['id']))).toEqual(
				reports.flatMap((r) => paragraphsOf(r).map((p) => `${r.slug}-p${p.n}`))
			);
		}
	});
});

describe('report pages', () => {
	it('carry valid JSON-LD (a schema.org Report, its language, its year, the other language) and Open Graph, hosted and offline', async () => {
		for (const [dir, absolute] of [
			[site, true],
			[offline, false],
		] as const) {
			const pages = (await htmlFiles(dir)).filter((f) =>
				/^(zh|en)\/\d{4}\/[^/]+\/index\.html$/.test(f)
			);
			expect(pages.length).toBe(corpusReports().length * 2);
			for (const file of pages) {
				const html = readFileSync(join(dir, file), 'utf8');
				const blocks = select(html, 'script[type="application/ld+json"]');
				expect(blocks.length, file).toBe(1);
				const data = JSON.parse((blocks[0]!.children[0] as { value: string }).value) as Record<
					string,
					unknown
				>;
				const [lang, year, slug] = file.split('/');
				// A report with no English page shows the Chinese on the English site too; the Chinese
				// links to its translations (the English, if any, first; the Traditional conversion).
				const english = reportsOf(Number(year)).find((r) => r.slug === slug)!.english;
				const shown = lang === 'en' && english ? 'en' : 'zh';
				const other = shown === 'en' ? 'zh' : english ? 'en' : 'zh-hant';
				expect(data).toMatchObject({
					'@context': 'https://schema.org',
					'@type': 'Report',
					inLanguage: shown === 'zh' ? 'zh-Hans' : 'en',
					isPartOf: { '@type': 'Collection' },
				});
				const link = (
					shown === 'zh'
						? (data['workTranslation'] as { url: string }[])[0]!
						: (data['translationOfWork'] as { url: string })
				).url;
				const target = absolute
					? new URL(link).pathname
					: `/${posix.join(posix.dirname(file), link)}`;
				expect(target, file).toBe(`/${other}/${year}/${slug}/${absolute ? '' : 'index.html'}`);
				const og = Object.fromEntries(
					select(html, 'meta[property^="og:"]').map((m) => [
						String(m.properties['property']),
						String(m.properties['content']),
					])
				);
				expect(og['og:title'], file).toBe(String(data['name']));
				expect(og['og:type']).toBe('article');
				expect('og:url' in og).toBe(absolute);
			}
		}
	});
});

const pdfDir = () => join(offline, 'data', 'pdf');
const hasChromium = existsSync(CHROMIUM);
const run = (command: string, args: string[]) => {
	const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	if (result.error) throw result.error;
	return result.stdout;
};

describe.skipIf(!hasChromium && process.env['ARCHIVE_REQUIRE_BROWSER'] !== '1')(
	'the PDF edition',
	() => {
		it('has a PDF per language, in which pdftotext finds every paragraph of every report, in order', () => {
			const archive = readJson(join(offline, 'data', 'archive.json')) as JsonArchive;
			expect(readdirSync(pdfDir()).sort()).toEqual(
				corpusYears()
					.flatMap((year) => [`datong-npc-${year}-en.pdf`, `datong-npc-${year}-zh.pdf`])
					.sort()
			);
			for (const [lang, { year, reports }] of (['zh', 'en'] as const).flatMap((lang) =>
				archive.years.map((year) => [lang, year] as const)
			)) {
				// -raw keeps the content stream's order; the footer line of each page is dropped, and all
				// whitespace, as line breaks fall differently in the PDF.
				const text = run('pdftotext', [
					'-raw',
					'-enc',
					'UTF-8',
					join(pdfDir(), `datong-npc-${year}-${lang}.pdf`),
					'-',
				])
					.split('\n')
					.filter((line) => !/SHA-?256.*\d+\s*\/\s*\d+\s*$/.test(line))
					.join('')
					.replace(/\s+/g, '');
				let cursor = 0;
				let found = 0;
				for (const report of reports) {
					const title = report.title[lang].replace(/\s+/g, '');
					cursor = text.indexOf(title, cursor);
					expect(cursor, `${lang} ${report.id} title`).toBeGreaterThanOrEqual(0);
					for (const p of paragraphsOf(report)) {
						const shown = lang === 'en' && p.en ? p.en : p.zh;
						// Marks print as superscript numbers inside the text: compare the runs between them.
						const offsets = shown.marks.map((m) => m.offset);
						const chars = Array.from(shown.text);
						const runs = [0, ...offsets].map((start, i) =>
							chars.slice(start, offsets[i] ?? chars.length).join('')
						);
						for (const part of runs.map((r) => r.replace(/\s+/g, '')).filter((r) => r.length > 0)) {
							const at = text.indexOf(part, cursor);
							expect(
								at,
								`${lang} ${p.id}: “${part.slice(0, 30)}…” after ${cursor}`
							).toBeGreaterThanOrEqual(cursor);
							cursor = at + part.length;
						}
						found += 1;
					}
				}
				expect(found).toBe(reports.flatMap(paragraphsOf).length);
			}
		});

		it('embeds every font it uses, each with a Unicode map (pdffonts), and numbers every page with the citation in the footer', () => {
			for (const [lang, year] of ['zh', 'en'].flatMap((lang) =>
				corpusYears().map((year) => [lang, year] as const)
			)) {
				const file = join(pdfDir(), `datong-npc-${year}-${lang}.pdf`);
				const fonts = run('pdffonts', [file])
					.split('\n')
					.slice(2)
					.filter((l) => l.trim() !== '');
				expect(fonts.length).toBeGreaterThan(0);
				// Columns: name, type, encoding, emb, sub, uni, object, id: emb is fifth from the end, uni third.
				for (const line of fonts)
					expect([line.trim().split(/\s+/).at(-5), line.trim().split(/\s+/).at(-3)], line).toEqual([
						'yes',
						'yes',
					]);
				const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))?.[1]);
				// A title page, the contents, then each report from a page of its own.
				expect(pages, file).toBeGreaterThanOrEqual(reportsOf(year).length + 2);
				const text = run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']);
				for (let n = 1; n <= pages; n++)
					// pdftotext -layout keeps or drops the spaces around the slash as the line's width allows.
					expect(text, `${file} page ${n}`).toMatch(new RegExp(`${n} ?/ ?${pages}\\s*$`, 'm'));
				expect(text).toContain(
					lang === 'zh'
						? `大同市人大常委会年度工作报告档案，${year}年（版本`
						: `Annual Work Report Archive, ${year} (version`
				);
			}
		});
	}
);

describe('the PDF step without Chromium', () => {
	it('writes nothing and says loudly that the PDFs were skipped and how to install Chromium', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'no-chromium-'));
		const result = await makePdfs(
			dir,
			pdfJobs(['zh/print/2022/index.html']),
			join(dir, 'no', 'chromium')
		);
		expect(result).toHaveProperty('skipped');
		const message = 'skipped' in result ? result.skipped : '';
		expect(message).toMatch(/PDF edition SKIPPED/);
		expect(message).toContain('apt-get install -y chromium fonts-noto-cjk');
		expect(message).toContain('CHROMIUM_PATH');
		expect(readdirSync(dir)).toEqual([]);
	});

	it('the offline README.txt says what each file is', () => {
		const readme = readFileSync(join(offline, 'README.txt'), 'utf8');
		for (const name of [
			'data/archive.json',
			'data/archive.schema.json',
			'data/paragraphs.csv',
			'data/documents.csv',
			'data/tei/',
			'data/epub/',
			'SHA256SUMS',
		])
			expect(readme).toContain(name);
		if (hasChromium)
			for (const year of corpusYears())
				expect(readme).toContain(`data/pdf/datong-npc-${year}-zh.pdf`);
	});
});
