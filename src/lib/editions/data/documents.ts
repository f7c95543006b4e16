/**
 * The index of laws and documents as open data: in the JSON archive
 * (`documents`, see archive.schema.json) and as `/data/documents.csv`, one row
 * per citing paragraph. The titles and their English come from
 * src/lib/content/documents.ts, the same as the index page's.
 */
import { stringify } from 'csv-stringify/sync';
import { CSV_OPTIONS } from './csv.ts';
import {
	type CitedDocument,
	citedDocuments,
	DOCUMENTS,
	type ParagraphText,
} from '../../content/documents.ts';
import { blockText, type EditionArchive } from '../model.ts';

/** The header row of documents.csv, in column order. */
export const DOCUMENT_CSV_COLUMNS = ['zh', 'en', 'id', 'year', 'report', 'paragraph'] as const;

/** Every paragraph of some years (all by default) with its Chinese text, in archive order. */
export function paragraphTexts(archive: EditionArchive, only?: number): ParagraphText[] {
	return archive.years
		.filter((year) => only === undefined || year.year === only)
		.flatMap((year) => year.reports)
		.flatMap((report) =>
			report.blocks
				.filter((block) => block.type === 'paragraph')
				.map((block) => ({
					year: report.year,
					slug: report.slug,
					paragraph: block.n,
					text: blockText(block.zh),
				}))
		);
}

/** The titles the paragraphs of some years (all by default) cite, in order of first citation. */
export function documentsOf(
	archive: EditionArchive,
	only?: number,
	entries = DOCUMENTS
): CitedDocument[] {
	return citedDocuments(paragraphTexts(archive, only), entries);
}

/** The `documents` of the JSON archive. */
export function documentsToJson(documents: CitedDocument[]) {
	return documents.map((document) => ({
		zh: document.zh,
		en: document.en ?? null,
		citations: document.citations.map((c) => ({
			id: `${c.year}/${c.slug}/p${c.paragraph}`,
			year: c.year,
			report: c.slug,
			paragraph: c.paragraph,
		})),
	}));
}

/**
 * documents.csv: one row per title and citing paragraph, written as every CSV
 * of the open data is (CSV_OPTIONS: RFC 4180, BOM, formulas escaped); `en` is
 * empty where no English title is recorded.
 */
export function documentsToCsv(archive: EditionArchive): string {
	const rows = documentsOf(archive).flatMap((document) =>
		document.citations.map((c) => [
			document.zh,
			document.en ?? '',
			`${c.year}/${c.slug}/p${c.paragraph}`,
			String(c.year),
			c.slug,
			String(c.paragraph),
		])
	);
	return stringify(rows, { ...CSV_OPTIONS, columns: [...DOCUMENT_CSV_COLUMNS] });
}
