/** Reading built pages the way a reader or Pagefind sees them. */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { extractIndexedPage } from '../../src/lib/search/extract.ts';

export function parseHtml(html: string): Root {
	return fromHtml(html);
}

/** The text Pagefind indexes: the `data-pagefind-body` element without `data-pagefind-ignore` parts. */
export function indexedText(html: string): string {
	return extractIndexedPage(html)?.text ?? '';
}

/** Every element matching a selector. */
export function select(html: string | Root, selector: string): Element[] {
	return selectAll(selector, typeof html === 'string' ? parseHtml(html) : html);
}

export function textOf(node: Element): string {
	return toText(node);
}

/**
 * The text a reader reads in an element: editorial marks and paragraph numbers
 * (both `data-pagefind-ignore`, like everything that is not the report's own
 * text) left out, so that a word a page-break mark splits reads whole.
 */
export function readingText(node: Element): string {
	const strip = (element: Element): Element => ({
		...element,
		children: element.children
			.filter((child) => child.type !== 'element' || !('dataPagefindIgnore' in child.properties))
			.map((child) => (child.type === 'element' ? strip(child) : child)),
	});
	return toText(strip(node)).replace(/\u2060/g, '');
}
