import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { splitHan } from './cjk.ts';
import { PAGE_FILTER } from './page-filter.ts';

function attr(node: Element, name: string): unknown {
	return node.properties?.[name];
}

/** A filter whose value is the element's text (`data-pagefind-filter="year"`, not `"year:2022"`). */
function takesFilterFromText(node: Element): boolean {
	const filter = attr(node, 'dataPagefindFilter');
	return typeof filter === 'string' && !filter.includes(':');
}

function isChinese(tree: Root): boolean {
	const html = tree.children.find(
		(n): n is Element => n.type === 'element' && n.tagName === 'html'
	);
	return typeof attr(html!, 'lang') === 'string' && /^zh\b/i.test(attr(html!, 'lang') as string);
}

/** The first element marked `data-pagefind-body`. */
function findBody(nodes: RootContent[]): Element | undefined {
	for (const node of nodes) {
		if (node.type !== 'element') continue;
		if (attr(node, 'dataPagefindBody') !== undefined) return node;
		const found = findBody(node.children);
		if (found) return found;
	}
	return undefined;
}

/** Every Han character of the indexed text set apart (see cjk.ts), in place. */
function splitIndexedHan(tree: Root): void {
	let previous: string | undefined;
	const walk = (nodes: RootContent[]) => {
		for (const node of nodes) {
			if (node.type === 'text') {
				if (node.value === '') continue;
				node.value = splitHan(node.value, undefined, previous);
				previous = [...node.value].at(-1);
			} else if (node.type === 'element') {
				if (attr(node, 'dataPagefindIgnore') !== undefined || takesFilterFromText(node)) continue;
				if (node.tagName === 'script' || node.tagName === 'style') continue;
				walk(node.children);
				if (node.tagName === 'template' && node.content) walk(node.content.children);
			}
		}
	};
	walk(tree.children);
}

/**
 * The copy of a built page that Pagefind indexes: for Chinese pages, every Han
 * character of the indexed text is set apart by a zero-width space (see cjk.ts).
 * Text Pagefind does not index as words is left alone: ignored elements and
 * filter values taken from an element's text. Every page also gets a filter
 * naming its path from the site root (PAGE_FILTER), which the Traditional
 * edition's search uses to show a result in the reader's characters.
 *
 * @param path the page's path from the site root, e.g. `zh-hant/2022/legal-affairs/` (no filter without it)
 */
export function prepareForIndex(html: string, path?: string): string {
	const tree = fromHtml(html);
	if (!isChinese(tree) && path === undefined) return html;
	if (isChinese(tree)) splitIndexedHan(tree);
	if (path === undefined) return toHtml(tree);
	findBody(tree.children)?.children.unshift({
		type: 'element',
		tagName: 'span',
		properties: { dataPagefindFilter: `${PAGE_FILTER}:${path}` },
		children: [],
	});
	return toHtml(tree);
}
