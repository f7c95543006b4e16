import type { Parent, PhrasingContent, Root } from 'mdast';

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
			node.children = node.children.flatMap((child) => (child.type === 'link' ? (child.children as PhrasingContent[]) : [child])) as typeof node.children;
			for (const child of node.children) if ('children' in child) visit(child as Parent);
		};
		visit(tree);
	};
}
