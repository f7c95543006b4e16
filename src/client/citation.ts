/**
 * The cite control: each paragraph's number is a link to the paragraph (`#pN`,
 * which works without script) and, with script, opens a dialog with the
 * paragraph's citation (src/lib/citation.ts, with today's date as the access
 * date) and buttons that copy it or the paragraph's link alone. The dialog is
 * modal: focus moves into it and stays there (Tab cycles), Escape, Close or a
 * tap outside closes it, and focus returns to the number that opened it. Where
 * the clipboard is refused the citation is left selected, to copy by hand.
 *
 * Self-contained, with one entry point, so that it can be loaded on first use.
 */
import { type CitationParts, formatCitation, paragraphUrl } from '../lib/citation.ts';
import { localIsoDate } from '../lib/content/dates.ts';

interface CiteStrings {
	copy: string;
	copied: string;
	copyLink: string;
	linkCopied: string;
	failed: string;
	close: string;
	/** The dialog's title, with `{n}` for the paragraph number. */
	title: string;
}

/** The dialog and its parts, made once per page. */
interface CiteDialog {
	dialog: HTMLDialogElement;
	title: HTMLElement;
	text: HTMLElement;
	status: HTMLElement;
	copy: HTMLButtonElement;
	/** What the buttons copy now, and the control to give focus back to. */
	current: { citation: string; url: string; control: HTMLElement | undefined };
}

/**
 * Wires the cite controls (`a.pn`) inside `root`, whose nearest `[data-cite]`
 * ancestor holds the citation's parts and `root` the dialog's strings
 * (`data-cite-strings`); the bootstrap (site.ts) has named each control "Cite
 * paragraph N" already. When loaded on first use, pass the control that was
 * chosen as `opened`: its dialog opens at once.
 */
export function startCitations(root: HTMLElement, opened?: HTMLElement): void {
	const strings = JSON.parse(root.dataset['citeStrings'] ?? '{}') as CiteStrings;
	let box: CiteDialog | undefined;
	const open = (control: HTMLElement) => {
		box ??= createDialog(strings, root.closest('[lang]')?.getAttribute('lang') ?? '');
		showCitation(box, control, strings);
	};
	root.addEventListener('click', (event) => {
		const control = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a.pn');
		if (!control || !root.contains(control) || event.defaultPrevented) return;
		// A link opened in a new tab or window stays a link.
		if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)
			return;
		// Go to #pN first (the address bar shows it, :target highlights the paragraph): done by
		// the link after this handler, the fragment navigation would take focus out of the dialog.
		event.preventDefault();
		location.hash = control.hash;
		open(control);
	});
	if (opened) open(opened);
}

/** The paragraph number a control links to (`#p12` → 12), if any. */
function paragraphOf(control: HTMLElement): number | undefined {
	const match = /#p(\d+)$/.exec(control.getAttribute('href') ?? '');
	return match ? Number(match[1]) : undefined;
}

function showCitation(box: CiteDialog, control: HTMLElement, strings: CiteStrings): void {
	const n = paragraphOf(control);
	const holder = control.closest<HTMLElement>('[data-cite]');
	if (n === undefined || !holder) return;
	const parts = JSON.parse(holder.dataset['cite'] ?? '{}') as CitationParts;
	const citation = formatCitation({ ...parts, paragraph: n, accessed: localIsoDate() });
	box.current = {
		citation,
		url: parts.url ? paragraphUrl(parts.url, n) : location.href,
		control,
	};
	box.title.textContent = strings.title.replace('{n}', String(n));
	box.text.textContent = citation;
	box.status.textContent = '';
	if (!box.dialog.open) box.dialog.showModal();
	box.copy.focus();
}

function createDialog(strings: CiteStrings, lang: string): CiteDialog {
	const dialog = element('dialog', {
		class: 'cite-box',
		'aria-labelledby': 'cite-box-title',
		lang,
	});
	const title = element('p', { class: 'cite-box__title', id: 'cite-box-title' });
	const text = element('p', { class: 'cite-box__text' });
	const status = element('p', { class: 'cite-box__status', role: 'status' });
	const copy = button(strings.copy, { 'data-cite-copy': '' });
	const copyLink = button(strings.copyLink, { 'data-cite-copy-link': '' });
	const dismiss = button(strings.close, { 'data-cite-close': '' });
	const actions = element('div', { class: 'cite-box__actions' });
	actions.append(copy, copyLink, dismiss);
	dialog.append(title, text, actions, status);
	document.body.append(dialog);
	const box: CiteDialog = {
		dialog: dialog as HTMLDialogElement,
		title,
		text,
		status,
		copy,
		current: { citation: '', url: '', control: undefined },
	};
	const copyText = (value: string, done: string) => copyToClipboard(box, value, done, strings);
	copy.addEventListener('click', () => copyText(box.current.citation, strings.copied));
	copyLink.addEventListener('click', () => copyText(box.current.url, strings.linkCopied));
	dismiss.addEventListener('click', () => box.dialog.close());
	keepFocusInside(box.dialog);
	closeOnOutsideTap(box.dialog);
	// Escape (the dialog's own cancel), Close or a tap outside: focus goes back to the number.
	box.dialog.addEventListener('close', () => box.current.control?.focus({ preventScroll: true }));
	return box;
}

function copyToClipboard(box: CiteDialog, value: string, done: string, strings: CiteStrings) {
	// navigator.clipboard is undefined outside a secure context: fail into the catch, not an exception.
	Promise.resolve()
		.then(() => navigator.clipboard.writeText(value))
		.then(() => (box.status.textContent = done))
		.catch(() => {
			// No clipboard (refused, file://, an old browser): leave the citation selected for Ctrl+C.
			getSelection()?.selectAllChildren(box.text);
			box.status.textContent = strings.failed;
		});
}

/** Tab and Shift+Tab cycle through the dialog's buttons instead of leaving it. */
function keepFocusInside(dialog: HTMLDialogElement): void {
	dialog.addEventListener('keydown', (event) => {
		if (event.key !== 'Tab') return;
		const focusable = [...dialog.querySelectorAll<HTMLElement>('button, [href], [tabindex]')];
		const first = focusable[0];
		const last = focusable.at(-1);
		if (!first || !last) return;
		const active = document.activeElement;
		if (event.shiftKey && (active === first || !dialog.contains(active))) {
			event.preventDefault();
			last.focus();
		} else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
			event.preventDefault();
			first.focus();
		}
	});
}

/** A click or tap on the backdrop (outside the dialog's box) closes it. */
function closeOnOutsideTap(dialog: HTMLDialogElement): void {
	dialog.addEventListener('click', (event) => {
		if (event.target !== dialog) return;
		const box = dialog.getBoundingClientRect();
		const inside =
			event.clientX >= box.left &&
			event.clientX <= box.right &&
			event.clientY >= box.top &&
			event.clientY <= box.bottom;
		if (!inside) dialog.close();
	});
}

function button(label: string, attributes: Record<string, string>): HTMLButtonElement {
	const el = element('button', { type: 'button', ...attributes }) as HTMLButtonElement;
	el.textContent = label;
	return el;
}

function element(tag: string, attributes: Record<string, string>): HTMLElement {
	const el = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
	return el;
}
