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
 *
 * ARCHIVE_TEST_SITES=site,offline,… builds only those (for a run of a few test
 * files, e.g. the staged run of tests/stage-year.ts); the others are provided as
 * '' and a test that reads one fails on it. Unset or empty: every site.
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

/**
 * content/ and seeds/ of the real archive plus the 2031 fixture, ingested with
 * the real CLI. A 2031 already in the archive (the staged run adds it) is
 * replaced: the fixture is always its Chinese alone.
 */
export function makeMultiyear(contentDir: string, seedsDir: string): void {
	for (const dir of [contentDir, seedsDir]) rmSync(dir, { recursive: true, force: true });
	cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
	cpSync(join(ROOT, 'seeds'), seedsDir, { recursive: true });
	rmSync(join(contentDir, '2031'), { recursive: true, force: true });
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

/** The offline edition's zip and the folder it was unzipped to, once built. */
const offline = { zip: '', dir: '' };

/** The sites the tests read, each with how it is built. */
const SITES = {
	// The package first, then the hosted site, which publishes its zip and PDFs (README, Publishing).
	offline: () => {
		offline.zip = runPackage();
		offline.dir = unzipTo(offline.zip, join(TMP, 'offline'));
	},
	site: () => buildSite({ outDir: join(TMP, 'site'), releaseDir: join(ROOT, 'release') }),
	// Built beside the same package: made from other content, the zip must not be published.
	fallback: () => {
		makeFallbackContent(join(TMP, 'fallback-content'));
		buildSite({
			outDir: join(TMP, 'fallback'),
			contentDir: join(TMP, 'fallback-content'),
			releaseDir: join(ROOT, 'release'),
		});
	},
	subpath: () => buildSite({ outDir: join(TMP, 'subpath'), base: '/reports/' }),
	multiyear: () => {
		makeMultiyear(join(TMP, 'multiyear-content'), join(TMP, 'multiyear-seeds'));
		buildSite({
			outDir: join(TMP, 'multiyear'),
			contentDir: join(TMP, 'multiyear-content'),
			seedsDir: join(TMP, 'multiyear-seeds'),
			proseDir: join(TMP, 'multiyear-content', 'prose'),
		});
	},
	translated: () => {
		makeMultiyear(join(TMP, 'translated-content'), join(TMP, 'translated-seeds'));
		translate2031(join(TMP, 'translated-content'), join(TMP, 'translated-seeds'));
		buildSite({
			outDir: join(TMP, 'translated'),
			contentDir: join(TMP, 'translated-content'),
			seedsDir: join(TMP, 'translated-seeds'),
			proseDir: join(TMP, 'translated-content', 'prose'),
		});
	},
} as const;
type SiteName = keyof typeof SITES;

/** The sites ARCHIVE_TEST_SITES asks for (all when it is unset or empty); throws on a name it does not know. */
function chosenSites(): SiteName[] {
	const names = (process.env['ARCHIVE_TEST_SITES'] ?? '').split(',').filter(Boolean);
	const unknown = names.filter((name) => !(name in SITES));
	if (unknown.length > 0)
		throw new Error(
			`ARCHIVE_TEST_SITES: unknown site ${unknown.join(', ')} (known: ${Object.keys(SITES).join(', ')})`
		);
	// In SITES' order whatever the order asked: the package before the site that publishes it.
	const all = Object.keys(SITES) as SiteName[];
	return names.length > 0 ? all.filter((name) => names.includes(name)) : all;
}

export default function setup(project: TestProject): void {
	const chosen = chosenSites();
	for (const name of Object.keys(SITES)) rmSync(join(TMP, name), { recursive: true, force: true });
	for (const name of chosen) timed(name, SITES[name]);
	const built = (name: SiteName, path: string) => (chosen.includes(name) ? path : '');
	project.provide('siteDir', built('site', join(TMP, 'site')));
	project.provide('fallbackDir', built('fallback', join(TMP, 'fallback')));
	project.provide('fallbackContentDir', built('fallback', join(TMP, 'fallback-content')));
	project.provide('subpathDir', built('subpath', join(TMP, 'subpath')));
	project.provide('multiyearDir', built('multiyear', join(TMP, 'multiyear')));
	project.provide('translatedDir', built('translated', join(TMP, 'translated')));
	project.provide('translatedContentDir', built('translated', join(TMP, 'translated-content')));
	project.provide('offlineZip', offline.zip);
	project.provide('offlineDir', offline.dir);
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
