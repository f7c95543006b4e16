/**
 * The search box in every page's header, as a combobox: results appear under it
 * as the reader types; ArrowDown/ArrowUp move through them, Enter opens the one
 * selected (or the search page), Escape closes the list (a second Escape clears
 * the box), Tab reaches the result links. Without JavaScript the box is a plain
 * form that opens the search page; the script that runs it loads when the box is
 * first used (see site.ts).
 */
import { searchTranslations } from './engines.ts';
import { DEBOUNCE_MS, prepareQuery, searchPrepared } from './query.ts';
import { element, excerptNodes } from './render.ts';
import { type Hit, showHit, statusText } from './results.ts';
import { searchStyle } from './search-style.ts';

const MAX_RESULTS = 6;

/** The listbox under the box, and how it shows, moves through and hides its options. */
interface Listbox {
	list: HTMLUListElement;
	status: HTMLElement;
	options: () => HTMLLIElement[];
	setActive: (index: number) => void;
	active: () => number;
	open: () => void;
	close: () => void;
}

/** Creates the listbox and its status line after the box, and makes the box its combobox. */
function createListbox(form: HTMLFormElement, input: HTMLInputElement, label: string): Listbox {
	const list = element('ul', {
		id: `${input.id}-results`,
		class: 'quick-results',
		role: 'listbox',
	});
	list.setAttribute('aria-label', label);
	list.hidden = true;
	const status = element('p', { class: 'visually-hidden', role: 'status' });
	form.append(list, status);
	for (const [name, value] of Object.entries({
		role: 'combobox',
		'aria-autocomplete': 'list',
		'aria-controls': list.id,
		'aria-expanded': 'false',
	}))
		input.setAttribute(name, value);
	let active = -1;
	const options = () => [...list.querySelectorAll<HTMLLIElement>('[role="option"]')];
	const setActive = (index: number) => {
		const all = options();
		active = all.length === 0 ? -1 : (index + all.length) % all.length;
		all.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
		if (active >= 0) input.setAttribute('aria-activedescendant', all[active]!.id);
		else input.removeAttribute('aria-activedescendant');
	};
	const show = (open: boolean) => {
		list.hidden = !open;
		input.setAttribute('aria-expanded', String(open));
		if (!open) setActive(-1);
	};
	return {
		list,
		status,
		options,
		setActive,
		active: () => active,
		open: () => show(true),
		close: () => show(false),
	};
}

/** One option: the result's title (linking to its paragraph) and its first excerpt. */
function option(id: string, href: string, title: string, hit?: Hit): HTMLLIElement {
	const item = element('li', { id, role: 'option', 'aria-selected': 'false' });
	const link = element('a', { href, tabindex: '-1', lang: hit?.lang }, title);
	item.append(link);
	const excerpt = hit?.excerpts[0];
	if (excerpt) {
		const where = excerpt.label ? `${excerpt.label} ` : '';
		// A result found in the other language's text is shown in that language.
		item.append(
			element('span', {}, where, element('span', { lang: hit.lang }, ...excerptNodes(excerpt)))
		);
	}
	return item;
}

/** Searches the box's query; returns how to show its first results, then a link to all of them. */
async function findResults(
	form: HTMLFormElement,
	query: string,
	box: Listbox
): Promise<() => void> {
	const t = searchTranslations();
	const [searched] = await Promise.all([searchPrepared(await prepareQuery(query)), searchStyle()]);
	const hits = await Promise.all(
		searched.results.slice(0, MAX_RESULTS).map((result) => showHit(result, searched, t))
	);
	const all = new URL(form.action);
	all.searchParams.set('q', query);
	const id = (i: number) => `${box.list.id}-${i}`;
	return () => {
		box.list.replaceChildren(
			...hits.map((hit, i) => option(id(i), hit.href, hit.title, hit)),
			option(id(hits.length), all.href, `${t('search.title')} → ${query}`)
		);
		box.status.textContent = statusText(searched, searched.results.length, t);
		box.setActive(-1);
		box.open();
	};
}

/** Starts the header's quick search on its form; runs at once if the reader has typed already. */
export function startQuickSearch(form: HTMLFormElement): void {
	const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
	const box = createListbox(form, input, searchTranslations()('search.label'));
	let generation = 0;
	const run = async () => {
		const current = ++generation;
		const query = input.value.trim();
		if (!query) return box.close();
		const show = await findResults(form, query, box);
		if (current === generation) show();
	};
	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => void run().catch(() => box.close()), DEBOUNCE_MS);
	});
	wireKeys(form, input, box);
	if (input.value.trim()) void run().catch(() => box.close());
}

/** Arrows, Enter and Escape in the box and the list; the list closes when focus or a click leaves the form. */
function wireKeys(form: HTMLFormElement, input: HTMLInputElement, box: Listbox): void {
	input.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			if (box.list.hidden) return;
			event.preventDefault();
			box.setActive(box.active() + (event.key === 'ArrowDown' ? 1 : -1));
		} else if (event.key === 'Escape') {
			// The first Escape closes the list and keeps the text; the browser's own clears it next time.
			if (!box.list.hidden) {
				event.preventDefault();
				box.close();
			}
		} else if (event.key === 'Enter' && box.active() >= 0) {
			event.preventDefault();
			box.options()[box.active()]!.querySelector('a')!.click();
		}
	});
	box.list.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') {
			box.close();
			input.focus();
		}
	});
	document.addEventListener('click', (event) => {
		if (!form.contains(event.target as Node)) box.close();
	});
	form.addEventListener('focusout', (event) => {
		if (!form.contains(event.relatedTarget as Node | null)) box.close();
	});
}
