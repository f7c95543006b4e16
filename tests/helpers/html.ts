/** Reading built pages the way a reader or Pagefind sees them. */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { selectAll } from 'hast-util-select';

export function parseHtml(html: string): Root {
	return fromHtml(html);
}

function isIgnored(node: Element): boolean {
	return node.properties?.['dataPagefindIgnore'] !== undefined;
}

/** The text Pagefind indexes: the `data-pagefind-body` element without `data-pagefind-ignore` parts. */
export function indexedText(html: string): string {
	const body = selectAll('[data-pagefind-body]', parseHtml(html));
	const parts: string[] = [];
	const walk = (nodes: RootContent[]) => {
		for (const node of nodes) {
			if (node.type === 'text') parts.push(node.value);
			else if (node.type === 'element' && !isIgnored(node)) {
				walk(node.children);
				// Block elements end a run of text, as in Pagefind's own extraction.
				if (/^(p|h[1-6]|li|dd|dt|div|section|header|br)$/.test(node.tagName)) parts.push('\n');
			}
		}
	};
	for (const element of body) walk(element.children);
	return parts.join('');
}

/** Every element matching a selector. */
export function select(html: string | Root, selector: string): Element[] {
	return selectAll(selector, typeof html === 'string' ? parseHtml(html) : html);
}

export function textOf(node: Element): string {
	return toText(node);
}
