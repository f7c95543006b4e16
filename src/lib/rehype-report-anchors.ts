import type { Element, ElementContent, Root } from 'hast';

/**
 * Gives every top-level paragraph of a report a stable anchor, `id="p1"`,
 * `id="p2"`, …, and every section heading `id="s1"`, `id="s2"`, …. Numbering
 * counts paragraphs only (editorial mark components are not paragraphs), so a
 * Chinese page and its translation, which have the same paragraphs in the same
 * order, have the same anchors and a citation lands on the same paragraph in
 * both. Each paragraph also gets a link to itself showing its number: with
 * script, the paragraph's cite control (src/client/citation.ts names it).
 */
export function rehypeReportAnchors() {
	return (tree: Root) => {
		let paragraphs = 0;
		let sections = 0;
		for (const node of tree.children) {
			if (node.type !== 'element') continue;
			if (node.tagName === 'p') {
				paragraphs += 1;
				const id = `p${paragraphs}`;
				node.properties = { ...node.properties, id, className: ['para'] };
				node.children.unshift(selfLink(id, String(paragraphs)));
			} else if (/^h[2-6]$/.test(node.tagName)) {
				sections += 1;
				node.properties = { ...node.properties, id: `s${sections}` };
			}
		}
	};
}

function selfLink(id: string, label: string): ElementContent {
	const link: Element = {
		type: 'element',
		tagName: 'a',
		properties: { className: ['pn'], href: `#${id}`, dataPagefindIgnore: '' },
		children: [{ type: 'text', value: label }],
	};
	return link;
}
