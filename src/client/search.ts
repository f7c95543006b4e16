/**
 * The search page: reads `?q=`, `year` and `committee` from the URL, runs the
 * query as the reader types (debounced), keeps the URL in step, and renders the
 * exact matches, then the pages that contain the words apart. The index is
 * loaded on first use only: Pagefind's over http(s), the offline edition's own
 * from file://.
 */
import { interpolate } from '../lib/interpolate.ts';
import { cleanExcerpt } from '../lib/search/cjk.ts';
import { browserSegmenter, type EngineResult, runSearch, type SearchEngine, type SearchFilters } from '../lib/search/run.ts';

interface Hit {
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
function excerptNodes(excerpt: string): Node[] {
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

async function renderList(list: HTMLOListElement, results: EngineResult<Hit>[]): Promise<void> {
	const hits = await Promise.all(results.map((result) => result.load()));
	list.replaceChildren(
		...hits.map((hit) => {
			const item = document.createElement('li');
			const link = document.createElement('a');
			link.href = hit.url;
			link.textContent = hit.title;
			const excerpt = document.createElement('p');
			excerpt.append(...excerptNodes(hit.excerpt));
			item.append(link, excerpt);
			return item;
		})
	);
}

export function startSearch(app: HTMLElement): void {
	const strings = JSON.parse(app.dataset['strings'] ?? '{}') as Record<string, string>;
	const t = (key: string, values?: Record<string, string | number>) => interpolate(strings[key] ?? key, values);
	const input = app.querySelector<HTMLInputElement>('input[name="q"]')!;
	const form = input.form!;
	const status = app.querySelector<HTMLElement>('[data-search-status]')!;
	const results = app.querySelector<HTMLOListElement>('[data-search-results]')!;
	const relatedTitle = app.querySelector<HTMLElement>('[data-search-related-title]')!;
	const related = app.querySelector<HTMLOListElement>('[data-search-related]')!;
	const filterBox = app.querySelector<HTMLElement>('[data-search-filters]')!;
	const selects = [...app.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
	const resolve = (path: string | undefined) => new URL(path ?? '', document.baseURI).href;
	const offline = location.protocol === 'file:' && app.dataset['offlineIndex'] !== undefined;
	const lang = document.documentElement.lang.split('-')[0]!.toLowerCase();
	const engine = offline
		? offlineEngine(resolve(app.dataset['offlineSearch']), resolve(app.dataset['offlineIndex']), new URL(resolve(document.body.dataset['root'])), lang)
		: pagefindEngine(resolve(app.dataset['pagefindBase']));
	if (offline) app.querySelector<HTMLElement>('[data-search-offline]')?.removeAttribute('hidden');
	const segment = browserSegmenter(document.documentElement.lang);

	const params = new URLSearchParams(location.search);
	input.value = params.get('q') ?? '';
	for (const select of selects) select.value = params.get(select.name) ?? '';
	filterBox.hidden = false;

	let generation = 0;
	const run = async () => {
		const current = ++generation;
		const query = input.value.trim();
		const filters: SearchFilters = {};
		for (const select of selects) if (select.value) filters[select.dataset['filter']!] = select.value;
		const url = new URL(location.href);
		url.search = '';
		if (query) url.searchParams.set('q', query);
		for (const select of selects) if (select.value) url.searchParams.set(select.name, select.value);
		history.replaceState(null, '', url);
		if (!query) {
			status.textContent = '';
			results.replaceChildren();
			related.replaceChildren();
			relatedTitle.hidden = true;
			return;
		}
		status.textContent = t('search.loading');
		try {
			const outcome = await runSearch(engine, query, filters, segment);
			if (current !== generation) return;
			await Promise.all([renderList(results, outcome.exact), renderList(related, outcome.related)]);
			if (current !== generation) return;
			status.textContent =
				outcome.exact.length === 0 && outcome.related.length === 0
					? t('search.noResults', { query })
					: t('search.count', { count: outcome.exact.length, query });
			relatedTitle.hidden = outcome.related.length === 0;
			relatedTitle.textContent = t('search.related', { words: outcome.words.join(' / ') });
		} catch (error) {
			console.error(error);
			if (current === generation) status.textContent = t('search.error');
		}
	};

	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(run, 150);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(timer);
		void run();
	});
	for (const select of selects) select.addEventListener('change', () => void run());
	if (input.value) void run();
}
