/**
 * The DOM of a result's excerpt, shared by the search page and the header's
 * quick search: built node by node (no innerHTML: the text is the archive's and
 * may hold anything), the words in <mark>, "…" where the paragraph is cut.
 */
import type { ShownExcerpt } from './results.ts';

/** Creates an element with attributes. */
export function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Record<string, string | undefined> = {},
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes))
		if (value !== undefined) el.setAttribute(name, value);
	el.append(...children);
	return el;
}

/** An excerpt's text: the words marked, "…" where the paragraph goes on. */
export function excerptNodes(excerpt: ShownExcerpt): Node[] {
	const nodes: Node[] = excerpt.parts.map((part) =>
		part.mark ? element('mark', {}, part.text) : document.createTextNode(part.text)
	);
	if (excerpt.cutStart) nodes.unshift(document.createTextNode('…'));
	if (excerpt.cutEnd) nodes.push(document.createTextNode('…'));
	return nodes;
}
