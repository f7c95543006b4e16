/**
 * Values a page puts into its prose: a document may hold `{name}` where the page
 * inserts a value that is data, not prose (the data page's licence and its
 * address, src/lib/editions/dataset.ts). Values are text or elements the page
 * builds, never HTML strings, so nothing in them is read as markup.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { ProseDocument } from './documents.ts';

/** What a page puts into a slot. */
export type SlotValue = string | Element;

const SLOT = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/**
 * A document with its slots filled. Every slot the page fills must be in the
 * document, and every `{name}` in the document must be a slot the page fills:
 * either way the error names the file.
 *
 * @example fillSlots(licence, { licence: 'CC BY 4.0' }) // "… published under CC BY 4.0. …"
 */
export function fillSlots(
	document: ProseDocument,
	slots: Record<string, SlotValue>
): ProseDocument {
	const tree = fromHtml(document.html, { fragment: true });
	const used = new Set<string>();
	fill(tree, (name) => {
		const value = slots[name];
		if (value === undefined)
			throw new Error(
				`${document.file}: {${name}} is not filled by its page, which fills ${listSlots(slots)}`
			);
		used.add(name);
		return typeof value === 'string' ? { type: 'text', value } : structuredClone(value);
	});
	const unused = Object.keys(slots).filter((name) => !used.has(name));
	if (unused.length > 0)
		throw new Error(
			`${document.file}: ${unused.map((name) => `{${name}}`).join(', ')} missing from the text (its page puts a value there)`
		);
	return { ...document, html: toHtml(tree) };
}

function listSlots(slots: Record<string, unknown>): string {
	const names = Object.keys(slots).map((name) => `{${name}}`);
	return names.length > 0 ? names.join(', ') : 'none';
}

/** Replaces each `{name}` in the text under `node` with what `value(name)` gives. */
function fill(node: Root | Element, value: (name: string) => ElementContent): void {
	node.children = node.children.flatMap((child): RootContent[] => {
		if (child.type === 'element') fill(child, value);
		return child.type === 'text' ? splitText(child, value) : [child];
	});
}

function splitText(text: Text, value: (name: string) => ElementContent): ElementContent[] {
	const parts: ElementContent[] = [];
	let last = 0;
	for (const match of text.value.matchAll(SLOT)) {
		if (match.index > last)
			parts.push({ type: 'text', value: text.value.slice(last, match.index) });
		parts.push(value(match[1]!));
		last = match.index + match[0].length;
	}
	if (last === 0) return [text];
	if (last < text.value.length) parts.push({ type: 'text', value: text.value.slice(last) });
	return parts;
}
