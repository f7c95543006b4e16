/**
 * Builds the archive for tests and serves it on localhost.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { siteFiles } from '../../src/lib/build/site-files.ts';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const TMP = join(ROOT, 'tests', '.tmp');

export interface BuildOptions {
	/** Output directory. */
	outDir: string;
	contentDir?: string;
	seedsDir?: string;
	/** Base path, e.g. `/reports/`. */
	base?: string;
	offline?: boolean;
}

/** Runs `astro build` with the given content and output directories; throws with Astro's output on failure. */
export function buildSite(options: BuildOptions): void {
	mkdirSync(TMP, { recursive: true });
	const env: NodeJS.ProcessEnv = {
		...process.env,
		ARCHIVE_OUT_DIR: options.outDir,
		// Each build gets its own content-layer cache so fixtures never mix.
		ARCHIVE_CACHE_DIR: `${options.outDir}-cache`,
	};
	if (options.contentDir) env['ARCHIVE_CONTENT_DIR'] = options.contentDir;
	if (options.seedsDir) env['ARCHIVE_SEEDS_DIR'] = options.seedsDir;
	if (options.base) env['BASE_PATH'] = options.base;
	if (options.offline) env['ARCHIVE_OFFLINE'] = '1';
	const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], { cwd: ROOT, env, encoding: 'utf8' });
	if (result.status !== 0) {
		throw new Error(`astro build failed (${options.outDir}):\n${result.stdout}\n${result.stderr}`);
	}
}

export interface Served {
	/** The site's URL, ending in the base path. */
	url: string;
	close: () => Promise<void>;
}

/** Serves a built site on a free localhost port, under `base`. */
export async function serve(dir: string, base = '/'): Promise<Served> {
	if (!existsSync(dir)) throw new Error(`nothing to serve: ${dir} does not exist`);
	const files = sirv(dir, { dev: true, extensions: ['html'] });
	const server: Server = createServer((req, res) => {
		const url = req.url ?? '/';
		if (!url.startsWith(base)) {
			res.statusCode = 404;
			res.end('not under the base path');
			return;
		}
		req.url = `/${url.slice(base.length)}`;
		files(req, res, () => {
			res.statusCode = 404;
			res.end('not found');
		});
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		// Browsers keep connections alive: drop them, or close() waits for them forever.
		close: () =>
			new Promise((done) => {
				server.close(() => done());
				server.closeAllConnections();
			}),
	};
}

/** Every HTML file of a built site, as paths relative to it with `/` separators. */
export const htmlFiles = (dir: string): Promise<string[]> => siteFiles(dir, '.html');
