import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { splitHan } from './cjk.ts';

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

/**
 * The copy of a built page that Pagefind indexes: for Chinese pages, every Han
 * character of the indexed text is set apart by a zero-width space (see cjk.ts).
 * Text Pagefind does not index as words is left alone: ignored elements and
 * filter values taken from an element's text. English pages are returned unchanged.
 */
export function prepareForIndex(html: string): string {
	const tree = fromHtml(html);
	if (!isChinese(tree)) return html;
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
	return toHtml(tree);
}
