/**
 * The search box in every page's header, as a combobox: results appear under it
 * as the reader types; ArrowDown/ArrowUp move through them, Enter opens the one
 * selected (or the search page), Escape closes the list (a second Escape clears
 * the box), Tab reaches the result links. Without JavaScript the box is a plain
 * form that opens the search page.
 */
import { runSearch } from '../lib/search/run.ts';
import { DEBOUNCE_MS, excerptNodes, type Hit, pageLocales, searchTranslations } from './engines.ts';
import { prepareQuery } from './query.ts';

const MAX_RESULTS = 6;

export function startQuickSearch(form: HTMLFormElement): void {
	const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
	const t = searchTranslations();
	const list = document.createElement('ul');
	list.id = `${input.id}-results`;
	list.className = 'quick-results';
	list.setAttribute('role', 'listbox');
	list.setAttribute('aria-label', t('search.label'));
	list.hidden = true;
	const status = document.createElement('p');
	status.className = 'visually-hidden';
	status.setAttribute('role', 'status');
	form.append(list, status);
	input.setAttribute('role', 'combobox');
	input.setAttribute('aria-autocomplete', 'list');
	input.setAttribute('aria-controls', list.id);
	input.setAttribute('aria-expanded', 'false');

	let active = -1;
	let generation = 0;
	const options = () => [...list.querySelectorAll<HTMLLIElement>('[role="option"]')];
	const setActive = (index: number) => {
		const all = options();
		active = all.length === 0 ? -1 : (index + all.length) % all.length;
		all.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
		if (active >= 0) input.setAttribute('aria-activedescendant', all[active]!.id);
		else input.removeAttribute('aria-activedescendant');
	};
	const close = () => {
		list.hidden = true;
		input.setAttribute('aria-expanded', 'false');
		setActive(-1);
	};
	const open = () => {
		list.hidden = false;
		input.setAttribute('aria-expanded', 'true');
	};
	const option = (index: number, href: string, title: string, excerpt?: Node[], lang?: string) => {
		const item = document.createElement('li');
		item.id = `${list.id}-${index}`;
		item.setAttribute('role', 'option');
		item.setAttribute('aria-selected', 'false');
		const link = document.createElement('a');
		link.href = href;
		link.tabIndex = -1;
		link.textContent = title;
		item.append(link);
		if (excerpt) {
			const text = document.createElement('span');
			text.append(...excerpt);
			// A result found in the other language's text is shown in that language.
			if (lang) {
				link.lang = lang;
				text.lang = lang;
			}
			item.append(text);
		}
		return item;
	};

	const run = async () => {
		const current = ++generation;
		const query = input.value.trim();
		if (!query) return close();
		const prepared = await prepareQuery(query);
		const outcome = await runSearch(prepared.engine, prepared.searched, {}, prepared.segment);
		const hits: Hit[] = await Promise.all(outcome.exact.slice(0, MAX_RESULTS).map((r) => r.load()));
		if (current !== generation) return;
		const all = new URL(form.action);
		all.searchParams.set('q', query);
		const other = prepared.lang !== prepared.reader;
		const tag = other ? (pageLocales()[prepared.lang] ?? prepared.lang) : undefined;
		list.replaceChildren(
			...hits.map((hit, i) => option(i, hit.url, hit.title, excerptNodes(hit.excerpt), tag)),
			option(hits.length, all.href, `${t('search.title')} → ${query}`)
		);
		const values = { count: outcome.exact.length, query };
		status.textContent =
			hits.length === 0
				? t(other ? `search.lang.noResultsIn.${prepared.lang}` : 'search.noResults', values)
				: t(other ? `search.lang.countIn.${prepared.lang}` : 'search.count', values);
		setActive(-1);
		open();
	};

	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => void run().catch(() => close()), DEBOUNCE_MS);
	});
	input.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			if (list.hidden) return;
			event.preventDefault();
			setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
		} else if (event.key === 'Escape') {
			// The first Escape closes the list and keeps the text; the browser's own clears it next time.
			if (!list.hidden) {
				event.preventDefault();
				close();
			}
		} else if (event.key === 'Enter' && active >= 0) {
			event.preventDefault();
			options()[active]!.querySelector('a')!.click();
		}
	});
	list.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') {
			close();
			input.focus();
		}
	});
	document.addEventListener('click', (event) => {
		if (!form.contains(event.target as Node)) close();
	});
	form.addEventListener('focusout', (event) => {
		if (!form.contains(event.relatedTarget as Node | null)) close();
	});
}
