/**
 * Renders an English page from the Chinese page, the English already there and
 * the translations being imported: frontmatter with per-paragraph hashes, and a
 * body with the Chinese page's blocks in order, the marks where the translator
 * put them. The body goes through ingest's serializer, so a target is escaped
 * for MDX exactly as the Chinese text is.
 */
import { stringifyFrontmatter } from '../content/frontmatter-yaml.ts';
import { hashBody } from '../hash.ts';
import type { Block, Inline } from '../ingest/editorial.ts';
import { MARK_COMPONENTS, renderBody } from '../ingest/render-mdx.ts';
import type { EnReport } from '../schemas.ts';
import {
	blockInlines,
	hashUnit,
	META_UNITS,
	type MetaSuffix,
	type PageBlock,
	type ParsedPage,
	type UnitInline,
} from './units.ts';

/** What an English page is made from. */
export interface EnPageInput {
	year: number;
	slug: string;
	zh: ParsedPage;
	/** The Chinese page's body as on disk (its hash is the page hash). */
	zhBody: string;
	/** The English page on disk, if there is one. */
	existing?: ParsedPage | undefined;
	/** Imported translations by unit id. */
	targets: ReadonlyMap<string, UnitInline[]>;
	/** Drop the existing English of every unit the import does not translate. */
	replace: boolean;
}

/** A rendered English page and how much of it is translated. */
export interface EnPage {
	mdx: string;
	frontmatter: EnReport;
	translated: number;
	total: number;
}

/** A hash no Chinese paragraph has: recorded for an English paragraph whose original is unknown (so it shows as outdated). */
const UNKNOWN_ORIGINAL = '0'.repeat(16);

const MARK_TYPES = Object.fromEntries(
	Object.entries(MARK_COMPONENTS).map(([type, name]) => [name, type])
) as Record<string, keyof typeof MARK_COMPONENTS>;

function markType(name: string): keyof typeof MARK_COMPONENTS {
	const type = MARK_TYPES[name];
	if (!type)
		throw new Error(
			`unknown mark <${name}>: expected one of ${Object.keys(MARK_TYPES).join(', ')}`
		);
	return type;
}

function toInlines(inlines: UnitInline[]): Inline[] {
	return inlines.map((inline): Inline => {
		if (inline.type === 'text') return { type: 'text', value: inline.value };
		const type = markType(inline.name);
		if (type !== 'join' && type !== 'note')
			throw new Error(`<${inline.name}> cannot stand inside a paragraph`);
		return { type, n: inline.n };
	});
}

function toBlock(block: PageBlock, inlines: UnitInline[]): Block {
	if (block.type === 'paragraph')
		return { type: 'paragraph', n: block.index, lines: [], inlines: toInlines(inlines) };
	if (block.type === 'heading')
		return {
			type: 'heading',
			line: 0,
			text: inlines.map((i) => (i.type === 'text' ? i.value : '')).join(''),
		};
	const type = markType(block.name);
	if (type === 'join' || type === 'note')
		throw new Error(`<${block.name}> cannot stand as a block`);
	return { type, n: block.n };
}

/** The hashes an existing English page records for one kind of block (legacy pages: all current or all unknown). */
function recordedHashes(
	existing: ParsedPage | undefined,
	key: 'paragraphs' | 'headings',
	current: string[],
	pageCurrent: boolean
): (string | null)[] {
	const translationOf = existing?.frontmatter['translationOf'] as
		{ paragraphs?: (string | null)[]; headings?: (string | null)[] } | undefined;
	const recorded = translationOf?.[key];
	if (recorded) return current.map((_, i) => recorded[i] ?? null);
	if (!existing) return current.map(() => null);
	return current.map((hash) => (pageCurrent ? hash : UNKNOWN_ORIGINAL));
}

/** Renders the English page for one report. */
export function renderEnPage(input: EnPageInput): EnPage {
	const { zh, existing, targets, replace } = input;
	const prefix = `${input.year}/${input.slug}`;
	const existingBlocks = existing?.blocks ?? [];
	const existingOf = (type: 'paragraph' | 'heading', index: number) =>
		existingBlocks.find((b) => b.type === type && b.index === index);
	const current = { paragraphs: [] as string[], headings: [] as string[] };
	for (const block of zh.blocks)
		if (block.type !== 'mark')
			current[block.type === 'paragraph' ? 'paragraphs' : 'headings'].push(
				hashUnit(blockInlines(block))
			);
	const existingTranslationOf = existing?.frontmatter['translationOf'] as
		{ sha256?: string } | undefined;
	const pageCurrent = existingTranslationOf?.sha256 === hashBody(input.zhBody);
	const recorded = {
		paragraphs: recordedHashes(existing, 'paragraphs', current.paragraphs, pageCurrent),
		headings: recordedHashes(existing, 'headings', current.headings, pageCurrent),
	};
	const hashes = { paragraphs: [] as (string | null)[], headings: [] as (string | null)[] };
	const blocks = zh.blocks.map((block): Block => {
		if (block.type === 'mark') return toBlock(block, []);
		const key = block.type === 'paragraph' ? 'paragraphs' : 'headings';
		const id = `${prefix}/${block.type === 'paragraph' ? 'p' : 'h'}${block.index}`;
		const target = targets.get(id);
		const kept = existingOf(block.type, block.index);
		const keptHash = recorded[key][block.index - 1] ?? null;
		if (target) {
			hashes[key].push(current[key][block.index - 1]!);
			return toBlock(block, target);
		}
		if (!replace && kept && keptHash !== null) {
			hashes[key].push(keptHash);
			return toBlock(block, blockInlines(kept));
		}
		hashes[key].push(null);
		return toBlock(block, blockInlines(block));
	});
	const meta = (suffix: MetaSuffix): string | undefined => {
		const getter = META_UNITS.find((m) => m.suffix === suffix)!.get;
		const chinese = getter(zh.frontmatter);
		if (typeof chinese !== 'string') return undefined;
		const target = targets.get(`${prefix}/${suffix}`);
		if (target) return target.map((i) => (i.type === 'text' ? i.value : '')).join('');
		const kept = existing && !replace ? getter(existing.frontmatter) : undefined;
		return typeof kept === 'string' ? kept : chinese;
	};
	const currentAll = [...current.paragraphs, ...current.headings];
	// The page hash moves to the current Chinese only when no kept English is outdated.
	const allCurrent = [...hashes.paragraphs, ...hashes.headings].every(
		(hash, i) => hash === null || hash === currentAll[i]
	);
	const translator = existing?.frontmatter['translator'];
	const frontmatter: EnReport = {
		title: meta('title')!,
		year: input.year,
		lang: 'en',
		slug: input.slug,
		article: { title: meta('article-title')!, subtitle: meta('article-subtitle')! },
		...(meta('byline') !== undefined && { byline: meta('byline')! }),
		...(meta('credit') !== undefined && { credit: meta('credit')! }),
		translationOf: {
			sha256:
				allCurrent || !existingTranslationOf?.sha256
					? hashBody(input.zhBody)
					: existingTranslationOf.sha256,
			paragraphs: hashes.paragraphs,
			...(hashes.headings.length > 0 && { headings: hashes.headings }),
		},
		...(typeof translator === 'string' && { translator }),
	};
	const yaml = stringifyFrontmatter(frontmatter);
	const translated = hashes.paragraphs.filter((hash) => hash !== null).length;
	return {
		mdx: `---\n${yaml}---\n\n${renderBody(blocks)}`,
		frontmatter,
		translated,
		total: hashes.paragraphs.length,
	};
}
