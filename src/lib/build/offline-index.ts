import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LOCALES } from '../i18n.ts';
import { extractIndexedPage } from '../search/extract.ts';
import { langOfTag } from '../search/languages.ts';
import { buildOfflineIndex, type OfflineDocument } from '../search/offline.ts';
import { offlineIndexPath } from '../offline-paths.ts';
import { siteFiles } from './site-files.ts';

/** The global the offline index scripts assign to, one key per language. */
export const OFFLINE_INDEX_GLOBAL = '__ARCHIVE_OFFLINE_INDEX__';

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
		// Keyed by the archive's language (zh, en, …), as the page's script asks for it.
		const lang =
			langOfTag(
				Object.fromEntries(Object.entries(LOCALES).map(([key, l]) => [key, l.htmlLang])),
				page.lang
			) ?? page.lang.toLowerCase();
		const documents = byLang.get(lang) ?? [];
		const url = file.replace(/index\.html$/, '');
		documents.push({
			id: documents.length,
			url,
			title: page.title,
			text: page.text,
			filters: page.filters,
			anchors: page.anchors,
		});
		byLang.set(lang, documents);
	}
	const counts: Record<string, number> = {};
	for (const [lang, documents] of byLang) {
		const data = JSON.stringify(buildOfflineIndex(lang, documents));
		await writeFile(
			join(dir, offlineIndexPath(lang)),
			`window.${OFFLINE_INDEX_GLOBAL}=window.${OFFLINE_INDEX_GLOBAL}||{};window.${OFFLINE_INDEX_GLOBAL}[${JSON.stringify(lang)}]=${data};\n`
		);
		counts[lang] = documents.length;
	}
	return counts;
}
