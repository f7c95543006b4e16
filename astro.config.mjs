// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { archive } from './src/lib/build/integration.ts';
import { proseProcessor, reportProcessor } from './src/lib/prose/processors.ts';

/**
 * SITE_URL: the public origin of the hosted archive (canonical links, hreflang,
 * sitemap need absolute URLs). BASE_PATH: the sub-path it is served under.
 * ARCHIVE_OFFLINE=1: build the offline edition (npm run package sets it).
 */
const site = process.env.SITE_URL || 'https://archive.example.org';
const base = process.env.BASE_PATH || '/';
const offline = process.env.ARCHIVE_OFFLINE === '1';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	outDir: process.env.ARCHIVE_OUT_DIR || './dist',
	cacheDir: process.env.ARCHIVE_CACHE_DIR || './node_modules/.astro',
	build: { format: 'directory', inlineStylesheets: 'never' },
	devToolbar: { enabled: false },
	// `.md` is the hand-written prose (content/prose/), Markdown with GFM; `.mdx` the reports,
	// whose source text renders exactly as written: no GFM (a printed URL stays text), no smart
	// quotes, dashes or ellipses (src/lib/prose/processors.ts).
	markdown: { processor: proseProcessor },
	vite: {
		define: { __ARCHIVE_OFFLINE__: JSON.stringify(offline) },
	},
	integrations: [
		mdx({ processor: reportProcessor }),
		...(offline
			? []
			: [
					sitemap({
						i18n: {
							defaultLocale: 'zh',
							locales: { zh: 'zh-Hans', 'zh-hant': 'zh-Hant', en: 'en' },
						},
					}),
				]),
		archive({ offline }),
	],
});
