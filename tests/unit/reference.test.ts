/**
 * The glossary and the index of laws and documents: pinyin and its order
 * (pinyin-pro), the glossary's terms linked to the paragraphs where they occur,
 * every 《…》 title of the reports with its English title and the paragraphs
 * citing it — on the real content (expectations derived from content/) and on
 * fixtures — and the index in the open data, read back by ajv and papaparse.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import schema from '../../src/lib/editions/data/archive.schema.json' with { type: 'json' };
import {
	citedDocuments,
	citedTitles,
	DOCUMENTS,
	DocumentsSchema,
	shortTitle,
} from '../../src/lib/content/documents.ts';
import { comparePinyin, initialOf, pinyinOf } from '../../src/lib/content/pinyin.ts';
import { createTermList, TERM_LIST, termsOfText } from '../../src/lib/content/term-list.ts';
import {
	DOCUMENT_CSV_COLUMNS,
	documentsOf,
	documentsToCsv,
	paragraphTexts,
} from '../../src/lib/editions/data/documents.ts';
import { archiveToJson } from '../../src/lib/editions/data/json.ts';
import type { EditionArchive } from '../../src/lib/editions/model.ts';
import { getEditionArchive } from '../../src/lib/editions/from-collection.ts';
import { GlossarySchema, TERMS } from '../../src/lib/glossary.ts';
import { documentIndex, glossaryLetters } from '../../src/lib/reference-index.ts';
import { createRoutes } from '../../src/lib/urls.ts';
import glossaryData from '../../src/data/glossary.json' with { type: 'json' };
import documentsData from '../../src/data/documents.json' with { type: 'json' };
import { hostileArchive } from '../helpers/editions.ts';

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
const routes = createRoutes('/');

/** Every 《…》 title of the real reports, with the ids of the paragraphs citing it (derived from content/). */
function titlesInContent(): Map<string, string[]> {
	const titles = new Map<string, string[]>();
	for (const p of paragraphTexts(real))
		for (const match of p.text.matchAll(/《([^《》]+)》/g)) {
			const ids = titles.get(match[1]!) ?? [];
			const id = `${p.year}/${p.slug}/p${p.paragraph}`;
			if (!ids.includes(id)) ids.push(id);
			titles.set(match[1]!, ids);
		}
	return titles;
}

describe('pinyinOf', () => {
	it('reads polyphonic characters by their word, in citation tones', () => {
		expect(pinyinOf('两个确立')).toBe('liǎng gè què lì');
		expect(pinyinOf('银行')).toBe('yín háng');
		expect(pinyinOf('市十六届人大一次会议')).toBe('shì shí liù jiè rén dà yī cì huì yì');
		expect(pinyinOf('“三农”工作')).toBe('sān nóng gōng zuò');
	});
});

describe('comparePinyin', () => {
	it('orders as a dictionary: syllable by syllable, letters (ü after u) then tone', () => {
		expect(['两个维护', '监督', '两个确立', '绿色', '路', '旅', '陆'].sort(comparePinyin)).toEqual([
			'监督',
			'两个确立',
			'两个维护',
			'路',
			'陆',
			'旅',
			'绿色',
		]);
		expect(initialOf('郑苗苗')).toBe('Z');
	});
});

describe('citedTitles and shortTitle', () => {
	it('reads the titles in 《》 and a title without its issuer', () => {
		expect(citedTitles('对《山西省动物防疫条例》《大同市文明行为条例》实施情况')).toEqual([
			'山西省动物防疫条例',
			'大同市文明行为条例',
		]);
		expect(shortTitle('大同市文明行为条例')).toBe('文明行为条例');
		expect(shortTitle('中华人民共和国促进科技成果转化法')).toBe('促进科技成果转化法');
		expect(shortTitle('人民日报')).toBeUndefined();
	});
});

describe('the term list', () => {
	it('holds the glossary, the registry and every document title, an explicit entry winning', () => {
		const zh = new Set(TERM_LIST.map((t) => t.zh));
		for (const term of TERMS) expect(zh.has(term.zh), term.zh).toBe(true);
		for (const document of DOCUMENTS) expect(zh.has(document.zh), document.zh).toBe(true);
		const list = createTermList(
			[{ zh: '文明行为条例', en: 'Civilized Behavior Regulations', accept: [] }],
			[],
			[{ zh: '大同市文明行为条例', en: 'Regulations of Datong Municipality on Civilized Behavior' }]
		);
		expect(list.find((t) => t.zh === '文明行为条例')?.en).toBe('Civilized Behavior Regulations');
	});

	it('reads a known 《》 title as one title, not as the terms inside it', () => {
		const terms = termsOfText('《大同市桑干河流域生态修复与保护条例》').map((t) => t.zh);
		expect(terms).toEqual([]);
		expect(termsOfText('桑干河').map((t) => t.zh)).toEqual(['桑干河']);
	});

	it('validates its data files', () => {
		expect(GlossarySchema.safeParse(glossaryData).error?.issues ?? []).toEqual([]);
		expect(DocumentsSchema.safeParse(documentsData).error?.issues ?? []).toEqual([]);
		expect(DocumentsSchema.safeParse({ documents: [{ zh: '《某条例》', en: 'x' }] }).success).toBe(
			false
		);
	});
});

describe('glossaryLetters', () => {
	it('lists every glossary term once, in pinyin order under its initial letter, with its pinyin', () => {
		for (const lang of ['zh', 'en'] as const) {
			const letters = glossaryLetters(real, lang, routes);
			const entries = letters.flatMap((l) => l.entries);
			expect(entries.map((e) => e.zh).sort()).toEqual(TERMS.map((t) => t.zh).sort());
			expect(entries.map((e) => e.zh)).toEqual([...entries.map((e) => e.zh)].sort(comparePinyin));
			for (const { letter, entries: under } of letters)
				for (const entry of under)
					expect(entry.pinyin.normalize('NFD').charAt(0).toUpperCase(), entry.zh).toBe(letter);
		}
	});

	it('links each term to every paragraph whose Chinese uses it, in the page’s language', () => {
		const entries = glossaryLetters(real, 'en', routes).flatMap((l) => l.entries);
		const paragraphs = paragraphTexts(real);
		for (const entry of entries) {
			const expected = paragraphs
				.filter((p) => termsOfText(p.text).some((t) => t.zh === entry.zh))
				.map((p) => `/en/${p.year}/${p.slug}/#p${p.paragraph}`);
			expect(
				entry.occurrences.flatMap((o) => o.paragraphs.map((p) => p.href)),
				entry.zh
			).toEqual(expected);
		}
		expect(entries.filter((e) => e.occurrences.length > 0).length).toBeGreaterThan(
			entries.length / 2
		);
	});

	it('gives political terms their line of explanation in the page’s language', () => {
		const explained = TERMS.filter((t) => t.explanation);
		expect(explained.length).toBeGreaterThan(0);
		for (const lang of ['zh', 'en'] as const) {
			const entries = glossaryLetters(real, lang, routes).flatMap((l) => l.entries);
			for (const term of explained)
				expect(entries.find((e) => e.zh === term.zh)?.explanation).toBe(term.explanation![lang]);
		}
	});
});

describe('documentIndex', () => {
	it('lists every 《》 title of the reports with the paragraphs citing it (derived from content/)', () => {
		const titles = titlesInContent();
		expect(titles.size).toBeGreaterThan(0);
		for (const lang of ['zh', 'zh-hant', 'en'] as const) {
			const index = documentIndex(real, lang, routes);
			expect(index.map((d) => d.zh).sort()).toEqual([...titles.keys()].sort());
			for (const document of index)
				expect(
					document.citations.flatMap((c) => c.paragraphs.map((p) => p.href)),
					document.zh
				).toEqual(
					titles.get(document.zh)!.map((id) => {
						const [year, slug, p] = id.split('/');
						return `/${lang}/${year}/${slug}/#${p}`;
					})
				);
		}
	});

	it('gives every title its English title from src/data/documents.json', () => {
		const english = new Map(DOCUMENTS.map((d) => [d.zh, d.en]));
		const missing = [...titlesInContent().keys()].filter((zh) => !english.has(zh));
		expect(missing, 'add these titles to src/data/documents.json').toEqual([]);
		for (const document of documentIndex(real, 'en', routes))
			expect(document.en).toBe(english.get(document.zh));
	});

	it('orders by pinyin on the Chinese pages and by English title on the English page, untitled last', () => {
		const paragraphs = [
			{ year: 2031, slug: 'a', paragraph: 1, text: '《乙条例》《甲条例》《丙条例》' },
		];
		expect(citedDocuments(paragraphs, [{ zh: '甲条例', en: 'Zeta' }]).map((d) => d.en)).toEqual([
			undefined,
			'Zeta',
			undefined,
		]);
		const zh = documentIndex(real, 'zh', routes).map((d) => d.zh);
		expect(zh).toEqual([...zh].sort(comparePinyin));
		const en = documentIndex(real, 'en', routes).flatMap((d) => (d.en ? [d.en] : []));
		expect(en).toEqual([...en].sort((a, b) => a.localeCompare(b, 'en')));
	});
});

describe('the index in the open data', () => {
	const ajv = () => {
		const validator = new Ajv2020({ allErrors: true, strict: true });
		validator.addFormat('uri', /^https?:\/\/\S+$/);
		return validator.compile(schema);
	};

	it('is the documents field of the JSON (valid against its schema), one year’s titles in a year’s file', () => {
		const validate = ajv();
		const data = JSON.parse(JSON.stringify(archiveToJson(real, '1.0.0'))) as ReturnType<
			typeof archiveToJson
		>;
		expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
		const titles = titlesInContent();
		expect(data.documents.map((d) => d.zh).sort()).toEqual([...titles.keys()].sort());
		for (const document of data.documents)
			expect(document.citations.map((c) => c.id)).toEqual(titles.get(document.zh));
		for (const year of real.years.map((y) => y.year)) {
			const one = archiveToJson(real, '1.0.0', year);
			expect(validate(JSON.parse(JSON.stringify(one)))).toBe(true);
			expect(one.documents.flatMap((d) => d.citations).every((c) => c.year === year)).toBe(true);
		}
		const broken = JSON.parse(JSON.stringify(data)) as { documents: { citations: unknown[] }[] };
		broken.documents[0]!.citations = [];
		expect(validate(broken)).toBe(false);
	});

	it('is documents.csv, one row per citing paragraph, read back by papaparse as written', () => {
		const parsed = Papa.parse<Record<string, string>>(documentsToCsv(real), {
			header: true,
			skipEmptyLines: true,
		});
		expect(parsed.errors).toEqual([]);
		expect(parsed.meta.fields).toEqual([...DOCUMENT_CSV_COLUMNS]);
		const expected = [...titlesInContent()].flatMap(([zh, ids]) => ids.map((id) => `${zh} ${id}`));
		expect(parsed.data.map((row) => `${row['zh']} ${row['id']}`).sort()).toEqual(expected.sort());
		const english = new Map(DOCUMENTS.map((d) => [d.zh, d.en]));
		for (const row of parsed.data) expect(row['en']).toBe(english.get(row['zh']!) ?? '');
	});

	it('escapes a title a spreadsheet would run as a formula, and keeps quotes and commas', () => {
		const archive = hostileArchive();
		const report = archive.years[0]!.reports[0]!;
		const block = report.blocks.find((b) => b.type === 'paragraph')!;
		block.zh = {
			type: 'paragraph',
			n: block.n,
			runs: [{ type: 'text', value: '《=HYPERLINK("x")》《甲, "乙"》' }],
		};
		expect(documentsOf(archive).map((d) => d.zh)).toEqual(['=HYPERLINK("x")', '甲, "乙"']);
		const rows = Papa.parse<Record<string, string>>(documentsToCsv(archive), {
			header: true,
			skipEmptyLines: true,
		}).data;
		expect(rows.map((r) => r['zh'])).toEqual([`'=HYPERLINK("x")`, '甲, "乙"']);
	});
});
