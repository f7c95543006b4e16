/**
 * The editions `npm run package` makes that the hosted site publishes beside
 * its own downloads: the offline edition's zip and its PDFs. Run `npm run
 * package` before `npm run build`: the build reads the zip from the release
 * folder and serves it, and the PDFs inside it, under /data/, so the Data page
 * lists them with their sizes and other pages link them. Only a zip made from
 * the same content is published: its `data/archive.json` must be, byte for
 * byte, the one this build makes. Otherwise the build says why and links none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { LANGS } from '../i18n.ts';
import type { Download } from './downloads.ts';

/**
 * The folder and zip name of the offline edition.
 *
 * @example offlineEditionName('datong-npc-archive', '1.0.0') // 'datong-npc-archive-1.0.0-offline'
 */
export function offlineEditionName(name: string, version: string): string {
	return `${name}-${version}-offline`;
}

/** The PDFs of the offline edition: `data/pdf/datong-npc-<year>-<lang>.pdf`. */
const PDF_PATH = /^data\/pdf\/datong-npc-(\d{4})-([a-z-]+)\.pdf$/;

export interface PublishedEditions {
	downloads: Download[];
	/** Why a zip that is there is not published (made from other content, unreadable). */
	problem?: string;
}

/**
 * The offline zip found in `releaseDir` and the PDFs it holds, as downloads of
 * the hosted site; none when there is no zip, or when it was made from other
 * content than `archiveJson` (this build's `data/archive.json`).
 */
export function findPublishedEditions(
	releaseDir: string,
	editionName: string,
	archiveJson: Uint8Array
): PublishedEditions {
	const zipPath = join(releaseDir, `${editionName}.zip`);
	if (!existsSync(zipPath)) return { downloads: [] };
	const zip = new Uint8Array(readFileSync(zipPath));
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(zip, {
			filter: (file) =>
				file.name === `${editionName}/data/archive.json` || file.name.endsWith('.pdf'),
		});
	} catch (error) {
		return { downloads: [], problem: `${zipPath} is not a readable zip (${String(error)})` };
	}
	const packaged = files[`${editionName}/data/archive.json`];
	if (!packaged || !sameBytes(packaged, archiveJson))
		return {
			downloads: [],
			problem: `${zipPath} was packaged from other content than this build's (its data/archive.json differs); run \`npm run package\` again before \`npm run build\``,
		};
	return { downloads: [zipDownload(editionName, zip), ...pdfDownloads(files, editionName)] };
}

function zipDownload(editionName: string, bytes: Uint8Array): Download {
	return { path: `data/${editionName}.zip`, kind: 'offline', mediaType: 'application/zip', bytes };
}

/** The zip's PDFs, by year (newest first), then in the archive's order of languages (Chinese first). */
function pdfDownloads(files: Record<string, Uint8Array>, editionName: string): Download[] {
	const pdfs: Download[] = [];
	for (const [name, bytes] of Object.entries(files)) {
		const path = name.slice(editionName.length + 1);
		const match = PDF_PATH.exec(path);
		if (!match) continue;
		pdfs.push({
			path,
			kind: 'pdf',
			mediaType: 'application/pdf',
			year: Number(match[1]),
			pdfLang: match[2]!,
			bytes,
		});
	}
	const rank = (d: Download) => LANGS.indexOf(d.pdfLang as (typeof LANGS)[number]);
	return pdfs.sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || rank(a) - rank(b));
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
	return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
