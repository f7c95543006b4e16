/**
 * The search engines behind both search boxes, one per index language, created
 * on first use: Pagefind over http(s), the offline edition's own index from
 * file:// (see src/lib/search/offline.ts). Where they are is read from <body>'s
 * data attributes, which the offline packager makes relative. Both hand the
 * search semantics (src/lib/search/run.ts) the same thing: a page's indexed
 * text, its anchors, and the link to the reader's page (a result found in
 * another language's index links to the reader's page at the same paragraph).
 */
import { interpolate } from '../lib/interpolate.ts';
import { withoutSeparators } from '../lib/search/cjk.ts';
import { langOfTag, type LocaleTags, swapLang } from '../lib/search/languages.ts';
import { PAGE_FILTER } from '../lib/search/page-filter.ts';
import { type PagefindPageData, pagefindText } from '../lib/search/pagefind-text.ts';
import type { PageText, SearchEngine } from '../lib/search/run.ts';
import { loadScript } from './load.ts';

/** A page's text as an engine gives it, with its path from the site root in the index's language. */
export interface IndexedPage extends PageText {
	/** E.g. `zh/2022/legal-affairs/`. */
	path: string;
}

/** An engine whose pages carry their path (see IndexedPage), and which can look a page up by it. */
export interface PageEngine extends SearchEngine<IndexedPage> {
	page(path: string): Promise<IndexedPage | undefined>;
}

interface PagefindData extends PagefindPageData {
	url: string;
	meta: Record<string, string>;
}
interface PagefindResult {
	id: string;
	data: () => Promise<PagefindData>;
}
interface PagefindInstance {
	options: (options: Record<string, unknown>) => Promise<void>;
	search: (
		term: string | null,
		options?: { filters?: Record<string, string> }
	) => Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindModule {
	createInstance: (options: { basePath: string }) => PagefindInstance;
}

let pagefindModule: Promise<PagefindModule> | undefined;

/**
 * A Pagefind instance searching the index of one language (`htmlLang`), which
 * need not be the page's. Pagefind picks an instance's index by the page's
 * `<html lang>` when the instance is created (createInstance takes no language),
 * so the attribute is set to the wanted language for that synchronous call and
 * put back at once. An independent instance (rather than mergeIndex) also loads
 * that language's own WebAssembly, so English queries are stemmed as the English
 * index was.
 *
 * @see https://github.com/Pagefind/pagefind/discussions/984
 */
async function pagefindInstance(base: string, htmlLang: string): Promise<PagefindInstance> {
	const api = await (pagefindModule ??= import(
		/* @vite-ignore */ `${base}pagefind.js`
	) as Promise<PagefindModule>);
	const root = document.documentElement;
	const own = root.getAttribute('lang');
	root.setAttribute('lang', htmlLang);
	let instance: PagefindInstance;
	try {
		instance = api.createInstance({ basePath: base });
	} finally {
		if (own === null) root.removeAttribute('lang');
		else root.setAttribute('lang', own);
	}
	return instance;
}

/** Pagefind's index of `lang`, loaded the first time a query runs; results link into `reader`'s pages. */
function pagefindEngine(
	base: string,
	root: string,
	lang: string,
	htmlLang: string,
	reader: string
): PageEngine {
	let loading: Promise<PagefindInstance> | undefined;
	const instance = () => (loading ??= pagefindInstance(base, htmlLang));
	const toPage = async (result: PagefindResult): Promise<IndexedPage> => {
		const data = await result.data();
		const pathname = new URL(data.url, location.href).pathname;
		return {
			...pagefindText(data),
			title: withoutSeparators(data.meta['title'] ?? data.url),
			url: swapLang(pathname, root, lang, reader),
			path: pathname.slice(root.length),
		};
	};
	return {
		async find(query, filters) {
			const response = await (await instance()).search(query, { filters });
			return (response?.results ?? []).map((result) => ({
				id: result.id,
				load: () => toPage(result),
			}));
		},
		async page(path) {
			const response = await (await instance()).search(null, { filters: { [PAGE_FILTER]: path } });
			const found = response?.results[0];
			return found ? toPage(found) : undefined;
		},
	};
}

interface OfflineApi {
	createOfflineEngine: (data: unknown) => SearchEngine & {
		page(path: string): Promise<PageText | undefined>;
	};
}

/**
 * The offline edition's engine (MiniSearch over the same text), for file://
 * where Pagefind cannot load: its code and the index of `lang` are classic
 * scripts, loaded on first use; results link into `reader`'s pages.
 */
function offlineEngine(
	engineUrl: string,
	indexUrl: string,
	root: URL,
	lang: string,
	reader: string
): PageEngine {
	let loading: Promise<ReturnType<OfflineApi['createOfflineEngine']>> | undefined;
	const load = () =>
		(loading ??= (async () => {
			await Promise.all([loadScript(engineUrl), loadScript(indexUrl)]);
			const globals = window as unknown as {
				ArchiveOfflineSearch: OfflineApi;
				__ARCHIVE_OFFLINE_INDEX__: Record<string, unknown>;
			};
			return globals.ArchiveOfflineSearch.createOfflineEngine(
				globals.__ARCHIVE_OFFLINE_INDEX__[lang]
			);
		})());
	// The index names pages by their path from the site root; the reader follows a file URL.
	const toPage = (page: PageText): IndexedPage => ({
		...page,
		url: new URL(`${swapLang(page.url, '', lang, reader)}index.html`, root).href,
		path: page.url,
	});
	return {
		async find(query, filters) {
			const results = await (await load()).find(query, filters);
			return results.map((result) => ({
				id: result.id,
				load: async () => toPage(await result.load()),
			}));
		},
		async page(path) {
			const page = await (await load()).page(path);
			return page && toPage(page);
		},
	};
}

const engines = new Map<string, PageEngine>();

/** The archive's languages and their `<html lang>` tags, from <body data-search-langs>. */
export function pageLocales(): LocaleTags {
	return JSON.parse(document.body.dataset['searchLangs'] ?? '{}') as LocaleTags;
}

/** The language of the page the reader is on (`zh`, `en`). */
export function readerLang(): string {
	const tag = document.documentElement.lang;
	return langOfTag(pageLocales(), tag) ?? tag.toLowerCase();
}

/** Whether this page searches the offline index (the offline edition opened from file://). */
export function isOffline(): boolean {
	return location.protocol === 'file:' && document.body.dataset['offlineIndex'] !== undefined;
}

/** The engine searching the index of `lang` (one per page and language, shared by every search box). */
export function pageEngine(lang: string = readerLang()): PageEngine {
	const known = engines.get(lang);
	if (known) return known;
	const data = document.body.dataset;
	const resolve = (path: string | undefined) => new URL(path ?? '', document.baseURI).href;
	const reader = readerLang();
	const root = new URL(resolve(data['root']));
	let engine: PageEngine;
	if (isOffline()) {
		// The page names its own language's index; the others sit beside it (offline-index.<lang>.js).
		const indexUrl = resolve(data['offlineIndex']).replace(
			/offline-index\.[^/]+\.js$/,
			`offline-index.${lang}.js`
		);
		engine = offlineEngine(resolve(data['offlineSearch']), indexUrl, root, lang, reader);
	} else {
		const tag = pageLocales()[lang] ?? lang;
		engine = pagefindEngine(resolve(data['pagefindBase']), root.pathname, lang, tag, reader);
	}
	engines.set(lang, engine);
	return engine;
}

/** The search UI strings of the page's language (built into the search script, see client-bundle.ts). */
export function searchTranslations(): (
	key: string,
	values?: Record<string, string | number>
) => string {
	const strings = __SEARCH_STRINGS__[readerLang()] ?? {};
	return (key, values) => interpolate(strings[key] ?? key, values);
}
