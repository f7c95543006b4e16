import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { langOfHtmlLang } from '../i18n.ts';
import { extractIndexedPage } from '../search/extract.ts';
import { buildOfflineIndex, type OfflineDocument } from '../search/offline.ts';
import { siteFiles } from './site-files.ts';

/** The global the offline index scripts assign to, one key per language. */
export const OFFLINE_INDEX_GLOBAL = '__ARCHIVE_OFFLINE_INDEX__';

/** Path of a language's offline index script under the site root. */
export const offlineIndexPath = (lang: string) => `_app/offline-index.${lang}.js`;

/** Path of the offline search engine script under the site root. */
export const OFFLINE_ENGINE_PATH = '_app/offline-search.js';

/**
 * Writes the offline edition's search index: for each language, a classic
 * script that assigns the MiniSearch index of the text Pagefind indexes (read
 * from the same built pages, see extract.ts) to a global. Loaded with a plain
 * <script src>, it works from file:// where fetch() and modules do not.
 *
 * @returns the number of pages per language
 */
export async function writeOfflineIndexes(dir: string): Promise<Record<string, number>> {
	const byLang = new Map<string, OfflineDocument[]>();
	for (const file of await siteFiles(dir, 'index.html')) {
		const page = extractIndexedPage(await readFile(join(dir, file), 'utf8'));
		if (!page) continue;
		// Keyed by the archive's language: zh-Hans and zh-Hant pages are two indexes.
		const lang = langOfHtmlLang(page.lang) ?? page.lang.toLowerCase();
		const documents = byLang.get(lang) ?? [];
		const url = file.replace(/index\.html$/, '');
		documents.push({ id: documents.length, url, title: page.title, text: page.text, filters: page.filters });
		byLang.set(lang, documents);
	}
	const counts: Record<string, number> = {};
	for (const [lang, documents] of byLang) {
		const data = JSON.stringify(buildOfflineIndex(lang, documents));
		await writeFile(join(dir, offlineIndexPath(lang)), `window.${OFFLINE_INDEX_GLOBAL}=window.${OFFLINE_INDEX_GLOBAL}||{};window.${OFFLINE_INDEX_GLOBAL}[${JSON.stringify(lang)}]=${data};\n`);
		counts[lang] = documents.length;
	}
	return counts;
}
