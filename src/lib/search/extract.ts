import type { Comment, Element, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

/** What a built page contributes to search, as Pagefind reads it from the page's markup. */
export interface IndexedPage {
	/** The page's `<html lang>`. */
	lang: string;
	/** The text of `data-pagefind-body` without `data-pagefind-ignore` parts, as a browser's innerText (blocks on lines of their own). */
	text: string;
	/** `data-pagefind-meta="title"`, or the first h1. */
	title: string;
	/** `data-pagefind-filter` values, inline (`year:2022`) or from an element's text. */
	filters: Record<string, string>;
	/** Every element with an id in the indexed body, with the offset in `text` where it starts. */
	anchors: { id: string; location: number }[];
}

/** Marks where an element with an id starts; private-use characters that never occur in the archive's text. */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const SENTINEL = new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g');

/** Drops an element from the text in place (a comment has no text), keeping the tree's shape. */
function drop(node: Element): void {
	const loose = node as unknown as Record<string, unknown>;
	for (const key of ['tagName', 'properties', 'children']) delete loose[key];
	Object.assign(loose, { type: 'comment', value: '' } satisfies Comment);
}

function readFilters(body: Element): Record<string, string> {
	const filters: Record<string, string> = {};
	// data-pagefind-ignore="all" also drops filters; a plain ignore keeps them (Pagefind's contract).
	const dropped = new Set(selectAll('[data-pagefind-ignore="all"] [data-pagefind-filter]', body));
	for (const node of selectAll('[data-pagefind-filter]', body)) {
		if (dropped.has(node)) continue;
		const filter = String(node.properties['dataPagefindFilter']);
		const colon = filter.indexOf(':');
		if (colon > 0) filters[filter.slice(0, colon).trim()] = filter.slice(colon + 1).trim();
		else filters[filter.trim()] = toText(node).trim();
	}
	return filters;
}

/**
 * Reads a built page the way Pagefind does: the text under `data-pagefind-body`
 * minus `data-pagefind-ignore`, its title, filters and the elements with ids
 * (where each starts in the text, for results that link to a paragraph). The
 * text is the body's innerText (hast-util-to-text), so blocks are separated by
 * line breaks and a phrase never spans two. Returns undefined for a page without
 * `data-pagefind-body`, which Pagefind skips.
 *
 * @example extractIndexedPage('<html lang="en"><body><main data-pagefind-body><p id="p1">Daylily</p></main></body></html>')?.anchors // [{ id: 'p1', location: 0 }]
 */
export function extractIndexedPage(html: string): IndexedPage | undefined {
	const tree = fromHtml(html);
	const found = select('[data-pagefind-body]', tree);
	if (!found) return undefined;
	const body = structuredClone(found);
	const lang = String(select('html', tree)?.properties['lang'] ?? '');
	const filters = readFilters(body);
	const titled = select('[data-pagefind-meta="title"]', body) ?? select('h1', body);
	const title = titled ? toText(titled).trim() : '';

	for (const node of selectAll('[data-pagefind-ignore]', body)) drop(node);
	const ids: string[] = [];
	for (const node of selectAll('[id]', body)) {
		const sentinel: Text = { type: 'text', value: `${OPEN}${ids.length}${CLOSE}` };
		node.children.unshift(sentinel);
		ids.push(String(node.properties['id']));
	}

	const marked = toText(body);
	const anchors: IndexedPage['anchors'] = [];
	let text = '';
	let from = 0;
	for (const match of marked.matchAll(SENTINEL)) {
		text += marked.slice(from, match.index);
		from = match.index + match[0].length;
		anchors.push({ id: ids[Number(match[1])]!, location: text.length });
	}
	text += marked.slice(from);
	return { lang, text, title, filters, anchors };
}
