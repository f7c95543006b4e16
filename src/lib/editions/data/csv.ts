/**
 * The paragraphs as CSV (`/data/paragraphs.csv`): one row per paragraph of
 * every report, both languages, RFC 4180 (CRLF, quoted where needed), UTF-8
 * with a header row. Written by csv-stringify rather than by hand: quoting
 * rules are easy to get subtly wrong.
 *
 * Safe to open in a spreadsheet: a cell beginning with `=`, `+`, `-`, `@`, tab
 * or carriage return (or their full-width forms) would run as a formula, so it
 * is prefixed with `'` (OWASP "CSV Injection"; csv-stringify's
 * `escape_formulas`), which spreadsheets show as text and hide. The JSON and TEI
 * keep every text exactly. The file starts with a UTF-8 byte order mark: without
 * it Excel reads the bytes as a legacy code page and the Chinese is garbled;
 * CSV parsers (papaparse among them) skip it.
 *
 * @see https://owasp.org/www-community/attacks/CSV_Injection
 */
import { stringify, type Options } from 'csv-stringify/sync';
import { blockText, type EditionArchive } from '../model.ts';

/**
 * How every CSV of the open data is written: a header row, CRLF (RFC 4180), a
 * byte order mark so that Excel reads the UTF-8 Chinese, and formulas escaped.
 */
export const CSV_OPTIONS: Options = {
	header: true,
	record_delimiter: 'windows',
	escape_formulas: true,
	bom: true,
};
/** The header row, in column order. */
export const CSV_COLUMNS = [
	'id',
	'year',
	'report',
	'paragraph',
	'zh',
	'en',
	'source_file',
	'source_lines',
	'marks',
	'translation',
] as const;

/**
 * Every paragraph as one CSV row. `en` is empty where there is no translation;
 * `source_lines` lists the source lines of the Chinese paragraph (`25 27` for a
 * joined one); `marks` the numbers of the editorial entries marked in it.
 */
export function paragraphsToCsv(archive: EditionArchive): string {
	const rows: string[][] = [];
	for (const year of archive.years) {
		for (const report of year.reports) {
			for (const block of report.blocks) {
				if (block.type !== 'paragraph' || block.zh.type !== 'paragraph') continue;
				const marks = block.zh.runs.flatMap((run) => (run.type === 'mark' ? [String(run.n)] : []));
				rows.push([
					`${report.id}/p${block.n}`,
					String(report.year),
					report.slug,
					String(block.n),
					blockText(block.zh),
					blockText(block.en),
					report.zh.source.file,
					(block.lines ?? []).join(' '),
					marks.join(' '),
					report.translation,
				]);
			}
		}
	}
	return stringify(rows, { ...CSV_OPTIONS, columns: [...CSV_COLUMNS] });
}
