/**
 * The edition model of the build, from the content collection (so the data,
 * the e-books and the pages of one build always show the same text), loaded
 * once per build: the one loader of every edition. Each paragraph's source
 * lines come from its page's frontmatter (recorded by ingest); the build
 * reads no seed, only each year's decisions file for the editions' source.
 */
import { readFileSync } from 'node:fs';
import { getArchive, type ReportRecord } from '../archive.ts';
import { ARCHIVE_PACKAGE } from '../content/archive-package.ts';
import { pairPages } from '../content/report-pages.ts';
import { readSeedRecords } from '../content/seed-files.ts';
import { alignedPairs, buildTmx } from '../content/tmx.ts';
import { buildDownloads, type Download } from './downloads.ts';
import { PRINT_LANGS, toPrintEdition } from './pdf/print-model.ts';
import { type EditionArchive, toEditionArchive, toEditionReport } from './model.ts';
import { findPublishedEditions, offlineEditionName } from './published.ts';

let cached: Promise<EditionArchive> | undefined;
let downloads: Promise<Download[]> | undefined;

/** The archive's version, from package.json (recorded in the data and the e-books). */
export function archiveVersion(): string {
	return ARCHIVE_PACKAGE.version;
}

/**
 * The files under /data/ of this build, made once (the endpoints and the Data
 * page share them). The hosted build adds the offline edition's zip and its
 * PDFs when `npm run package` made them first, from the same content
 * (published.ts; the release folder is ARCHIVE_RELEASE_DIR, `release/` by default).
 */
export function getDownloads(): Promise<Download[]> {
	downloads ??= Promise.all([getEditionArchive(), getArchive()]).then(([archive, { reports }]) => {
		const own = buildDownloads(archive, archiveVersion(), archiveTmx(reports));
		if (process.env['ARCHIVE_OFFLINE'] === '1') return own;
		const { name, version } = ARCHIVE_PACKAGE;
		const published = findPublishedEditions(
			process.env['ARCHIVE_RELEASE_DIR'] ?? 'release',
			offlineEditionName(name, version),
			own.find((d) => d.path === 'data/archive.json')!.bytes
		);
		if (published.problem)
			console.warn(`\nThe offline edition is not published: ${published.problem}\n`);
		return [...own, ...published.downloads];
	});
	return downloads;
}

/**
 * The translation memory of the build's content: the pages' files as written (the
 * TMX builder reads frontmatter and body, as `npm run translations -- tmx` does).
 */
function archiveTmx(reports: ReportRecord[]): string {
	const files = new Map<string, string>();
	for (const report of reports) {
		for (const entry of [report.zh, report.en]) {
			if (entry?.filePath) files.set(`${entry.id}.mdx`, readFileSync(entry.filePath, 'utf8'));
		}
	}
	return buildTmx(alignedPairs(pairPages(files)), {
		name: 'datong-npc-archive',
		version: archiveVersion(),
	});
}

/** `getStaticPaths` of the /data/ endpoints: one route per download. */
export async function getDownloadPaths() {
	return (await getDownloads()).map((download) => ({
		params: { file: download.path.replace(/^data\//, '') },
		props: { download },
	}));
}

/** The edition model of this build. */
export function getEditionArchive(): Promise<EditionArchive> {
	cached ??= loadEditionArchive();
	return cached;
}

async function loadEditionArchive(): Promise<EditionArchive> {
	const { reports } = await getArchive();
	return toEditionArchive(
		reports.map((r) =>
			toEditionReport({
				zh: { data: r.zh.data, body: r.zh.body ?? '' },
				en: r.en && { data: r.en.data, body: r.en.body ?? '' },
			})
		),
		readSeedRecords()
	);
}

/**
 * `getStaticPaths` of the print pages (`/{lang}/print/{year}/`), from which the
 * PDFs are typeset; the print edition is prepared here for the page.
 */
export async function getPrintPaths() {
	const archive = await getEditionArchive();
	const version = archiveVersion();
	return PRINT_LANGS.flatMap((lang) =>
		archive.years.map((year) => ({
			params: { lang, year: String(year.year) },
			props: { edition: toPrintEdition(year, lang, version) },
		}))
	);
}
