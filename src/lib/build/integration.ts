import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { FOLD_SCRIPT } from '../search/traditional.ts';
import { bundleClient, type ClientBundle } from './client-bundle.ts';
import { OFFLINE_ENGINE_PATH, writeOfflineIndexes } from './offline-index.ts';
import { buildSearchIndex } from './pagefind-index.ts';

/**
 * The archive's build steps around Astro: the browser script (one classic
 * script, see client-bundle.ts) and, after the pages are built, the Pagefind
 * index (see pagefind-index.ts); for the offline edition also the offline
 * search engine and its index (see offline-index.ts).
 */
export function archive(options: { offline: boolean }): AstroIntegration {
	let bundle: ClientBundle;
	return {
		name: 'datong-archive',
		hooks: {
			'astro:config:setup': async ({ updateConfig }) => {
				bundle = await bundleClient();
				updateConfig({
					vite: {
						define: { __APP_SCRIPT__: JSON.stringify(bundle.path) },
						plugins: [
							{
								name: 'datong-archive:client-script',
								configureServer(server) {
									server.middlewares.use(async (req, res, next) => {
										if (req.url?.endsWith(`_app/${FOLD_SCRIPT}`)) {
											res.setHeader('content-type', 'text/javascript; charset=utf-8');
											res.end((await bundleClient('fold-traditional')).code);
											return;
										}
										if (!req.url?.endsWith(bundle.path)) return next();
										bundle = await bundleClient().then((fresh) => ({ ...fresh, path: bundle.path }));
										res.setHeader('content-type', 'text/javascript; charset=utf-8');
										res.end(bundle.code);
									});
								},
							},
						],
					},
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const target = join(out, bundle.path);
				await mkdir(dirname(target), { recursive: true });
				await writeFile(target, bundle.code);
				// Loaded by the site script, from beside it, for queries in Traditional characters (src/client/fold.ts).
				const fold = await bundleClient('fold-traditional');
				await writeFile(join(dirname(target), FOLD_SCRIPT), fold.code);
				// The benchmark times the search index on its own (npm run bench sets this).
				if (process.env['ARCHIVE_SKIP_SEARCH_INDEX'] === '1') return;
				const counts = await buildSearchIndex(out);
				logger.info(`Pagefind indexed ${Object.entries(counts).map(([lang, n]) => `${n} ${lang} pages`).join(', ')}`);
				if (options.offline) {
					const engine = await bundleClient('offline-search');
					await writeFile(join(out, OFFLINE_ENGINE_PATH), engine.code);
					const offline = await writeOfflineIndexes(out);
					logger.info(`offline search indexed ${Object.entries(offline).map(([lang, n]) => `${n} ${lang} pages`).join(', ')}`);
				}
			},
		},
	};
}
