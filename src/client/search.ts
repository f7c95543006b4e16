/**
 * The search page: reads `?q=`, `year` and `committee` from the URL, runs the
 * query as the reader types (debounced), keeps the URL in step, and renders the
 * exact matches, then the pages that contain the words apart. The index is
 * loaded on first use only: Pagefind's over http(s), the offline edition's own
 * from file://.
 */
import { type EngineResult, runSearch, type SearchFilters } from '../lib/search/run.ts';
import {
	DEBOUNCE_MS,
	excerptNodes,
	type Hit,
	isOffline,
	pageLocales,
	readerLang,
	searchTranslations,
} from './engines.ts';
import { prepareQuery } from './query.ts';

type Translate = ReturnType<typeof searchTranslations>;

/**
 * Renders results: the title links to the paragraph that matched, the excerpt
 * is from it; a result found in the other language's text says so and carries
 * that language's `lang`.
 */
async function renderList(
	list: HTMLOListElement,
	results: EngineResult<Hit>[],
	t: Translate
): Promise<void> {
	const hits = await Promise.all(results.map((result) => result.load()));
	const reader = readerLang();
	const tags = pageLocales();
	list.replaceChildren(
		...hits.map((hit) => {
			const item = document.createElement('li');
			const link = document.createElement('a');
			link.href = hit.url;
			link.textContent = hit.title;
			const excerpt = document.createElement('p');
			excerpt.append(...excerptNodes(hit.excerpt));
			item.append(link);
			if (hit.lang !== reader) {
				const tag = tags[hit.lang] ?? hit.lang;
				link.lang = tag;
				excerpt.lang = tag;
				const note = document.createElement('p');
				note.className = 'meta';
				note.dataset['matchedLang'] = hit.lang;
				note.textContent = t(`search.lang.matchedIn.${hit.lang}`);
				item.append(note);
			}
			item.append(excerpt);
			return item;
		})
	);
}

export function startSearch(app: HTMLElement): void {
	const t = searchTranslations();
	const input = app.querySelector<HTMLInputElement>('input[name="q"]')!;
	const form = input.form!;
	const status = app.querySelector<HTMLElement>('[data-search-status]')!;
	const results = app.querySelector<HTMLOListElement>('[data-search-results]')!;
	const related = app.querySelector<HTMLOListElement>('[data-search-related]')!;
	// Created here rather than in the page, so the page never has an empty heading.
	const relatedTitle = document.createElement('h2');
	relatedTitle.hidden = true;
	related.before(relatedTitle);

	const filterBox = app.querySelector<HTMLElement>('[data-search-filters]')!;
	const selects = [...app.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
	if (isOffline())
		app.querySelector<HTMLElement>('[data-search-offline]')?.removeAttribute('hidden');

	const params = new URLSearchParams(location.search);
	input.value = params.get('q') ?? '';
	for (const select of selects) select.value = params.get(select.name) ?? '';
	filterBox.hidden = false;

	let generation = 0;
	const run = async () => {
		const current = ++generation;
		const query = input.value.trim();
		const filters: SearchFilters = {};
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
			const prepared = await prepareQuery(query);
			// Filter values are in the searched language (committee names): each option carries them all.
			for (const select of selects) {
				const option = select.selectedOptions[0];
				if (select.value)
					filters[select.dataset['filter']!] =
						option?.dataset[
							`value-${prepared.lang}`.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())
						] ?? select.value;
			}
			const outcome = await runSearch(
				prepared.engine,
				prepared.searched,
				filters,
				prepared.segment
			);
			if (current !== generation) return;
			await Promise.all([
				renderList(results, outcome.exact, t),
				renderList(related, outcome.related, t),
			]);
			if (current !== generation) return;
			const other = prepared.lang !== prepared.reader;
			const none = outcome.exact.length === 0 && outcome.related.length === 0;
			const values = { count: outcome.exact.length, query };
			const message = none
				? t(other ? `search.lang.noResultsIn.${prepared.lang}` : 'search.noResults', values)
				: t(other ? `search.lang.countIn.${prepared.lang}` : 'search.count', values);
			status.textContent =
				prepared.searched === query
					? message
					: `${message}${t('search.lang.foldedAs', { query: prepared.searched })}`;
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
		timer = setTimeout(() => void run(), DEBOUNCE_MS);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(timer);
		void run();
	});
	for (const select of selects) select.addEventListener('change', () => void run());
	if (input.value) void run();
}
