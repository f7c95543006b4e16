/**
 * Writing a report body as MDX: one paragraph per line, `##` headings and the
 * editorial marks as self-closing components, the text escaped so that it
 * renders literally. Ingest writes the Chinese pages with it, the translation
 * tools the English ones, so a translation is escaped exactly as the source.
 */
import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import type { Block, Inline } from './page-model.ts';

/** Names of the MDX components that render editorial marks (see src/components/marks/). */
export const MARK_COMPONENTS = {
	join: 'Join',
	note: 'Note',
	lacuna: 'Lacuna',
	duplicate: 'Duplicate',
	truncation: 'Truncation',
} as const;

/**
 * Serialisation options. `mdast-util-to-markdown` escapes whatever MDX, Markdown
 * or GFM would otherwise interpret (`{ } < > # * _ | [ ]`, list and heading
 * markers, …); the two extra patterns cover what it does not: a paragraph that
 * starts with `import ` or `export ` would be parsed as an ES module statement.
 *
 * @see https://github.com/micromark/micromark-extension-mdxjs-esm
 */
const MARKDOWN_OPTIONS: ToMarkdownOptions = {
	extensions: [
		mdxToMarkdown(),
		gfmToMarkdown(),
		{
			unsafe: [
				{ character: 'i', atBreak: true, after: 'mport[ \\t]' },
				{ character: 'e', atBreak: true, after: 'xport[ \\t]' },
			],
		},
	],
};

function mark(name: string, n: number, flow: true): MdxJsxFlowElement;
function mark(name: string, n: number, flow: false): MdxJsxTextElement;
function mark(name: string, n: number, flow: boolean): MdxJsxFlowElement | MdxJsxTextElement {
	return {
		type: flow ? 'mdxJsxFlowElement' : 'mdxJsxTextElement',
		name,
		attributes: [{ type: 'mdxJsxAttribute', name: 'n', value: String(n) }],
		children: [],
	};
}

function inlineToMdast(inline: Inline): PhrasingContent {
	return inline.type === 'text'
		? { type: 'text', value: inline.value }
		: mark(MARK_COMPONENTS[inline.type], inline.n, false);
}

function blockToMdast(block: Block): RootContent {
	switch (block.type) {
		case 'heading':
			return { type: 'heading', depth: 2, children: [{ type: 'text', value: block.text }] };
		case 'paragraph':
			return { type: 'paragraph', children: block.inlines.map(inlineToMdast) };
		default:
			return mark(MARK_COMPONENTS[block.type], block.n, true);
	}
}

/**
 * Renders page blocks as an MDX body: one paragraph per line, `##` headings, and
 * self-closing mark components. Source text is escaped so that it renders
 * literally and can never run as code.
 *
 * @example renderBody([{ type: 'paragraph', n: 1, lines: [1], inlines: [{ type: 'text', value: 'a {b} <c>' }] }]) // 'a \\{b} \\<c>\n'
 */
export function renderBody(blocks: Block[]): string {
	const tree: Root = { type: 'root', children: blocks.map(blockToMdast) };
	return toMarkdown(tree, MARKDOWN_OPTIONS);
}
