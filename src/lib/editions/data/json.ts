/**
 * The archive as JSON (`/data/archive.json` and `/data/<year>.json`): every
 * report and paragraph with its id, both languages, its source file and lines,
 * the editorial marks (where they stand in the text) and notes. Described by
 * archive.schema.json beside this file.
 */
import type { TextLang as Lang } from '../../i18n.ts';
import { DATASET_LICENCE, DATASET_TITLE } from '../dataset.ts';
import { documentsOf, documentsToJson } from './documents.ts';
import {
	type AlignedBlock,
	type BodyBlock,
	type EditionArchive,
	type EditionReport,
	type EditionYear,
	runsToText,
} from '../model.ts';

/** The file name the data points to for its schema. */
export const SCHEMA_FILE = 'archive.schema.json';

/** A paragraph's text in one language, with each mark's position as a count of Unicode code points. */
export interface JsonText {
	text: string;
	marks: { n: number; type: string; offset: number }[];
}

function textOf(block: BodyBlock | undefined): JsonText | null {
	if (!block || block.type !== 'paragraph') return null;
	const marks: JsonText['marks'] = [];
	let offset = 0;
	for (const run of block.runs) {
		if (run.type === 'text') offset += Array.from(run.value).length;
		else marks.push({ n: run.n, type: run.mark, offset });
	}
	return { text: runsToText(block.runs), marks };
}

function headingOf(block: BodyBlock | undefined): string | null {
	return block?.type === 'heading' ? block.text : null;
}

/** The report's page path in a language, relative to the site root. */
export function reportPath(lang: Lang, report: { year: number; slug: string }): string {
	return `${lang}/${report.year}/${report.slug}/`;
}

/** One block of a report as JSON: a heading, a paragraph in both languages with its source lines, or a mark. */
function blockToJson(id: string, block: AlignedBlock) {
	if (block.type === 'heading')
		return {
			type: 'heading' as const,
			id: `${id}/s${block.n}`,
			n: block.n,
			zh: headingOf(block.zh)!,
			en: headingOf(block.en),
		};
	if (block.type === 'paragraph')
		return {
			type: 'paragraph' as const,
			id: `${id}/p${block.n}`,
			n: block.n,
			zh: textOf(block.zh)!,
			en: textOf(block.en),
			lines: block.lines ?? null,
		};
	return { type: 'mark' as const, mark: block.mark!, n: block.n };
}

/** One report as JSON. */
export function reportToJson(report: EditionReport) {
	const { zh, en } = report;
	return {
		id: report.id,
		year: report.year,
		slug: report.slug,
		kind: report.kind,
		order: report.order,
		committee: report.committee,
		title: report.title,
		// A headline or subtitle not translated yet is left out of the English page: no English article.
		article: {
			zh: zh.article,
			en: en?.article?.title && en.article.subtitle ? en.article : null,
		},
		byline: { zh: zh.byline ?? null, en: en?.byline ?? null },
		credit: { zh: zh.credit ?? null, en: en?.credit ?? null },
		authors: zh.authors,
		// null: the newspaper, day and page were not recorded (the archive never guesses them).
		publication: zh.publication
			? {
					newspaper: zh.publication.newspaper,
					date: zh.publication.date ?? null,
					page: zh.publication.page ?? null,
				}
			: null,
		source: {
			file: zh.source.file,
			originalName: zh.source.originalName ?? null,
			received: zh.source.received ?? null,
			sha256: zh.source.sha256,
			lines: zh.source.lines,
		},
		translation: {
			status: report.translation,
			translator: en?.translator ?? null,
			translates: en?.translationOf.sha256 ?? null,
			credit: (en && zh.translation?.credit) ?? null,
			method: (en && zh.translation?.method) ?? null,
		},
		pages: { zh: reportPath('zh', report), en: reportPath('en', report) },
		blocks: report.blocks.map((block) => blockToJson(report.id, block)),
		editorial: zh.editorial,
		figures: zh.figures,
	};
}

function yearToJson(year: EditionYear) {
	return { year: year.year, source: year.source ?? null, reports: year.reports.map(reportToJson) };
}

/** The whole document: the dataset's description, the years given (all of them for archive.json) and the titles they cite. */
export function archiveToJson(archive: EditionArchive, version: string, only?: number) {
	return {
		$schema: `./${SCHEMA_FILE}`,
		title: DATASET_TITLE,
		version,
		licence: DATASET_LICENCE,
		years: archive.years.filter((y) => only === undefined || y.year === only).map(yearToJson),
		documents: documentsToJson(documentsOf(archive, only)),
	};
}

/** The JSON text of a document, as written to a file: two-space indented, final newline. */
export function toJsonText(value: unknown): string {
	return `${JSON.stringify(value, null, 2)}\n`;
}
