/**
 * The search page: reads `?q=`, `year` and `committee` from the URL, runs the
 * query as the reader types (debounced), keeps the URL in step, and lists every
 * report that holds all the words (those with the words next to each other
 * first), each with up to three excerpts. The index is loaded on first use only:
 * Pagefind's over http(s), the offline edition's own from file://.
 */
import type { SearchFilters } from '../lib/search/run.ts';
import { isOffline, searchTranslations } from './engines.ts';
import { DEBOUNCE_MS, prepareQuery, searchPrepared } from './query.ts';
import { element, excerptNodes } from './render.ts';
import { type Hit, showHit, statusText } from './results.ts';

type Translate = ReturnType<typeof searchTranslations>;

/**
 * One result: the title links to the paragraph with most of the words; each
 * excerpt names its paragraph, linked; a result found in the other language's
 * text says so and carries that language's `lang`.
 */
function resultItem(hit: Hit, t: Translate): HTMLLIElement {
	const item = element('li', {}, element('a', { href: hit.href, lang: hit.lang }, hit.title));
	if (hit.matchedIn)
		item.append(
			element(
				'p',
				{ class: 'meta', 'data-matched-lang': hit.matchedIn },
				t(`search.lang.matchedIn.${hit.matchedIn}`)
			)
		);
	for (const excerpt of hit.excerpts) {
		const text = element('span', { lang: hit.lang }, ...excerptNodes(excerpt));
		const where = excerpt.label
			? [element('a', { class: 'excerpt__where', href: excerpt.href }, excerpt.label), ' ']
			: [];
		item.append(element('p', { class: 'excerpt' }, ...where, text));
	}
	return item;
}

/** The filters chosen, by their value in the searched language (committee names differ by language). */
function chosenFilters(selects: HTMLSelectElement[], lang: string): SearchFilters {
	const filters: SearchFilters = {};
	const key = `value-${lang}`.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
	for (const select of selects) {
		if (select.value)
			filters[select.dataset['filter']!] = select.selectedOptions[0]?.dataset[key] ?? select.value;
	}
	return filters;
}

/** Puts the query and the filters in the page's URL, so the results can be linked. */
function keepInUrl(query: string, selects: HTMLSelectElement[]): void {
	const url = new URL(location.href);
	url.search = '';
	if (query) url.searchParams.set('q', query);
	for (const select of selects) if (select.value) url.searchParams.set(select.name, select.value);
	history.replaceState(null, '', url);
}

/** Starts the search page in `app` (`#search-app`). */
export function startSearchPage(app: HTMLElement): void {
	const t = searchTranslations();
	const input = app.querySelector<HTMLInputElement>('input[name="q"]')!;
	const status = app.querySelector<HTMLElement>('[data-search-status]')!;
	const list = app.querySelector<HTMLOListElement>('[data-search-results]')!;
	const selects = [...app.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
	if (isOffline())
		app.querySelector<HTMLElement>('[data-search-offline]')?.removeAttribute('hidden');
	const params = new URLSearchParams(location.search);
	input.value = params.get('q') ?? '';
	for (const select of selects) select.value = params.get(select.name) ?? '';
	app.querySelector<HTMLElement>('[data-search-filters]')!.hidden = false;

	let generation = 0;
	const run = async () => {
		const current = ++generation;
		const query = input.value.trim();
		keepInUrl(query, selects);
		if (!query) {
			status.textContent = '';
			list.replaceChildren();
			return;
		}
		status.textContent = t('search.loading');
		try {
			const prepared = await prepareQuery(query);
			const searched = await searchPrepared(prepared, chosenFilters(selects, prepared.lang));
			const hits = await Promise.all(searched.results.map((r) => showHit(r, searched, t)));
			if (current !== generation) return;
			list.replaceChildren(...hits.map((hit) => resultItem(hit, t)));
			status.textContent = statusText(searched, hits.length, t);
		} catch (error) {
			console.error(error);
			if (current === generation) status.textContent = t('search.error');
		}
	};
	wireInput(input, selects, run);
	if (input.value) void run();
}

/** Runs the search as the reader types (debounced), on submit and on a filter's change. */
function wireInput(
	input: HTMLInputElement,
	selects: HTMLSelectElement[],
	run: () => Promise<void>
) {
	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => void run(), DEBOUNCE_MS);
	});
	input.form!.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(timer);
		void run();
	});
	for (const select of selects) select.addEventListener('change', () => void run());
}
