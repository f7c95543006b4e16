/**
 * The peer the archive's weight is compared with (issue 20): the same report
 * built with Starlight, Astro's documentation theme, as a Starlight site of one
 * page. Installed from scripts/bench-peer/ (exact versions and a lockfile, with
 * `npm ci`, so every run builds the same peer) into release/bench/starlight-peer/;
 * needs the npm registry the first time. `npm run bench` weighs its page in
 * Chromium beside the archive's (see page-transfers.ts).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The figure an earlier session measured, printed when the peer cannot be built here. */
export const RECORDED_PEER = {
	kb: 52.0,
	requests: 9,
	source: 'recorded in issue 20 by an earlier session (Starlight, same text; no date recorded)',
};

/** What the peer's one page holds: the report's title and its text as Markdown paragraphs. */
export interface PeerPage {
	title: string;
	paragraphs: string[];
	/** BCP 47 tag of the text, e.g. `zh-CN`. */
	lang: string;
}

/** Runs a command, failing with its output. */
function run(command: string, args: string[], cwd: string): void {
	const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
	if (result.status !== 0)
		throw new Error(
			`${[command, ...args].join(' ')} failed:\n${result.stdout.slice(-2000)}${result.stderr.slice(-2000)}`
		);
}

/** The Starlight project's files: a config with one locale, the docs collection, the page. */
function writeProject(dir: string, page: PeerPage): void {
	mkdirSync(join(dir, 'src', 'content', 'docs'), { recursive: true });
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
export default defineConfig({
	integrations: [starlight({ title: ${JSON.stringify(page.title)}, locales: { root: { label: ${JSON.stringify(page.lang)}, lang: ${JSON.stringify(page.lang)} } } })],
});
`
	);
	writeFileSync(
		join(dir, 'src', 'content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`
	);
	writeFileSync(
		join(dir, 'src', 'content', 'docs', 'report.md'),
		`---\ntitle: ${JSON.stringify(page.title)}\n---\n\n${page.paragraphs.join('\n\n')}\n`
	);
}

/**
 * Installs (once) and builds the peer under `work`; returns its built site and
 * the page's path in it.
 *
 * @param root the archive's root (where scripts/bench-peer/ is)
 */
export function buildStarlightPeer(
	root: string,
	work: string,
	page: PeerPage
): { dist: string; path: string } {
	const dir = join(work, 'starlight-peer');
	mkdirSync(dir, { recursive: true });
	for (const file of ['package.json', 'package-lock.json'])
		copyFileSync(join(root, 'scripts', 'bench-peer', file), join(dir, file));
	// npm run puts npm's own script in npm_execpath; run directly, the npm on PATH.
	const npm = process.env['npm_execpath'];
	const [command, prefix] = npm ? [process.execPath, [npm]] : ['npm', []];
	if (!existsSync(join(dir, 'node_modules', 'astro')))
		run(command, [...prefix, 'ci', '--no-audit', '--no-fund'], dir);
	rmSync(join(dir, 'src'), { recursive: true, force: true });
	writeProject(dir, page);
	run(process.execPath, [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], dir);
	return { dist: join(dir, 'dist'), path: 'report/' };
}
