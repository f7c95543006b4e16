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
