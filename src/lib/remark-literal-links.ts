import type { Nodes, Parent, Root } from 'mdast';

/**
 * Turns links back into their text. Report bodies are source text, escaped by
 * ingest so that no Markdown link can be written; the only links left are those
 * GFM makes of URLs and e-mail addresses in plain text ("autolink literals"),
 * which it does after escapes are resolved, so escaping cannot stop it. A URL
 * printed in the source is shown as printed, not as a link.
 *
 * @see https://github.com/syntax-tree/mdast-util-gfm-autolink-literal
 */
export function remarkLiteralLinks() {
	return (tree: Root) => {
		const visit = (node: Parent) => {
			const children: Nodes[] = [];
			for (const child of node.children) children.push(...(child.type === 'link' ? child.children : [child]));
			node.children = children as Parent['children'];
			for (const child of node.children) if ('children' in child) visit(child);
		};
		visit(tree);
	};
}
