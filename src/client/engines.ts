/**
 * The search engines behind both search boxes, one per index language, created
 * on first use: Pagefind over http(s), the offline edition's own index from
 * file:// (see src/lib/search/offline.ts). Where they are is read from <body>'s
 * data attributes, which the offline packager makes relative. A result found in
 * another language's index links to the reader's page at the same paragraph.
 */
import { interpolate } from '../lib/interpolate.ts';
import { cleanExcerpt } from '../lib/search/cjk.ts';
import { langOfTag, type LocaleTags, swapLang } from '../lib/search/languages.ts';
import {
	type Anchor,
	paragraphHit,
	phraseLocations,
	textStart,
	type WordMatch,
} from '../lib/search/paragraph.ts';
import type { SearchEngine, SearchFilters } from '../lib/search/run.ts';

export interface Hit {
	/** The reader's page, at the paragraph that matched (`…/legal-affairs/#p2`). */
	url: string;
	title: string;
	/** HTML with the match in <mark>, from that paragraph. */
	excerpt: string;
	/** The archive language whose text matched (`zh`, `en`). */
	lang: string;
}

/** Words of an excerpt window, as Pagefind's default (`excerptLength`). */
const EXCERPT_WORDS = 36;

interface PagefindData {
	url: string;
	/** Pagefind's own excerpt (of the densest stretch of the page). */
	excerpt: string;
	content: string;
	/** Pagefind's escaped content with the index's word separators (typed "internal" in 1.6); content is used without it. */
	raw_content?: string;
	weighted_locations: WordMatch[];
	anchors: Anchor[];
	meta: Record<string, string>;
}
interface PagefindResult {
	id: string;
	data: () => Promise<PagefindData>;
}
interface PagefindInstance {
	options: (options: Record<string, unknown>) => Promise<void>;
	search: (
		term: string,
		options?: { filters?: SearchFilters }
	) => Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindModule {
	createInstance: (options: { basePath: string }) => PagefindInstance;
}

const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The words of a Pagefind result as its locations count them: split at the
 * zero-width spaces of the archive's Chinese index (see cjk.ts), else at spaces.
 */
function pagefindWords(data: PagefindData): { words: string[]; joiner: string } {
	// Without raw_content (a later Pagefind may drop it), Chinese word positions cannot be
	// recovered from `content`; the words are then only used to pick the anchor.
	const raw = data.raw_content ?? escapeHtml(data.content);
	return raw.includes('\u200B')
		? { words: raw.split('\u200B'), joiner: '' }
		: { words: raw.split(/[\r\n\s]+/g), joiner: ' ' };
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
	await instance.options({ excerptLength: EXCERPT_WORDS });
	return instance;
}

/** Pagefind's index of `lang`, loaded the first time a query runs; results link into `reader`'s pages. */
function pagefindEngine(
	base: string,
	root: string,
	lang: string,
	htmlLang: string,
	reader: string
): SearchEngine<Hit> {
	let loading: Promise<PagefindInstance> | undefined;
	return {
		async find(query, filters) {
			const instance = await (loading ??= pagefindInstance(base, htmlLang));
			const response = await instance.search(query, { filters });
			// A quoted Chinese phrase ('"黄 花"', see cjk.ts): one word per character in the index.
			const phrase = /^"(.*)"$/
				.exec(query)?.[1]
				?.split(' ')
				.filter((term) => /\p{Script=Han}/u.test(term));
			return (response?.results ?? []).map((result) => ({
				id: result.id,
				load: async () => {
					const data = await result.data();
					const { words, joiner } = pagefindWords(data);
					// Pagefind reports one occurrence of a phrase; land on the first one in the report text.
					const own =
						phrase && joiner === '' ? phraseLocations(words, phrase, textStart(data.anchors)) : [];
					const matches =
						own.length > 0 ? own.map((location) => ({ location })) : data.weighted_locations;
					const hit = paragraphHit(words, joiner, matches, data.anchors, EXCERPT_WORDS);
					if (data.raw_content === undefined) hit.excerpt = data.excerpt;
					const path = swapLang(new URL(data.url, location.href).pathname, root, lang, reader);
					return {
						url: hit.anchor ? `${path}#${hit.anchor}` : path,
						title: cleanExcerpt(data.meta['title'] ?? data.url),
						excerpt: cleanExcerpt(hit.excerpt),
						lang,
					};
				},
			}));
		},
	};
}

/** Loads a classic script (works from file://, unlike fetch and module imports). */
export function loadScript(src: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const script = document.createElement('script');
		script.src = src;
		script.onload = () => resolve();
		script.onerror = () => reject(new Error(`could not load ${src}`));
		document.head.append(script);
	});
}

interface OfflineApi {
	createOfflineEngine: (
		data: unknown
	) => SearchEngine<{ url: string; title: string; excerpt: string }>;
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
): SearchEngine<Hit> {
	let loading: Promise<SearchEngine<{ url: string; title: string; excerpt: string }>> | undefined;
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
	return {
		async find(query, filters) {
			const results = await (await load()).find(query, filters);
			return results.map((result) => ({
				id: result.id,
				load: async () => {
					const hit = await result.load();
					const [path = '', hash] = swapLang(hit.url, '', lang, reader).split('#');
					return {
						...hit,
						url: new URL(`${path}index.html${hash ? `#${hash}` : ''}`, root).href,
						lang,
					};
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
			const text = document.createTextNode(
				part
					.replace(/&lt;/g, '<')
					.replace(/&gt;/g, '>')
					.replace(/&quot;/g, '"')
					.replace(/&#39;/g, "'")
					.replace(/&amp;/g, '&')
			);
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

const engines = new Map<string, SearchEngine<Hit>>();

/** The archive's languages and their `<html lang>` tags, from <body data-search-langs>. */
export function pageLocales(): LocaleTags {
	return JSON.parse(document.body.dataset['searchLangs'] ?? '{}') as LocaleTags;
}

/** The language of the page the reader is on (`zh`, `en`). */
export function readerLang(): string {
	const tag = document.documentElement.lang;
	return langOfTag(pageLocales(), tag) ?? tag.toLowerCase();
}

/** The engine searching the index of `lang` (one per page and language, shared by every search box). */
export function pageEngine(lang: string = readerLang()): SearchEngine<Hit> {
	const known = engines.get(lang);
	if (known) return known;
	const data = document.body.dataset;
	const resolve = (path: string | undefined) => new URL(path ?? '', document.baseURI).href;
	const reader = readerLang();
	const root = new URL(resolve(data['root']));
	let engine: SearchEngine<Hit>;
	if (isOffline()) {
		// The page names its own language's index; the others sit beside it (offline-index.<lang>.js).
		const indexUrl = resolve(data['offlineIndex']).replace(
			/offline-index\.[^/]+\.js$/,
			`offline-index.${lang}.js`
		);
		engine = offlineEngine(resolve(data['offlineSearch']), indexUrl, root, lang, reader);
	} else {
		engine = pagefindEngine(
			resolve(data['pagefindBase']),
			root.pathname,
			lang,
			pageLocales()[lang] ?? lang,
			reader
		);
	}
	engines.set(lang, engine);
	return engine;
}

/** Whether this page searches the offline index (the offline edition opened from file://). */
export function isOffline(): boolean {
	return location.protocol === 'file:' && document.body.dataset['offlineIndex'] !== undefined;
}

/** The search UI strings of the page's language (from <body data-search-strings>). */
export function searchTranslations(): (
	key: string,
	values?: Record<string, string | number>
) => string {
	const strings = JSON.parse(document.body.dataset['searchStrings'] ?? '{}') as Record<
		string,
		string
	>;
	return (key, values) => interpolate(strings[key] ?? key, values);
}
