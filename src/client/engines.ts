/**
 * The search engine behind both search boxes, created once per page: Pagefind
 * over http(s), the offline edition's own index from file:// (see
 * src/lib/search/offline.ts). Both load on first use only. Where they are is read
 * from <body>'s data attributes, which the offline packager makes relative.
 */
import { interpolate } from '../lib/interpolate.ts';
import { cleanExcerpt } from '../lib/search/cjk.ts';
import type { SearchEngine, SearchFilters } from '../lib/search/run.ts';

export interface Hit {
	url: string;
	title: string;
	excerpt: string;
}

interface PagefindResult {
	id: string;
	data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface PagefindApi {
	init?: () => Promise<void>;
	options: (options: Record<string, unknown>) => Promise<void>;
	search: (term: string, options?: { filters?: SearchFilters }) => Promise<{ results: PagefindResult[] } | null>;
}

/** Pagefind, loaded from the site's bundle the first time a query runs. */
function pagefindEngine(base: string): SearchEngine<Hit> {
	let loading: Promise<PagefindApi> | undefined;
	const load = () =>
		(loading ??= (async () => {
			const api = (await import(/* @vite-ignore */ `${base}pagefind.js`)) as PagefindApi;
			await api.options({ excerptLength: 36 });
			await api.init?.();
			return api;
		})());
	return {
		async find(query, filters) {
			const api = await load();
			const response = await api.search(query, { filters });
			return (response?.results ?? []).map((result) => ({
				id: result.id,
				load: async () => {
					const data = await result.data();
					return { url: data.url, title: cleanExcerpt(data.meta['title'] ?? data.url), excerpt: cleanExcerpt(data.excerpt) };
				},
			}));
		},
	};
}

/** Loads a classic script (works from file://, unlike fetch and module imports). */
function loadScript(src: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const script = document.createElement('script');
		script.src = src;
		script.onload = () => resolve();
		script.onerror = () => reject(new Error(`could not load ${src}`));
		document.head.append(script);
	});
}

interface OfflineApi {
	createOfflineEngine: (data: unknown) => SearchEngine<Hit>;
}

/**
 * The offline edition's engine (MiniSearch over the same text), for file://
 * where Pagefind cannot load: its code and the index of the page's language are
 * classic scripts, loaded on first use.
 */
function offlineEngine(engineUrl: string, indexUrl: string, root: URL, lang: string): SearchEngine<Hit> {
	let loading: Promise<SearchEngine<Hit>> | undefined;
	const load = () =>
		(loading ??= (async () => {
			await Promise.all([loadScript(engineUrl), loadScript(indexUrl)]);
			const globals = window as unknown as { ArchiveOfflineSearch: OfflineApi; __ARCHIVE_OFFLINE_INDEX__: Record<string, unknown> };
			return globals.ArchiveOfflineSearch.createOfflineEngine(globals.__ARCHIVE_OFFLINE_INDEX__[lang]);
		})());
	return {
		async find(query, filters) {
			const results = await (await load()).find(query, filters);
			return results.map((result) => ({
				id: result.id,
				load: async () => {
					const hit = await result.load();
					return { ...hit, url: new URL(`${hit.url}index.html`, root).href };
				},
			}));
		},
	};
}

/** Builds the excerpt without innerHTML: Pagefind's only markup is <mark>. */
export function excerptNodes(excerpt: string): Node[] {
	const nodes: Node[] = [];
	let marked = false;
	for (const part of excerpt.split(/(<\/?mark>)/)) {
		if (part === '<mark>') marked = true;
		else if (part === '</mark>') marked = false;
		else if (part !== '') {
			const text = document.createTextNode(part.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
			if (marked) {
				const mark = document.createElement('mark');
				mark.append(text);
				nodes.push(mark);
			} else nodes.push(text);
		}
	}
	return nodes;
}


/** Wait after a keystroke before searching: short, since a warm search takes milliseconds. */
export const DEBOUNCE_MS = 60;

let shared: SearchEngine<Hit> | undefined;

/** The page's search engine (one per page, shared by every search box). */
export function pageEngine(): SearchEngine<Hit> {
	if (shared) return shared;
	const data = document.body.dataset;
	const resolve = (path: string | undefined) => new URL(path ?? '', document.baseURI).href;
	// The offline index of the page's language is keyed by the archive's language (zh, zh-hant, en).
	const lang = data['offlineLang'] ?? '';
	shared = isOffline()
		? offlineEngine(resolve(data['offlineSearch']), resolve(data['offlineIndex']), new URL(resolve(data['root'])), lang)
		: pagefindEngine(resolve(data['pagefindBase']));
	return shared;
}

/** Whether this page searches the offline index (the offline edition opened from file://). */
export function isOffline(): boolean {
	return location.protocol === 'file:' && document.body.dataset['offlineIndex'] !== undefined;
}

/** The search UI strings of the page's language (from <body data-search-strings>). */
export function searchTranslations(): (key: string, values?: Record<string, string | number>) => string {
	const strings = JSON.parse(document.body.dataset['searchStrings'] ?? '{}') as Record<string, string>;
	return (key, values) => interpolate(strings[key] ?? key, values);
}
