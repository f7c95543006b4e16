/**
 * npm run bench [-- --years 10,50,100] [-- --no-lighthouse] [-- --no-peer]
 *
 * Measures the archive; reports, asserts nothing. Writes release/bench/results.json
 * and prints a markdown table (the README quotes the latest one).
 *
 * 1. Pipeline stages (ingest, astro build, Pagefind) on the real archive and on
 *    synthetic archives of 10, 50 and 100 years made from the real text
 *    (src/lib/bench/synthesize.ts): seconds, peak memory, dist and index size,
 *    and each stage's cost per year relative to the 10-year archive, so that
 *    growth faster than linear shows as a ratio above 1.
 * 2. Page weight: every page type's HTML, CSS and JS (gzipped, from the built
 *    files, as the budget test counts them), and the legal-affairs report in
 *    Chromium beside the same report built with Starlight (scripts/lib/
 *    starlight-peer.ts; `--no-peer` prints the figure recorded in issue 20).
 * 3. In Chromium on the built site: bytes and requests of a reading page, time to
 *    first search results (cold, then warm) and bytes the search fetched.
 * 4. Lighthouse (mobile) on the landing, a year and a report page in both languages,
 *    in the light and the dark colour scheme.
 * 5. Screenshots for review (not compared by anything): a report and a search page,
 *    phone (390 × 844) and desktop (1280 × 900), both languages, both schemes, in
 *    release/bench/screenshots/.
 */
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { synthesizeYear } from '../src/lib/bench/synthesize.ts';
import { extractIndexedPage } from '../src/lib/search/extract.ts';
import { regionAt } from '../src/lib/search/paragraph.ts';
import {
	chromiumCommandLine,
	chromiumPath,
	isChromiumInstalled,
	launchChromium,
} from '../src/lib/chromium.ts';
import {
	measureTransfers,
	pageTypeTable,
	pageTypeWeights,
	peerTable,
} from './lib/page-transfers.ts';
import { serve } from './lib/serve.ts';
import { buildStarlightPeer, type PeerPage, RECORDED_PEER } from './lib/starlight-peer.ts';

const { values } = parseArgs({
	options: {
		years: { type: 'string', default: '10,50,100' },
		'no-lighthouse': { type: 'boolean', default: false },
		'no-peer': { type: 'boolean', default: false },
	},
});
const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, 'release', 'bench');
const CHROMIUM = chromiumPath();
const NODE = join(ROOT, 'node_modules', '.bin', 'node');

interface Stage {
	seconds: number;
	peakMB: number;
}

/** Runs a command under /usr/bin/time, returning wall seconds and peak resident memory. */
function timed(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Stage {
	const result = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', command, ...args], {
		cwd: ROOT,
		env: { ...process.env, ...env },
		encoding: 'utf8',
		maxBuffer: 1 << 28,
	});
	const match = /TIME ([\d.]+) (\d+)\s*$/.exec(result.stderr);
	if (result.status !== 0 || !match)
		throw new Error(
			`${command} ${args.join(' ')} failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`
		);
	return { seconds: Number(match[1]), peakMB: Math.round(Number(match[2]) / 1024) };
}

function sizeMB(dir: string): number {
	let bytes = 0;
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
		if (entry.isFile()) bytes += statSync(join(entry.parentPath, entry.name)).size;
	return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

interface ArchiveRun {
	archive: string;
	years: number;
	pages: number;
	ingest: Stage;
	build: Stage;
	pagefind: Stage;
	distMB: number;
	indexMB: number;
}

/** Ingest, build and index one archive whose seeds are in `seedsDir`. */
function runArchive(name: string, seedsDir: string, contentDir: string, years: number): ArchiveRun {
	const out = join(WORK, name, 'dist');
	rmSync(out, { recursive: true, force: true });
	const seeds = readdirSync(seedsDir)
		.filter((f) => f.endsWith('.txt'))
		.map((f) => join(seedsDir, f));
	console.log(`  ${name}: ingest ${seeds.length} seeds …`);
	const ingest = timed(NODE, ['scripts/ingest.ts', '--content', contentDir, ...seeds], {
		ARCHIVE_SEEDS_DIR: seedsDir,
	});
	console.log(`  ${name}: astro build …`);
	const env = {
		ARCHIVE_CONTENT_DIR: contentDir,
		ARCHIVE_SEEDS_DIR: seedsDir,
		ARCHIVE_OUT_DIR: out,
		ARCHIVE_CACHE_DIR: join(WORK, name, 'cache'),
		ARCHIVE_SKIP_SEARCH_INDEX: '1',
	};
	rmSync(env.ARCHIVE_CACHE_DIR, { recursive: true, force: true });
	const build = timed(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], env);
	console.log(`  ${name}: Pagefind …`);
	const pagefind = timed(NODE, [
		'--input-type=module',
		'-e',
		`const { buildSearchIndex } = await import(${JSON.stringify(join(ROOT, 'src/lib/build/pagefind-index.ts'))}); await buildSearchIndex(${JSON.stringify(out)});`,
	]);
	const pages = readdirSync(out, { recursive: true }).filter((f) =>
		String(f).endsWith('.html')
	).length;
	return {
		archive: name,
		years,
		pages,
		ingest,
		build,
		pagefind,
		distMB: sizeMB(out),
		indexMB: sizeMB(join(out, 'pagefind')),
	};
}

/** The real archive, ingested into a scratch copy (content/ is not touched). */
function realArchive(): ArchiveRun {
	const content = join(WORK, 'real', 'content');
	rmSync(content, { recursive: true, force: true });
	cpSync(join(ROOT, 'content'), content, { recursive: true });
	return runArchive('real', join(ROOT, 'seeds'), content, 1);
}

/** A synthetic archive of `n` years made from the 2022 text. */
function syntheticArchive(n: number): ArchiveRun {
	const seeds = join(WORK, `synthetic-${n}`, 'seeds');
	const content = join(WORK, `synthetic-${n}`, 'content');
	for (const dir of [seeds, content]) rmSync(dir, { recursive: true, force: true });
	mkdirSync(seeds, { recursive: true });
	const source = readFileSync(join(ROOT, 'seeds', '2022.txt'), 'utf8');
	for (let i = 0; i < n; i++)
		writeFileSync(join(seeds, `${2099 - i}.txt`), synthesizeYear(source, 2022, 2099 - i));
	return runArchive(`synthetic-${n}`, seeds, content, n);
}

interface ReadingPageMetrics {
	path: string;
	requests: number;
	bytes: number;
	gzipBytes: number;
}

interface SearchMetrics {
	lang: string;
	query: string;
	coldMs: number;
	warmMs: number;
	bytes: number;
	requests: number;
}

interface BrowserMetrics {
	readingPage: ReadingPageMetrics;
	search: SearchMetrics[];
}

/** What a reading page fetched until the network was idle: requests and bytes, raw and gzipped. */
async function readingPageMetrics(browser: Browser, url: string): Promise<ReadingPageMetrics> {
	const path = 'zh/2022/standing-committee/';
	const context = await browser.newContext();
	const page = await context.newPage();
	const bodies: Buffer[] = [];
	page.on('response', async (response) =>
		bodies.push(await response.body().catch(() => Buffer.alloc(0)))
	);
	await page.goto(url + path, { waitUntil: 'networkidle' });
	const metrics = {
		path,
		requests: bodies.length,
		bytes: bodies.reduce((s, b) => s + b.length, 0),
		gzipBytes: bodies.reduce((s, b) => s + gzipSync(b).length, 0),
	};
	await context.close();
	return metrics;
}

/** Types a query in the search page's box and returns the milliseconds until its results are shown. */
async function timeQuery(page: Page, query: string): Promise<number> {
	const started = Date.now();
	await page.fill('#search-q', query);
	// The status names each word in quotation marks (“liaison” and “station”).
	await page.waitForFunction(
		(word) =>
			document.querySelector('[data-search-status]')?.textContent?.includes(`“${word}”`) &&
			!document.querySelector('[data-search-status]')?.textContent?.includes('…'),
		query.split(' ')[0]!
	);
	return Date.now() - started;
}

/** A first query on a fresh search page (cold), then a second (warm), with what search fetched. */
async function searchMetrics(
	browser: Browser,
	url: string,
	[lang, first, second]: [string, string, string]
): Promise<SearchMetrics> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${url}${lang}/search/`, { waitUntil: 'networkidle' });
	let bytes = 0;
	let requests = 0;
	page.on('response', async (response) => {
		requests += 1;
		bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
	});
	const coldMs = await timeQuery(page, first);
	const warmMs = await timeQuery(page, second);
	await context.close();
	return { lang, query: `${first} → ${second}`, coldMs, warmMs, bytes, requests };
}

/** A reading page's transfers and search times, in Chromium on the built site. */
async function browserMetrics(browser: Browser, dist: string): Promise<BrowserMetrics> {
	const site = await serve(dist);
	try {
		const readingPage = await readingPageMetrics(browser, site.url);
		const search: SearchMetrics[] = [];
		for (const queries of [
			['zh', '黄花', '联络站'],
			['zh', '大同人大', '颐养工程'],
			['en', 'daylily', 'liaison station'],
		] as [string, string, string][])
			search.push(await searchMetrics(browser, site.url, queries));
		return { readingPage, search };
	} finally {
		await site.close();
	}
}

/** The newest year's legal-affairs report in Chinese, as built: its path and its text for the peer. */
function legalAffairs(dist: string): { path: string; page: PeerPage } {
	const years = readdirSync(join(dist, 'zh')).filter(
		(d) => /^\d{4}$/.test(d) && existsSync(join(dist, 'zh', d, 'legal-affairs', 'index.html'))
	);
	const path = `zh/${years.sort().at(-1)}/legal-affairs/`;
	const indexed = extractIndexedPage(readFileSync(join(dist, path, 'index.html'), 'utf8'))!;
	const paragraphs = indexed.anchors
		.filter((a) => /^p\d+$/.test(a.id))
		.map((a) => {
			const region = regionAt(indexed.anchors, a.location, indexed.text.length);
			return indexed.text.slice(region.start, region.end).trim();
		});
	return { path, page: { title: indexed.title, paragraphs, lang: 'zh-CN' } };
}

/** The Starlight peer's page in Chromium, built now, or the recorded figure when it cannot be built. */
async function peerTransfers(
	browser: Browser,
	page: PeerPage
): Promise<Parameters<typeof peerTable>[1]> {
	try {
		if (values['no-peer']) throw new Error('--no-peer');
		console.log('  building the Starlight peer …');
		const built = buildStarlightPeer(ROOT, WORK, page);
		const transfers = await measureTransfers(browser, built.dist, built.path);
		return { label: 'Starlight 0.42.9, the same report (built now)', transfers };
	} catch (error) {
		console.log(
			`  Starlight peer not built (${(error as Error).message.split('\n')[0]}): the recorded figure`
		);
		return { label: `Starlight, ${RECORDED_PEER.source}`, ...RECORDED_PEER };
	}
}

/** Page weight: every page type from the files, and the legal-affairs report beside the Starlight peer. */
async function weighPages(browser: Browser | undefined, dist: string): Promise<string> {
	const types = pageTypeTable(await pageTypeWeights(dist));
	if (!browser) return types;
	const { path, page } = legalAffairs(dist);
	const archive = {
		label: `archive \`/${path}\``,
		transfers: await measureTransfers(browser, dist, path),
	};
	const peer = await peerTransfers(browser, page);
	return `${types}\n\nIn Chromium (gzipped, every request until the network is idle):\n\n${peerTable(archive, peer)}`;
}

type Scheme = 'light' | 'dark';
const SCHEMES: Scheme[] = ['light', 'dark'];

interface LighthouseResult {
	path: string;
	scheme: Scheme;
	scores: Record<string, number>;
}

/** Lighthouse's mobile scores of the landing, a year and a report page in both languages, in one colour scheme. */
async function lighthouseScores(dist: string, scheme: Scheme): Promise<LighthouseResult[]> {
	const [{ default: lighthouse }, chromeLauncher] = await Promise.all([
		import('lighthouse'),
		import('chrome-launcher'),
	]);
	const site = await serve(dist);
	// Lighthouse has no colour-scheme setting; Blink's own preference makes prefers-color-scheme match (0 = dark, 1 = light).
	const chromeFlags = [
		...chromiumCommandLine(),
		`--blink-settings=preferredColorScheme=${scheme === 'dark' ? 0 : 1}`,
	];
	// chrome-launcher starts Chromium with a new empty user-data-dir of its own.
	const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags });
	const results: LighthouseResult[] = [];
	try {
		for (const path of [
			'',
			'zh/2022/',
			'zh/2022/standing-committee/',
			'en/2022/',
			'en/2022/standing-committee/',
		]) {
			const result = await lighthouse(site.url + path, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
			});
			const categories = result?.lhr.categories ?? {};
			results.push({
				path: `/${path}`,
				scheme,
				scores: Object.fromEntries(
					Object.entries(categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)])
				),
			});
			console.log(`  lighthouse /${path} (${scheme}): ${JSON.stringify(results.at(-1)!.scores)}`);
		}
	} finally {
		chrome.kill();
		await site.close();
	}
	return results;
}

const DEVICES = {
	phone: {
		viewport: { width: 390, height: 844 },
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true,
	},
	desktop: { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 },
};

const SCREENSHOT_PAGES = {
	report: (lang: string) => `${lang}/2022/standing-committee/`,
	search: (lang: string) =>
		`${lang}/search/?q=${lang === 'zh' ? encodeURIComponent('黄花') : 'daylily'}`,
};

/** One device and colour scheme: a report and a search page in each language; returns the files written. */
async function screenshotsOf(
	browser: Browser,
	url: string,
	dir: string,
	[device, colorScheme]: [keyof typeof DEVICES, Scheme]
): Promise<string[]> {
	const context = await browser.newContext({ ...DEVICES[device], colorScheme });
	const written: string[] = [];
	for (const lang of ['zh', 'en']) {
		for (const [name, path] of Object.entries(SCREENSHOT_PAGES)) {
			const page = await context.newPage();
			await page.goto(url + path(lang), { waitUntil: 'networkidle' });
			if (name === 'search') await page.waitForSelector('[data-search-results] li');
			const file = join(dir, `${name}-${lang}-${device}-${colorScheme}.png`);
			await page.screenshot({ path: file });
			written.push(file.slice(ROOT.length + 1));
			await page.close();
		}
	}
	await context.close();
	return written;
}

/** First-screen screenshots of a report and a search page, for people to look at; returns the files written. */
async function takeScreenshots(browser: Browser, dist: string): Promise<string[]> {
	const dir = join(WORK, 'screenshots');
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const site = await serve(dist);
	const written: string[] = [];
	try {
		for (const device of Object.keys(DEVICES) as (keyof typeof DEVICES)[])
			for (const colorScheme of SCHEMES)
				written.push(...(await screenshotsOf(browser, site.url, dir, [device, colorScheme])));
	} finally {
		await site.close();
	}
	return written;
}

function table(runs: ArchiveRun[]): string {
	const base = runs.find((r) => r.archive === 'synthetic-10');
	const growth = (run: ArchiveRun, stage: 'ingest' | 'build' | 'pagefind') =>
		base && run.years >= 10
			? (run[stage].seconds / run.years / (base[stage].seconds / base.years)).toFixed(2)
			: '–';
	const rows = runs.map((r) =>
		[
			r.archive,
			r.years,
			r.pages,
			r.ingest.seconds,
			r.build.seconds,
			r.pagefind.seconds,
			Math.max(r.ingest.peakMB, r.build.peakMB, r.pagefind.peakMB),
			r.distMB,
			r.indexMB,
			`${growth(r, 'ingest')} / ${growth(r, 'build')} / ${growth(r, 'pagefind')}`,
		].join(' | ')
	);
	return [
		'| archive | years | pages | ingest s | astro build s | Pagefind s | peak MB | dist MB | index MB | cost per year vs 10 years (ingest / build / Pagefind) |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
		...rows.map((row) => `| ${row} |`),
	].join('\n');
}

interface Machine {
	cpu: string;
	memoryGB: number;
	node: string;
	chromium: string;
	date: string;
}

/** The machine the bench runs on, printed with every result. */
function describeMachine(): Machine {
	return {
		cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
		memoryGB: Math.round(totalmem() / 1024 ** 3),
		node: process.version,
		chromium: isChromiumInstalled(CHROMIUM)
			? spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout.trim()
			: 'not installed',
		date: new Date().toISOString(),
	};
}

/** The reading page's transfers and the search times as markdown. */
function browserSection(browser: BrowserMetrics | undefined): string[] {
	if (!browser) return ['Chromium not installed: no browser measurements.', ''];
	const { readingPage: page } = browser;
	return [
		`Reading page \`/${page.path}\`: ${page.requests} requests, ${(page.bytes / 1024).toFixed(1)} KB (${(page.gzipBytes / 1024).toFixed(1)} KB gzipped).`,
		'',
		'Search times run from typing the query to the results shown, including the 60 ms typing pause.',
		'',
		'| search | queries | first results, cold ms | next query, warm ms | fetched KB | requests |',
		'| --- | --- | ---: | ---: | ---: | ---: |',
		...browser.search.map(
			(s) =>
				`| ${s.lang} | ${s.query} | ${s.coldMs} | ${s.warmMs} | ${(s.bytes / 1024).toFixed(1)} | ${s.requests} |`
		),
		'',
	];
}

/** The Lighthouse scores as a markdown table (nothing when Lighthouse did not run). */
function lighthouseSection(lighthouse: LighthouseResult[]): string[] {
	if (lighthouse.length === 0) return [];
	return [
		'| Lighthouse (mobile) | scheme | performance | accessibility | best practices | SEO |',
		'| --- | --- | ---: | ---: | ---: | ---: |',
		...lighthouse.map(
			(l) =>
				`| ${l.path} | ${l.scheme} | ${l.scores['performance']} | ${l.scores['accessibility']} | ${l.scores['best-practices']} | ${l.scores['seo']} |`
		),
	];
}

interface Results {
	machine: Machine;
	runs: ArchiveRun[];
	weights: string;
	browser: BrowserMetrics | undefined;
	lighthouse: LighthouseResult[];
	screenshots: string[];
}

/** Every result as the markdown the README quotes. */
function resultsMarkdown({ machine, runs, weights, browser, lighthouse, screenshots }: Results) {
	return [
		`Measured ${machine.date.slice(0, 10)} on ${machine.cpu}, ${machine.memoryGB} GB RAM, Node ${machine.node}, ${machine.chromium}.`,
		'',
		table(runs),
		'',
		'Page weight (gzipped; the page types come from the build):',
		'',
		weights,
		'',
		...browserSection(browser),
		...lighthouseSection(lighthouse),
		...(screenshots.length > 0
			? [
					'',
					`${screenshots.length} screenshots for review in release/bench/screenshots/ (report and search pages; phone and desktop; zh and en; light and dark).`,
				]
			: []),
	].join('\n');
}

/** Page weight, browser metrics and screenshots, in one Chromium (none when it is not installed). */
async function measureInChromium(dist: string) {
	const browser = isChromiumInstalled(CHROMIUM) ? await launchChromium(CHROMIUM) : undefined;
	try {
		console.log('Page weight:');
		const weights = await weighPages(browser, dist);
		console.log('Chromium:');
		const metrics = browser && (await browserMetrics(browser, dist));
		const screenshots = browser ? await takeScreenshots(browser, dist) : [];
		return { weights, browser: metrics, screenshots };
	} finally {
		await browser?.close();
	}
}

async function main(): Promise<void> {
	const machine = describeMachine();
	console.log(
		`Benchmark on ${machine.cpu}, ${machine.memoryGB} GB, Node ${machine.node}, ${machine.chromium}`
	);
	mkdirSync(WORK, { recursive: true });
	console.log('Pipeline stages:');
	const years = values.years
		.split(',')
		.map(Number)
		.filter((n) => n > 0);
	const runs = [realArchive(), ...years.map(syntheticArchive)];
	// The real archive's dist has its Pagefind index: the Pagefind stage above wrote it.
	const dist = join(WORK, 'real', 'dist');
	const measured = await measureInChromium(dist);
	const lighthouse =
		!values['no-lighthouse'] && isChromiumInstalled(CHROMIUM)
			? [...(await lighthouseScores(dist, 'light')), ...(await lighthouseScores(dist, 'dark'))]
			: [];
	const { weights, browser, screenshots } = measured;
	const results: Results = { machine, runs, weights, browser, lighthouse, screenshots };
	const markdown = resultsMarkdown(results);
	writeFileSync(join(WORK, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
	writeFileSync(join(WORK, 'results.md'), `${markdown}\n`);
	console.log(`\n${markdown}\n\nWritten to release/bench/results.json and results.md.`);
}

await main();
