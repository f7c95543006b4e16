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
import { sha256 } from '../src/lib/hash.ts';
import { checksumList, offlineReadme } from '../src/lib/package/manifest.ts';
import { relativizeHtml } from '../src/lib/package/relative-links.ts';
import { zipFolder } from '../src/lib/package/zip.ts';
import { makePdfs, pdfJobs } from '../src/lib/editions/pdf/make-pdfs.ts';
import { offlineEditionName } from '../src/lib/editions/published.ts';

const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { name: string; version: string };
const name = offlineEditionName(pkg.name, pkg.version);
const out = join('release', name);
const zipPath = `${out}.zip`;

// Build the site as the offline edition: no absolute URL, the offline search index.
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
	process.exit(1);
}
await rm(join(out, 'sitemap-index.xml'), { force: true });

// Make every link relative and point it at a file, so that file:// needs no server.
let pages = 0;
for (const file of await siteFiles(out, '.html')) {
	const path = join(out, file);
	await writeFile(path, relativizeHtml(await readFile(path, 'utf8'), file));
	pages += 1;
}

// The PDF edition, typeset by Chromium from the print pages (the e-books and the open data
// under data/ are made by the build itself). Without Chromium everything else is still packaged.
const pdfs = await makePdfs(out, pdfJobs(await siteFiles(out, '.html')));
if ('skipped' in pdfs) console.warn(`\n${pdfs.skipped}\n`);
else
	for (const pdf of pdfs.written)
		console.log(`${join(out, pdf.path)}: ${(pdf.bytes / 1024).toFixed(0)} KiB`);

// A short bilingual README.txt that says what each file is, then SHA256SUMS of every file.
await writeFile(
	join(out, 'README.txt'),
	offlineReadme(pkg.name, pkg.version, 'written' in pdfs ? pdfs.written.map((p) => p.path) : [])
);
const contents: { path: string; data: Uint8Array }[] = [];
for (const file of await siteFiles(out))
	contents.push({ path: file, data: new Uint8Array(await readFile(join(out, file))) });
const sums = checksumList(contents.map((f) => ({ path: f.path, sha256: sha256(f.data) })));
await writeFile(join(out, 'SHA256SUMS'), sums);
contents.push({ path: 'SHA256SUMS', data: new TextEncoder().encode(sums) });

// The zip: sorted entries, fixed timestamps.
const zip = zipFolder(name, contents);
await writeFile(zipPath, zip);

const bytes = contents.reduce((sum, f) => sum + f.data.length, 0);
console.log(`${out}/: ${contents.length} files (${pages} pages), ${(bytes / 1024).toFixed(0)} KiB`);
console.log(`${zipPath}: ${(zip.length / 1024).toFixed(0)} KiB, sha256 ${sha256(zip)}`);
console.log(
	`Open ${join(out, 'index.html')} in a browser, or copy the folder (or unzip the .zip) anywhere.`
);
// The hosted build publishes this zip and its PDFs under /data/ (src/lib/editions/published.ts).
console.log('To publish the zip and the PDFs with the hosted site, run `npm run build` next.');
