import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { joinPath } from '../urls.ts';
import { prepareForIndex } from '../search/index-html.ts';
import { siteFiles } from './site-files.ts';

/**
 * Builds the Pagefind index of a built site into `<dir>/pagefind/`, one index per
 * page language. Chinese pages are indexed from a copy with their Han characters
 * set apart (see src/lib/search/cjk.ts), so that a search finds exactly the pages
 * whose text contains the query. Fails on any error Pagefind reports.
 *
 * @returns the number of pages indexed per language
 */
export async function buildSearchIndex(dir: string): Promise<Record<string, number>> {
	const { index, errors } = await pagefind.createIndex({});
	try {
		if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
		const counts: Record<string, number> = {};
		for (const path of await siteFiles(dir, '.html')) {
			const html = await readFile(join(dir, path), 'utf8');
			if (!html.includes('data-pagefind-body')) continue;
			// URLs relative to the site root: Pagefind prefixes the base it is loaded from,
			// so the same index works under any base path.
			const url = joinPath('/', path.replace(/(^|\/)index\.html$/, ''));
			const added = await index.addHTMLFile({ url, content: prepareForIndex(html, url.slice(1)) });
			if (added.errors.length > 0)
				throw new Error(`Pagefind could not index ${path}: ${added.errors.join('; ')}`);
			const lang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? 'unknown';
			counts[lang] = (counts[lang] ?? 0) + 1;
		}
		const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
		if (written.errors.length > 0)
			throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
		return counts;
	} finally {
		await pagefind.close();
	}
}
