/**
 * npm run package
 *
 * Builds the offline edition: release/<name>-<version>-offline/ and a .zip of it.
 * Opened from file:// (a USB stick, an intranet share), every page reads,
 * navigates and searches; served over http(s) under any path, it works as the
 * hosted site does. The zip is reproducible: the same commit gives the same bytes.
 */
import { spawnSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { siteFiles } from '../src/lib/build/site-files.ts';
import { ARCHIVE_PACKAGE } from '../src/lib/content/archive-package.ts';
import { sha256 } from '../src/lib/hash.ts';
import { checksumList, offlineReadme } from '../src/lib/package/manifest.ts';
import { relativizeHtml } from '../src/lib/package/relative-links.ts';
import { zipFolder } from '../src/lib/package/zip.ts';
import { makePdfs, pdfJobs } from '../src/lib/editions/pdf/make-pdfs.ts';
import { offlineEditionName } from '../src/lib/editions/published.ts';
import { reportRunFailure } from './lib/run-failure.ts';

const name = offlineEditionName(ARCHIVE_PACKAGE.name, ARCHIVE_PACKAGE.version);
const out = join('release', name);
const zipPath = `${out}.zip`;

/** Builds the site as the offline edition: no absolute URL, the offline search index. */
async function buildSite(): Promise<boolean> {
	await rm(out, { recursive: true, force: true });
	await rm(zipPath, { force: true });
	console.log(`building ${out} …`);
	const build = spawnSync('astro', ['build'], {
		stdio: ['ignore', 'pipe', 'inherit'],
		encoding: 'utf8',
		env: {
			...process.env,
			ARCHIVE_OFFLINE: '1',
			BASE_PATH: '/',
			ARCHIVE_OUT_DIR: out,
			ARCHIVE_CACHE_DIR: join('node_modules', '.astro-offline'),
		},
	});
	if (build.status !== 0) {
		console.error(build.stdout);
		console.error('astro build failed; nothing was packaged.');
		return false;
	}
	await rm(join(out, 'sitemap-index.xml'), { force: true });
	return true;
}

/** Makes every link relative and points it at a file, so that file:// needs no server. */
async function relativizeLinks(): Promise<number> {
	let pages = 0;
	for (const file of await siteFiles(out, '.html')) {
		const path = join(out, file);
		await writeFile(path, relativizeHtml(await readFile(path, 'utf8'), file));
		pages += 1;
	}
	return pages;
}

/**
 * The PDF edition, typeset by Chromium from the print pages (the e-books and the open data
 * under data/ are made by the build itself). Without Chromium everything else is still packaged.
 */
async function typesetPdfs(): Promise<string[]> {
	const pdfs = await makePdfs(out, pdfJobs(await siteFiles(out, '.html')));
	if ('skipped' in pdfs) {
		console.warn(`\n${pdfs.skipped}\n`);
		return [];
	}
	for (const pdf of pdfs.written)
		console.log(`${join(out, pdf.path)}: ${(pdf.bytes / 1024).toFixed(0)} KiB`);
	return pdfs.written.map((p) => p.path);
}

/** A short bilingual README.txt that says what each file is, then SHA256SUMS of every file. */
async function readmeAndSums(pdfs: string[]): Promise<{ path: string; data: Uint8Array }[]> {
	await writeFile(
		join(out, 'README.txt'),
		offlineReadme(ARCHIVE_PACKAGE.name, ARCHIVE_PACKAGE.version, pdfs)
	);
	const contents: { path: string; data: Uint8Array }[] = [];
	for (const file of await siteFiles(out))
		contents.push({ path: file, data: new Uint8Array(await readFile(join(out, file))) });
	const sums = checksumList(contents.map((f) => ({ path: f.path, sha256: sha256(f.data) })));
	await writeFile(join(out, 'SHA256SUMS'), sums);
	contents.push({ path: 'SHA256SUMS', data: new TextEncoder().encode(sums) });
	return contents;
}

async function main(): Promise<number> {
	if (!(await buildSite())) return 1;
	const pages = await relativizeLinks();
	const contents = await readmeAndSums(await typesetPdfs());
	// The zip: sorted entries, fixed timestamps.
	const zip = zipFolder(name, contents);
	await writeFile(zipPath, zip);
	const bytes = contents.reduce((sum, f) => sum + f.data.length, 0);
	console.log(
		`${out}/: ${contents.length} files (${pages} pages), ${(bytes / 1024).toFixed(0)} KiB`
	);
	console.log(`${zipPath}: ${(zip.length / 1024).toFixed(0)} KiB, sha256 ${sha256(zip)}`);
	console.log(
		`Open ${join(out, 'index.html')} in a browser, or copy the folder (or unzip the .zip) anywhere.`
	);
	// The hosted build publishes this zip and its PDFs under /data/ (src/lib/editions/published.ts).
	console.log('To publish the zip and the PDFs with the hosted site, run `npm run build` next.');
	return 0;
}

/**
 * On an operating-system error (a full disk, a read-only folder, a folder where the zip
 * goes): one line naming the path, and no half-made edition left behind.
 */
async function fail(error: unknown): Promise<number> {
	const removed = await rm(out, { recursive: true, force: true }).then(
		() => true,
		() => false
	);
	await rm(zipPath, { force: true }).catch(() => undefined);
	return reportRunFailure(
		error,
		removed
			? 'The offline edition was not made; nothing was packaged.'
			: `The offline edition was not made; remove what is left of ${out} by hand.`
	);
}

process.exitCode = await main().catch(fail);
