import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** What a built page contributes to search, as Pagefind reads it from the page's markup. */
export interface IndexedPage {
	/** The page's `<html lang>`. */
	lang: string;
	/** The text of `data-pagefind-body`, without `data-pagefind-ignore` parts; blocks end with a newline. */
	text: string;
	/** `data-pagefind-meta="title"`, or the first h1. */
	title: string;
	/** `data-pagefind-filter` values, inline (`year:2022`) or from an element's text. */
	filters: Record<string, string>;
}

const BLOCK = /^(p|h[1-6]|li|dd|dt|div|section|header|footer|article|main|blockquote|br|tr|td|th)$/;

function prop(node: Element, name: string): string | undefined {
	const value = node.properties?.[name];
	return value === undefined ? undefined : String(value);
}

function textOf(nodes: RootContent[]): string {
	return nodes.map((node) => (node.type === 'text' ? node.value : node.type === 'element' ? textOf(node.children) : '')).join('');
}

/**
 * Reads a built page the way Pagefind does (the text under `data-pagefind-body`
 * minus `data-pagefind-ignore`, its title and filters). Returns undefined for a
 * page without `data-pagefind-body`, which Pagefind skips.
 */
export function extractIndexedPage(html: string): IndexedPage | undefined {
	const tree: Root = fromHtml(html);
	let body: Element | undefined;
	let lang = '';
	const find = (nodes: RootContent[]) => {
		for (const node of nodes) {
			if (node.type !== 'element') continue;
			if (node.tagName === 'html') lang = prop(node, 'lang') ?? '';
			if (!body && prop(node, 'dataPagefindBody') !== undefined) body = node;
			find(node.children);
		}
	};
	find(tree.children);
	if (!body) return undefined;

	const parts: string[] = [];
	const filters: Record<string, string> = {};
	let title: string | undefined;
	const walk = (node: Element) => {
		const filter = prop(node, 'dataPagefindFilter');
		if (filter) {
			const colon = filter.indexOf(':');
			if (colon > 0) filters[filter.slice(0, colon).trim()] = filter.slice(colon + 1).trim();
			else filters[filter.trim()] = textOf(node.children).trim();
		}
		if (prop(node, 'dataPagefindMeta') === 'title' && title === undefined) title = textOf(node.children).trim();
		if (prop(node, 'dataPagefindIgnore') !== undefined) return;
		for (const child of node.children) {
			if (child.type === 'text') parts.push(child.value);
			else if (child.type === 'element') walk(child);
		}
		if (BLOCK.test(node.tagName)) parts.push('\n');
	};
	walk(body);
	return { lang, text: parts.join(''), title: title ?? '', filters };
}
