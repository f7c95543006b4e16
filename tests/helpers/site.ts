/**
 * Builds the archive for tests and serves it on localhost.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { siteFiles } from '../../src/lib/build/site-files.ts';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const TMP = join(ROOT, 'tests', '.tmp');

export interface BuildOptions {
	/** Output directory. */
	outDir: string;
	contentDir?: string;
	seedsDir?: string;
	/** ARCHIVE_PROSE_DIR: the prose the build reads (content/prose/ by default). */
	proseDir?: string;
	/** Base path, e.g. `/reports/`. */
	base?: string;
	offline?: boolean;
	/**
	 * Where the build looks for a packaged offline edition to publish (ARCHIVE_RELEASE_DIR);
	 * by default a folder that does not exist, so no build depends on an earlier `npm run package`.
	 */
	releaseDir?: string;
}

/** Runs `astro build` with the given content and output directories; throws with Astro's output on failure. */
export function buildSite(options: BuildOptions): void {
	mkdirSync(TMP, { recursive: true });
	const env: NodeJS.ProcessEnv = {
		...process.env,
		ARCHIVE_OUT_DIR: options.outDir,
		// Each build gets its own content-layer cache so fixtures never mix.
		ARCHIVE_CACHE_DIR: `${options.outDir}-cache`,
		ARCHIVE_RELEASE_DIR: options.releaseDir ?? join(TMP, 'no-release'),
	};
	if (options.contentDir) env['ARCHIVE_CONTENT_DIR'] = options.contentDir;
	if (options.seedsDir) env['ARCHIVE_SEEDS_DIR'] = options.seedsDir;
	if (options.proseDir) env['ARCHIVE_PROSE_DIR'] = options.proseDir;
	if (options.base) env['BASE_PATH'] = options.base;
	if (options.offline) env['ARCHIVE_OFFLINE'] = '1';
	const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], {
		cwd: ROOT,
		env,
		encoding: 'utf8',
	});
	if (result.status !== 0) {
		throw new Error(`astro build failed (${options.outDir}):\n${result.stdout}\n${result.stderr}`);
	}
}

// The server is shared with scripts/bench.ts, so it lives with the scripts.
export { type Served, serve } from '../../scripts/lib/serve.ts';

/** Every HTML file of a built site, as paths relative to it with `/` separators. */
export const htmlFiles = (dir: string): Promise<string[]> => siteFiles(dir, '.html');
