/**
 * The translatable pieces of a report page: its blocks as parsed from the MDX
 * body (paragraphs with their inline marks, headings, flow marks), the stable
 * unit ids (`<year>/<slug>/p<N>`, `…/h<N>`, `…/title`, …) and the per-paragraph
 * hashes an English page records. Pure functions, no disk access.
 */
import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import { parse } from 'yaml';
import { sha256 } from '../hash.ts';
import { splitFrontmatter } from './mdx-page.ts';

/** A run of a paragraph: text, or an inline editorial mark (`<Join n="1" />`, `<Note n="2" />`). */
export type UnitInline =
	{ type: 'text'; value: string } | { type: 'mark'; name: string; n: number };

/** A block of a page body, in reading order; paragraphs and headings are numbered from 1. */
export type PageBlock =
	| { type: 'paragraph'; index: number; inlines: UnitInline[] }
	| { type: 'heading'; index: number; text: string }
	| { type: 'mark'; name: string; n: number };

/** A report page file: its frontmatter and its body's blocks. */
export interface ParsedPage {
	frontmatter: Record<string, unknown>;
	blocks: PageBlock[];
}

/** The frontmatter fields translated as units, with the unit id suffix of each. */
export const META_UNITS = [
	{ suffix: 'title', get: (f: Record<string, unknown>) => f['title'] },
	{
		suffix: 'article-title',
		get: (f: Record<string, unknown>) => (f['article'] as { title?: unknown } | undefined)?.title,
	},
	{
		suffix: 'article-subtitle',
		get: (f: Record<string, unknown>) =>
			(f['article'] as { subtitle?: unknown } | undefined)?.subtitle,
	},
	{ suffix: 'byline', get: (f: Record<string, unknown>) => f['byline'] },
	{ suffix: 'credit', get: (f: Record<string, unknown>) => f['credit'] },
] as const;

/** The id suffix of a frontmatter unit (`title`, `article-title`, …). */
export type MetaSuffix = (typeof META_UNITS)[number]['suffix'];

/** One translatable piece of a page, with the id it has in XLIFF and TMX. */
export interface Unit {
	id: string;
	kind: 'meta' | 'heading' | 'paragraph';
	/** The Chinese, with inline marks. Meta and heading units have text only. */
	source: UnitInline[];
	/** Paragraph or heading number (the `#pN` anchor), for body units. */
	index?: number;
}

function markOf(node: RootContent): { name: string; n: number } | undefined {
	if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
	const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'n');
	const n = Number(attribute?.value);
	if (!node.name || !Number.isInteger(n))
		throw new Error(`a mark without a name or number: <${node.name ?? ''}>`);
	return { name: node.name, n };
}

/**
 * Parses an MDX body the way MDX does and returns its blocks. Phrasing other
 * than text and marks (which the archive's pages do not contain) is read as its
 * text.
 *
 * @example parseBody('a<Join n="1" />b\n').at(0) // { type: 'paragraph', index: 1, inlines: [text a, mark Join 1, text b] }
 */
export function parseBody(body: string): PageBlock[] {
	const tree: Root = fromMarkdown(body, {
		extensions: [mdxjs()],
		mdastExtensions: [mdxFromMarkdown()],
	});
	let paragraphs = 0;
	let headings = 0;
	return tree.children.map((node): PageBlock => {
		if (node.type === 'paragraph') {
			const inlines: UnitInline[] = [];
			for (const child of node.children) {
				const mark = markOf(child);
				const last = inlines.at(-1);
				if (mark) inlines.push({ type: 'mark', ...mark });
				else if (last?.type === 'text') last.value += toString(child);
				else inlines.push({ type: 'text', value: toString(child) });
			}
			paragraphs += 1;
			return { type: 'paragraph', index: paragraphs, inlines };
		}
		if (node.type === 'heading') {
			headings += 1;
			return { type: 'heading', index: headings, text: toString(node) };
		}
		const mark = markOf(node);
		if (!mark) throw new Error(`unexpected ${node.type} in a report body`);
		return { type: 'mark', ...mark };
	});
}

/** Parses a whole page file (frontmatter and body). Throws, naming the file, when it has no frontmatter. */
export function parsePageFile(text: string, file: string): ParsedPage {
	const parts = splitFrontmatter(text);
	if (!parts) throw new Error(`${file}: no frontmatter`);
	return {
		frontmatter: (parse(parts.yaml) ?? {}) as Record<string, unknown>,
		blocks: parseBody(parts.body),
	};
}

/**
 * The plain text of a run of inlines, marks left out.
 *
 * @example inlineText([{ type: 'text', value: 'a' }, { type: 'mark', name: 'Join', n: 1 }, { type: 'text', value: 'b' }]) // 'ab'
 */
export function inlineText(inlines: UnitInline[]): string {
	return inlines.map((inline) => (inline.type === 'text' ? inline.value : '')).join('');
}

/**
 * The placeholder id of an inline mark in XLIFF (`<x id="join-1"/>`).
 *
 * @example placeholderId({ type: 'mark', name: 'Join', n: 1 }) // 'join-1'
 */
export function placeholderId(mark: { name: string; n: number }): string {
	return `${mark.name.toLowerCase()}-${mark.n}`;
}

/**
 * A canonical string of a run of inlines, for comparing and hashing: runs of
 * whitespace become one space, the ends are trimmed, marks are `{{join-1}}`.
 *
 * @example canonicalInlines([{ type: 'text', value: ' a  b' }, { type: 'mark', name: 'Note', n: 2 }]) // 'a b{{note-2}}'
 */
export function canonicalInlines(inlines: UnitInline[]): string {
	return inlines
		.map((inline) => (inline.type === 'text' ? inline.value : `{{${placeholderId(inline)}}}`))
		.join('')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * The hash an English paragraph or heading records of the Chinese it
 * translates: the first 16 hex digits of the sha256 of its canonical string.
 * It changes when the Chinese text or its marks change, and only then.
 *
 * @example hashUnit([{ type: 'text', value: '正文' }]).length // 16
 */
export function hashUnit(inlines: UnitInline[]): string {
	return sha256(canonicalInlines(inlines)).slice(0, 16);
}

/** The inlines of a body block (a heading is one text run). */
export function blockInlines(block: PageBlock): UnitInline[] {
	if (block.type === 'paragraph') return block.inlines;
	if (block.type === 'heading') return [{ type: 'text', value: block.text }];
	return [];
}

/**
 * The units of a Chinese page, in reading order: the frontmatter fields it has
 * (title, article title and subtitle, byline, credit), then its headings and
 * paragraphs.
 *
 * @example pageUnits(2022, 'legal-affairs', page).map((u) => u.id) // ['2022/legal-affairs/title', …, '2022/legal-affairs/p1', …]
 */
export function pageUnits(year: number, slug: string, page: ParsedPage): Unit[] {
	const prefix = `${year}/${slug}`;
	const units: Unit[] = [];
	for (const meta of META_UNITS) {
		const value = meta.get(page.frontmatter);
		if (typeof value === 'string')
			units.push({
				id: `${prefix}/${meta.suffix}`,
				kind: 'meta',
				source: [{ type: 'text', value }],
			});
	}
	for (const block of page.blocks) {
		if (block.type === 'paragraph')
			units.push({
				id: `${prefix}/p${block.index}`,
				kind: 'paragraph',
				source: block.inlines,
				index: block.index,
			});
		if (block.type === 'heading')
			units.push({
				id: `${prefix}/h${block.index}`,
				kind: 'heading',
				source: blockInlines(block),
				index: block.index,
			});
	}
	return units;
}

/** Whether a text has a Han character outside a parenthesised original term (（…） or (…)). */
export function hasStrayHan(text: string): boolean {
	return /\p{Script=Han}/u.test(text.replace(/（[^）]*）|\([^)]*\)/g, ''));
}
