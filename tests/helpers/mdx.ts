/** Parses archive MDX files the way MDX does, for tests that read generated or translated pages. */
import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/lib/content/mdx-page.ts';

export interface ParsedPage {
	frontmatter: Record<string, unknown>;
	tree: Root;
}

export function parsePage(text: string): ParsedPage {
	const parts = splitFrontmatter(text);
	if (!parts) throw new Error('no frontmatter');
	return {
		frontmatter: parse(parts.yaml) as Record<string, unknown>,
		tree: fromMarkdown(parts.body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }),
	};
}

/** A block of a page body as the tests compare them: its kind, its marks, its text, and its text split at join marks. */
export interface BodyBlock {
	kind: string;
	marks: string[];
	text: string;
	/** The text between join marks: the source lines of a joined paragraph. */
	parts: string[];
}

function markName(node: RootContent): string | undefined {
	if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
	const n = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'n');
	return `${node.name}${n ? ` ${typeof n.value === 'string' ? n.value : String(n.value?.value)}` : ''}`;
}

export function bodyBlocks(tree: Root): BodyBlock[] {
	return tree.children.map((node) => {
		if (node.type === 'paragraph') {
			const parts = [''];
			const marks: string[] = [];
			for (const child of node.children) {
				const mark = markName(child);
				if (mark) {
					marks.push(mark);
					if (mark.startsWith('Join')) parts.push('');
				} else parts[parts.length - 1] += toString(child);
			}
			return { kind: 'paragraph', marks, text: parts.join(''), parts };
		}
		if (node.type === 'heading')
			return { kind: `h${node.depth}`, marks: [], text: toString(node), parts: [toString(node)] };
		const mark = markName(node);
		return { kind: mark ?? `unexpected ${node.type}`, marks: [], text: '', parts: [] };
	});
}
