/**
 * "Copy citation": choosing a paragraph's number (its link, which works without
 * script) also opens a small box under the paragraph with the citation, in the
 * form of src/lib/citation.ts, and buttons that copy it or the paragraph's link
 * alone. Where the clipboard is refused the citation stays selected in the box,
 * to copy by hand.
 */
import { type CitationParts, formatCitation, paragraphUrl } from '../lib/citation.ts';

interface CiteStrings {
	copy: string;
	copied: string;
	copyLink: string;
	linkCopied: string;
	failed: string;
	close: string;
	label: string;
}

/** Wires "Copy citation" to the paragraph numbers of a report (`article[data-cite]`). */
export function startCitations(article: HTMLElement): void {
	const parts = JSON.parse(article.dataset['cite'] ?? '{}') as Omit<CitationParts, 'paragraph'>;
	const strings = JSON.parse(article.dataset['citeStrings'] ?? '{}') as CiteStrings;
	let box: HTMLElement | undefined;
	// Says what the number offers beyond its link, on hover.
	for (const number of article.querySelectorAll<HTMLElement>('p[id] > a.pn'))
		number.title = strings.label;

	article.addEventListener('click', (event) => {
		const number = (event.target as Element | null)?.closest?.('a.pn');
		const paragraph = number?.parentElement;
		if (!number || !paragraph || !/^p\d+$/.test(paragraph.id)) return;
		box?.remove();
		const n = Number(paragraph.id.slice(1));
		const url = parts.url ? paragraphUrl(parts.url, n) : location.href;
		box = createBox(formatCitation({ ...parts, paragraph: n }), url, parts.lang, strings, () => {
			box?.remove();
			box = undefined;
			(number as HTMLElement).focus();
		});
		paragraph.after(box);
	});
}

function createBox(
	citation: string,
	url: string,
	lang: string,
	strings: CiteStrings,
	close: () => void
): HTMLElement {
	const box = element('div', {
		class: 'cite-box',
		role: 'group',
		'aria-label': strings.label,
		lang,
	});
	const text = element('p', { class: 'cite-box__text' });
	text.textContent = citation;
	const status = element('p', { role: 'status' });
	const copy = button(strings.copy, { 'data-cite-copy': '' });
	const copyLink = button(strings.copyLink, { 'data-cite-copy-link': '' });
	const dismiss = button(strings.close, {});
	const actions = element('div', { class: 'cite-box__actions' });
	actions.append(copy, copyLink, dismiss, status);
	box.append(text, actions);
	const copyText = (value: string, done: string) => {
		// navigator.clipboard is undefined outside a secure context: fail into the catch, not an exception.
		Promise.resolve()
			.then(() => navigator.clipboard.writeText(value))
			.then(() => (status.textContent = done))
			.catch(() => {
				// No clipboard (refused, or an old browser): leave the citation selected for Ctrl+C.
				getSelection()?.selectAllChildren(text);
				status.textContent = strings.failed;
			});
	};
	copy.addEventListener('click', () => copyText(citation, strings.copied));
	copyLink.addEventListener('click', () => copyText(url, strings.linkCopied));
	dismiss.addEventListener('click', close);
	box.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') close();
	});
	return box;
}

function button(label: string, attributes: Record<string, string>): HTMLElement {
	const el = element('button', { type: 'button', ...attributes });
	el.textContent = label;
	return el;
}

function element(tag: string, attributes: Record<string, string>): HTMLElement {
	const el = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
	return el;
}
