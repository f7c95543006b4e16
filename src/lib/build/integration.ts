import { mkdir, readdir, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { LANGS } from '../i18n.ts';
import { bundleAll, bundleClient, type ClientBundles } from './client-bundle.ts';
import { renderHeaders } from './headers.ts';
import { OFFLINE_ENGINE_PATH } from '../offline-paths.ts';
import { writeOfflineIndexes } from './offline-index.ts';
import { buildSearchIndex } from './pagefind-index.ts';

/**
 * The archive's build steps around Astro: the browser scripts (classic scripts,
 * see client-bundle.ts) and, after the pages are built, the Pagefind index (see
 * pagefind-index.ts); for the offline edition also the offline search engine and
 * its index (see offline-index.ts); for the hosted site the `_headers` a CDN
 * applies (see headers.ts).
 */

/** The sub-folders of each language folder of a built site (the pages under it). */
async function pageFolders(out: string): Promise<Record<string, string[]>> {
	const folders: Record<string, string[]> = {};
	for (const lang of LANGS) {
		const entries = await readdir(join(out, lang), { withFileTypes: true });
		folders[lang] = entries
			.filter((entry) => entry.isDirectory())
			.map((entry) => entry.name)
			.sort();
	}
	return folders;
}

/** The name a bundle's file starts with (`_app/search.<hash>.css` → `search.css`), to find it again when rebuilt. */
const stem = (path: string) => path.replace(/^_app\//, '').replace(/\.[0-9a-f]{10}\./, '.');

/**
 * The dev server's answer for the browser bundles: rebuilt at each request, so
 * that an edit shows on reload (their names keep the hashes of the first build).
 */
function serveBundles() {
	type Next = (error?: unknown) => void;
	type Server = {
		middlewares: {
			use: (fn: (req: IncomingMessage, res: ServerResponse, next: Next) => void) => void;
		};
	};
	return {
		name: 'datong-archive:client-scripts',
		configureServer(server: Server) {
			server.middlewares.use((req, res, next) => {
				const wanted = /\/_app\/[^/?]+/.exec(req.url ?? '')?.[0].slice(1);
				if (!wanted) return next();
				// connect ignores a returned promise: a failed bundle goes to next(error).
				bundleAll().then((fresh) => {
					const bundle = Object.values(fresh).find((b) => stem(b.path) === stem(wanted));
					if (!bundle) return next();
					const type = bundle.path.endsWith('.css') ? 'text/css' : 'text/javascript';
					res.setHeader('content-type', `${type}; charset=utf-8`);
					res.end(bundle.code);
				}, next);
			});
		},
	};
}

export function archive(options: { offline: boolean }): AstroIntegration {
	let bundles: ClientBundles;
	let base = '/';
	return {
		name: 'datong-archive',
		hooks: {
			'astro:config:setup': async ({ updateConfig }) => {
				bundles = await bundleAll();
				updateConfig({
					vite: {
						define: {
							__APP_SCRIPT__: JSON.stringify(bundles.site.path),
							__SEARCH_FILES__: JSON.stringify({
								script: bundles.search.path,
								style: bundles.searchStyle.path,
							}),
						},
						plugins: [serveBundles()],
					},
				});
			},
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				await mkdir(join(out, '_app'), { recursive: true });
				for (const bundle of Object.values(bundles))
					await writeFile(join(out, bundle.path), bundle.code);
				if (!options.offline)
					await writeFile(join(out, '_headers'), renderHeaders(base, await pageFolders(out)));
				// The benchmark times the search index on its own (npm run bench sets this).
				if (process.env['ARCHIVE_SKIP_SEARCH_INDEX'] === '1') return;
				await writeSearchIndexes(out, options.offline, logger);
			},
		},
	};
}

/** The Pagefind index and, for the offline edition, its own search engine and index. */
async function writeSearchIndexes(out: string, offline: boolean, logger: AstroIntegrationLogger) {
	const counts = await buildSearchIndex(out);
	const summary = (found: Record<string, number>) =>
		Object.entries(found)
			.map(([lang, n]) => `${n} ${lang} pages`)
			.join(', ');
	logger.info(`Pagefind indexed ${summary(counts)}`);
	if (!offline) return;
	const engine = await bundleClient('offline-search');
	await writeFile(join(out, OFFLINE_ENGINE_PATH), engine.code);
	logger.info(`offline search indexed ${summary(await writeOfflineIndexes(out))}`);
}
