/**
 * The files under `/data/` of every edition, made from the edition model:
 * the archive as JSON (all years, and one file per year) with its JSON Schema,
 * the paragraphs and the index of laws and documents as CSV, TEI per report
 * and the e-books. The build serves them
 * as Astro endpoints (src/pages/data/[...file].ts) and the Data page lists
 * them with their sizes, from this one list. The hosted build adds the offline
 * edition's zip and PDFs when they were packaged first (published.ts).
 */
import schema from './data/archive.schema.json' with { type: 'json' };
import { paragraphsToCsv } from './data/csv.ts';
import { documentsToCsv } from './data/documents.ts';
import { archiveToJson, SCHEMA_FILE, toJsonText } from './data/json.ts';
import { buildEpub, EPUB_VARIANTS, epubFileName } from './epub/book.ts';
import type { EpubVariant } from './epub/xhtml.ts';
import type { EditionArchive } from './model.ts';
import { reportToTei } from './tei/tei.ts';

/** What a download is, for the Data page's groups and the README. */
export type DownloadKind =
	'json' | 'schema' | 'csv' | 'documents' | 'tei' | 'epub' | 'tmx' | 'offline' | 'pdf';

export interface Download {
	/** Path from the site root, e.g. `data/archive.json`. */
	path: string;
	kind: DownloadKind;
	mediaType: string;
	/** The year it covers; all years when absent. */
	year?: number;
	/** The report it holds (TEI), as `<year>/<slug>`. */
	report?: string;
	/** The e-book's languages. */
	variant?: EpubVariant;
	/** The PDF's language (`zh`, `en`). */
	pdfLang?: string;
	bytes: Uint8Array;
}

const encoder = new TextEncoder();

/** A JSON download (the whole archive, or one year's). */
function jsonDownload(path: string, value: unknown, year?: number): Download {
	return {
		path,
		kind: 'json',
		mediaType: 'application/json',
		...(year !== undefined && { year }),
		bytes: encoder.encode(toJsonText(value)),
	};
}

/** The data files: the JSON (archive and per year), its schema, the CSVs and the translation memory. */
function dataDownloads(archive: EditionArchive, version: string, tmx?: string): Download[] {
	const csv = 'text/csv; charset=utf-8; header=present';
	return [
		jsonDownload('data/archive.json', archiveToJson(archive, version)),
		...archive.years.map((y) =>
			jsonDownload(`data/${y.year}.json`, archiveToJson(archive, version, y.year), y.year)
		),
		{
			path: `data/${SCHEMA_FILE}`,
			kind: 'schema',
			mediaType: 'application/schema+json',
			bytes: encoder.encode(toJsonText(schema)),
		},
		{
			path: 'data/paragraphs.csv',
			kind: 'csv',
			mediaType: csv,
			bytes: encoder.encode(paragraphsToCsv(archive)),
		},
		{
			path: 'data/documents.csv',
			kind: 'documents',
			mediaType: csv,
			bytes: encoder.encode(documentsToCsv(archive)),
		},
		...(tmx === undefined
			? []
			: [
					{
						path: 'data/archive.tmx',
						kind: 'tmx',
						mediaType: 'application/x-tmx+xml',
						bytes: encoder.encode(tmx),
					} satisfies Download,
				]),
	];
}

/** The editions of each year: a TEI file per report, then the year's e-books. */
function yearDownloads(archive: EditionArchive, version: string): Download[] {
	return [
		...archive.years.flatMap((y) =>
			y.reports.map((r): Download => ({
				path: `data/tei/${r.id}.xml`,
				kind: 'tei',
				mediaType: 'application/tei+xml',
				year: y.year,
				report: r.id,
				bytes: encoder.encode(reportToTei(r, y, version)),
			}))
		),
		...archive.years.flatMap((y) =>
			EPUB_VARIANTS.map((variant): Download => ({
				path: `data/epub/${epubFileName(y.year, variant)}`,
				kind: 'epub',
				mediaType: 'application/epub+zip',
				year: y.year,
				variant,
				bytes: buildEpub(y, variant, version),
			}))
		),
	];
}

/**
 * Every download of an archive, in the order the Data page lists them.
 *
 * @param version the archive's version (package.json), recorded in the data
 * @param tmx the translation memory of the archive (buildTmx in src/lib/content/tmx.ts), when there is one
 */
export function buildDownloads(archive: EditionArchive, version: string, tmx?: string): Download[] {
	return [...dataDownloads(archive, version, tmx), ...yearDownloads(archive, version)];
}

/**
 * A size for people: bytes, KB or MB (1 KB = 1024 bytes), one decimal.
 *
 * @example formatSize(20480) // '20.0 KB'
 */
export function formatSize(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
