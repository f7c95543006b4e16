import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LANGS } from '../i18n.ts';
import { bundleClient, type ClientBundle } from './client-bundle.ts';
import { renderHeaders } from './headers.ts';
import { OFFLINE_ENGINE_PATH } from '../offline-paths.ts';
import { writeOfflineIndexes } from './offline-index.ts';
import { buildSearchIndex } from './pagefind-index.ts';

/**
 * The archive's build steps around Astro: the browser script (one classic
 * script, see client-bundle.ts) and, after the pages are built, the Pagefind
 * index (see pagefind-index.ts); for the offline edition also the offline
 * search engine and its index (see offline-index.ts); for the hosted site the
 * `_headers` a CDN applies (see headers.ts).
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

export function archive(options: { offline: boolean }): AstroIntegration {
	let bundle: ClientBundle;
	// Loaded by the site script, from beside it, for queries in Traditional characters (src/client/fold.ts).
	let fold: ClientBundle;
	const siteBundle = () =>
		bundleClient('site', { __FOLD_SCRIPT__: JSON.stringify(fold.path.replace(/^_app\//, '')) });
	let base = '/';
	return {
		name: 'datong-archive',
		hooks: {
			'astro:config:setup': async ({ updateConfig }) => {
				fold = await bundleClient('fold-traditional');
				bundle = await siteBundle();
				updateConfig({
					vite: {
						define: { __APP_SCRIPT__: JSON.stringify(bundle.path) },
						plugins: [
							{
								name: 'datong-archive:client-script',
								configureServer(server) {
									server.middlewares.use((req, res, next) => {
										if (req.url?.endsWith(fold.path)) {
											res.setHeader('content-type', 'text/javascript; charset=utf-8');
											res.end(fold.code);
											return;
										}
										if (!req.url?.endsWith(bundle.path)) return next();
										// connect ignores a returned promise: a failed bundle goes to next(error).
										siteBundle().then((fresh) => {
											bundle = { ...fresh, path: bundle.path };
											res.setHeader('content-type', 'text/javascript; charset=utf-8');
											res.end(bundle.code);
										}, next);
									});
								},
							},
						],
					},
				});
			},
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const target = join(out, bundle.path);
				await mkdir(dirname(target), { recursive: true });
				await writeFile(target, bundle.code);
				if (!options.offline)
					await writeFile(join(out, '_headers'), renderHeaders(base, await pageFolders(out)));
				await writeFile(join(out, fold.path), fold.code);
				// The benchmark times the search index on its own (npm run bench sets this).
				if (process.env['ARCHIVE_SKIP_SEARCH_INDEX'] === '1') return;
				const counts = await buildSearchIndex(out);
				logger.info(
					`Pagefind indexed ${Object.entries(counts)
						.map(([lang, n]) => `${n} ${lang} pages`)
						.join(', ')}`
				);
				if (options.offline) {
					const engine = await bundleClient('offline-search');
					await writeFile(join(out, OFFLINE_ENGINE_PATH), engine.code);
					const offline = await writeOfflineIndexes(out);
					logger.info(
						`offline search indexed ${Object.entries(offline)
							.map(([lang, n]) => `${n} ${lang} pages`)
							.join(', ')}`
					);
				}
			},
		},
	};
}
