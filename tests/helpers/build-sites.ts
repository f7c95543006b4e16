/**
 * Global setup of the `site` project: builds, once, before any site test runs,
 * - the offline edition (`npm run package`), unzipped into `offline/`;
 * - `site`: the archive from the real content, built after the package as the
 *   deploy steps do, so it publishes the offline zip and the PDFs;
 * - `fallback`: the real content with one translation removed and one made
 *   stale (its recorded hash no longer matches the Chinese text), built beside
 *   the package, which it must not publish (made from other content);
 * - `subpath`: the archive under BASE_PATH=/reports/;
 * - `multiyear`: the real archive plus the fictional 2031 fixture, ingested by
 *   `npm run ingest` as an archivist would;
 * - `translated`: `multiyear` with 2031 translated through XLIFF export and
 *   import, partly, with hostile text, then one decision changed (tests/helpers/translated-year.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { unzipSync } from 'fflate';
import { buildSite, ROOT, TMP } from './site.ts';
import { translate2031 } from './translated-year.ts';

function timed(label: string, build: () => void): void {
	const started = Date.now();
	build();
	console.log(`built ${label} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** A copy of content/ where finance-economics has no English page and legal-affairs' translation is stale. */
export function makeFallbackContent(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
	cpSync(join(ROOT, 'content'), dir, { recursive: true });
	rmSync(join(dir, '2022', 'en', 'finance-economics.mdx'));
	const stale = join(dir, '2022', 'en', 'legal-affairs.mdx');
	writeFileSync(
		stale,
		readFileSync(stale, 'utf8').replace(
			/(translationOf:\s*\n\s*sha256:\s*)[0-9a-f]{64}/,
			`$1${'a'.repeat(64)}`
		)
	);
}

/** Runs `npm run package` and returns the zip's path. */
export function runPackage(): string {
	const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'node'), ['scripts/package.ts'], {
		cwd: ROOT,
		encoding: 'utf8',
	});
	if (result.status !== 0)
		throw new Error(`npm run package failed:\n${result.stdout}\n${result.stderr}`);
	const zip = /(release\/\S+\.zip):/.exec(result.stdout)?.[1];
	if (!zip) throw new Error(`npm run package did not name its zip:\n${result.stdout}`);
	return join(ROOT, zip);
}

/** Unzips a zip into a folder and returns the path of its single top-level folder. */
export function unzipTo(zip: string, dir: string): string {
	rmSync(dir, { recursive: true, force: true });
	let top = '';
	for (const [path, data] of Object.entries(unzipSync(new Uint8Array(readFileSync(zip))))) {
		top = path.split('/')[0]!;
		const target = join(dir, path);
		mkdirSync(join(target, '..'), { recursive: true });
		writeFileSync(target, data);
	}
	return join(dir, top);
}

/** content/ and seeds/ of the real archive plus the 2031 fixture, ingested with the real CLI. */
export function makeMultiyear(contentDir: string, seedsDir: string): void {
	for (const dir of [contentDir, seedsDir]) rmSync(dir, { recursive: true, force: true });
	cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
	cpSync(join(ROOT, 'seeds'), seedsDir, { recursive: true });
	for (const ext of ['txt', 'yaml'])
		cpSync(
			join(ROOT, 'tests', 'fixtures', 'ingest', 'year-2031', `input.${ext}`),
			join(seedsDir, `2031.${ext}`)
		);
	// The year's introduction, as an archivist writes it: Chinese only so far (tests/fixtures/prose/);
	// the build reads this copy's prose/ (ARCHIVE_PROSE_DIR).
	cpSync(
		join(ROOT, 'tests', 'fixtures', 'prose', 'zh', 'year', '2031.md'),
		join(contentDir, 'prose', 'zh', 'year', '2031.md')
	);
	const result = spawnSync(
		join(ROOT, 'node_modules', '.bin', 'node'),
		['scripts/ingest.ts', '--content', contentDir, join(seedsDir, '2031.txt')],
		// The seeds folder the build reads: ingest takes seeds only from there.
		{ cwd: ROOT, encoding: 'utf8', env: { ...process.env, ARCHIVE_SEEDS_DIR: seedsDir } }
	);
	if (result.status !== 0)
		throw new Error(`ingest of the 2031 fixture failed:\n${result.stdout}\n${result.stderr}`);
}

export default function setup(project: TestProject): void {
	const site = join(TMP, 'site');
	const fallback = join(TMP, 'fallback');
	const fallbackContent = join(TMP, 'fallback-content');
	const subpath = join(TMP, 'subpath');
	const multiyear = join(TMP, 'multiyear');
	for (const dir of [site, fallback, subpath, multiyear])
		rmSync(dir, { recursive: true, force: true });
	// The package first, then the hosted site, which publishes its zip and PDFs (README, Publishing).
	let zip = '';
	timed('the offline edition', () => (zip = runPackage()));
	timed('the archive', () => buildSite({ outDir: site, releaseDir: join(ROOT, 'release') }));
	makeFallbackContent(fallbackContent);
	// Built beside the same package: made from other content, the zip must not be published.
	timed('the fallback fixture', () =>
		buildSite({ outDir: fallback, contentDir: fallbackContent, releaseDir: join(ROOT, 'release') })
	);
	timed('the archive under /reports/', () => buildSite({ outDir: subpath, base: '/reports/' }));
	makeMultiyear(join(TMP, 'multiyear-content'), join(TMP, 'multiyear-seeds'));
	timed('the archive with the 2031 fixture', () =>
		buildSite({
			outDir: multiyear,
			contentDir: join(TMP, 'multiyear-content'),
			seedsDir: join(TMP, 'multiyear-seeds'),
			proseDir: join(TMP, 'multiyear-content', 'prose'),
		})
	);
	const translated = join(TMP, 'translated');
	rmSync(translated, { recursive: true, force: true });
	makeMultiyear(join(TMP, 'translated-content'), join(TMP, 'translated-seeds'));
	translate2031(join(TMP, 'translated-content'), join(TMP, 'translated-seeds'));
	timed('the archive with 2031 translated by XLIFF', () =>
		buildSite({
			outDir: translated,
			contentDir: join(TMP, 'translated-content'),
			seedsDir: join(TMP, 'translated-seeds'),
			proseDir: join(TMP, 'translated-content', 'prose'),
		})
	);
	project.provide('siteDir', site);
	project.provide('fallbackDir', fallback);
	project.provide('fallbackContentDir', fallbackContent);
	project.provide('subpathDir', subpath);
	project.provide('multiyearDir', multiyear);
	project.provide('translatedDir', translated);
	project.provide('translatedContentDir', join(TMP, 'translated-content'));
	project.provide('offlineZip', zip);
	project.provide('offlineDir', unzipTo(zip, join(TMP, 'offline')));
}

declare module 'vitest' {
	export interface ProvidedContext {
		siteDir: string;
		fallbackDir: string;
		fallbackContentDir: string;
		subpathDir: string;
		multiyearDir: string;
		translatedDir: string;
		translatedContentDir: string;
		offlineZip: string;
		offlineDir: string;
	}
}
