/**
 * The page model: one report page as ingest builds it and the tools render it
 * (numbered paragraphs, `##` headings, the editorial marks where they stand),
 * before it becomes MDX. Ingest makes it; the body serializer (mdx-body.ts)
 * renders it for ingest and the translation tools alike.
 */
import type { EditorialEntry } from '../schemas.ts';

/** A run of a paragraph: text, or a mark that links to an entry of the apparatus. */
export type Inline = { type: 'text'; value: string } | { type: 'join' | 'note'; n: number };

/** A block of a page body, in reading order. */
export type Block =
	| { type: 'heading'; text: string; line: number }
	| { type: 'paragraph'; n: number; inlines: Inline[]; lines: number[] }
	| { type: 'lacuna' | 'duplicate' | 'truncation'; n: number };

/** A paragraph block of the page model. */
export type ParagraphBlock = Extract<Block, { type: 'paragraph' }>;

/** One report page, ready to be rendered as MDX. */
export interface PageModel {
	slug: string;
	kind: 'overview' | 'committee';
	order: number;
	year: number;
	title: string;
	article: { title: string; subtitle: string };
	byline?: string;
	credit?: string;
	/** First and last source line of the page. */
	lines: [number, number];
	blocks: Block[];
	editorial: EditorialEntry[];
	/** Key figures stated on the page. */
	figures: { quote: string; en: string; paragraph: number }[];
}

/**
 * The plain text of a paragraph, without marks.
 *
 * @example paragraphText({ type: 'paragraph', n: 1, lines: [3], inlines: [{ type: 'text', value: '甲' }, { type: 'join', n: 1 }, { type: 'text', value: '乙' }] }) // '甲乙'
 */
export function paragraphText(block: ParagraphBlock): string {
	return block.inlines.map((inline) => (inline.type === 'text' ? inline.value : '')).join('');
}

/**
 * The source lines of each paragraph, in order: what a page's frontmatter
 * records as `source.paragraphs` (each paragraph's lines, by the first physical
 * line of each; more than one where a page break was repaired).
 *
 * @example paragraphLines([{ type: 'heading', text: '一、', line: 2 }, { type: 'paragraph', n: 1, lines: [3, 5], inlines: [] }]) // [[3, 5]]
 */
export function paragraphLines(blocks: readonly Block[]): number[][] {
	return blocks.flatMap((block) => (block.type === 'paragraph' ? [[...block.lines]] : []));
}
