/**
 * Renders an English page from the Chinese page, the English already there and
 * the translations being imported: frontmatter with per-paragraph hashes, and a
 * body with the Chinese page's blocks in order, the marks where the translator
 * put them. The body goes through ingest's serializer, so a target is escaped
 * for MDX exactly as the Chinese text is.
 */
import { stringifyFrontmatter } from '../content/frontmatter-yaml.ts';
import { hashBody } from '../hash.ts';
import type { Block, Inline } from '../content/page-model.ts';
import { MARK_COMPONENTS, renderBody } from '../content/mdx-body.ts';
import type { EnReport } from '../schemas.ts';
import {
	blockInlines,
	hashUnit,
	hasStrayHan,
	META_UNITS,
	pageUnits,
	type MetaSuffix,
	type PageBlock,
	type ParsedPage,
	type UnitInline,
} from '../content/page-units.ts';

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
	/** Units of `targets` imported from a `needs-review-*` (or other unconfirmed) state. */
	review?: ReadonlySet<string> | undefined;
	/** Units whose English was reviewed (`--mark-reviewed`): no longer recorded as needing review. */
	reviewed?: ReadonlySet<string> | undefined;
}

/** A rendered English page and how much of it is translated. */
export interface EnPage {
	mdx: string;
	frontmatter: EnReport;
	translated: number;
	total: number;
	/** Unit ids whose English is recorded as needing review, in reading order. */
	needsReview: string[];
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

type HashKey = 'paragraphs' | 'headings';
type Hashes = Record<HashKey, (string | null)[]>;

/** The hashes an existing English page records for one kind of block (legacy pages: all current or all unknown). */
function recordedHashes(
	existing: ParsedPage | undefined,
	key: HashKey,
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

/** The hash of every Chinese paragraph and heading, in body order. */
function currentHashes(zh: ParsedPage): Record<HashKey, string[]> {
	const current = { paragraphs: [] as string[], headings: [] as string[] };
	for (const block of zh.blocks)
		if (block.type !== 'mark')
			current[block.type === 'paragraph' ? 'paragraphs' : 'headings'].push(
				hashUnit(blockInlines(block))
			);
	return current;
}

/** The body blocks of the English page, and the hash each paragraph and heading records. */
function renderBlocks(
	input: EnPageInput,
	current: Record<HashKey, string[]>,
	recorded: Hashes
): { blocks: Block[]; hashes: Hashes; kept: Set<string> } {
	const prefix = `${input.year}/${input.slug}`;
	const existingBlocks = input.existing?.blocks ?? [];
	const hashes: Hashes = { paragraphs: [], headings: [] };
	const kept = new Set<string>();
	const blocks = input.zh.blocks.map((block): Block => {
		if (block.type === 'mark') return toBlock(block, []);
		const key = block.type === 'paragraph' ? 'paragraphs' : 'headings';
		const id = `${prefix}/${block.type === 'paragraph' ? 'p' : 'h'}${block.index}`;
		const target = input.targets.get(id);
		const english = existingBlocks.find((b) => b.type === block.type && b.index === block.index);
		const keptHash = recorded[key][block.index - 1] ?? null;
		if (target) {
			hashes[key].push(current[key][block.index - 1]!);
			return toBlock(block, target);
		}
		if (!input.replace && english && keptHash !== null) {
			hashes[key].push(keptHash);
			kept.add(id);
			return toBlock(block, blockInlines(english));
		}
		hashes[key].push(null);
		return toBlock(block, blockInlines(block));
	});
	return { blocks, hashes, kept };
}

/**
 * The frontmatter fields: imported English, else the English kept. A field
 * with neither is left out (not translated yet: readers show the Chinese
 * page's field, marked as Chinese, see src/lib/content/en-fields.ts); so is
 * Chinese an earlier import copied into a field.
 */
function renderMeta(
	input: EnPageInput,
	kept: Set<string>
): Partial<Record<MetaSuffix, string | undefined>> {
	const prefix = `${input.year}/${input.slug}`;
	const fields: Partial<Record<MetaSuffix, string | undefined>> = {};
	for (const { suffix, get } of META_UNITS) {
		const chinese = get(input.zh.frontmatter);
		if (typeof chinese !== 'string') continue;
		const target = input.targets.get(`${prefix}/${suffix}`);
		const english = input.existing && !input.replace ? get(input.existing.frontmatter) : undefined;
		if (target) fields[suffix] = target.map((i) => (i.type === 'text' ? i.value : '')).join('');
		else if (typeof english === 'string' && !hasStrayHan(english)) {
			fields[suffix] = english;
			kept.add(`${prefix}/${suffix}`);
		}
	}
	return fields;
}

/**
 * The units whose English needs review after this run, in reading order: those
 * imported from an unconfirmed state, and those recorded so before whose
 * English is kept and was not reviewed since.
 */
function reviewList(input: EnPageInput, kept: Set<string>): string[] {
	const prefix = `${input.year}/${input.slug}`;
	const before = new Set(
		((input.existing?.frontmatter['needsReview'] ?? []) as string[]).map((s) => `${prefix}/${s}`)
	);
	return pageUnits(input.year, input.slug, input.zh)
		.map((unit) => unit.id)
		.filter((id) =>
			input.targets.has(id)
				? (input.review?.has(id) ?? false)
				: kept.has(id) && before.has(id) && !input.reviewed?.has(id)
		);
}

/** The page hash: it moves to the current Chinese only when no kept English is outdated. */
function pageHash(input: EnPageInput, current: Record<HashKey, string[]>, hashes: Hashes): string {
	const currentAll = [...current.paragraphs, ...current.headings];
	const allCurrent = [...hashes.paragraphs, ...hashes.headings].every(
		(hash, i) => hash === null || hash === currentAll[i]
	);
	const existing = input.existing?.frontmatter['translationOf'] as { sha256?: string } | undefined;
	return allCurrent || !existing?.sha256 ? hashBody(input.zhBody) : existing.sha256;
}

/** The `article` field: the headline and subtitle translated so far, absent when neither is. */
function articleField(meta: Partial<Record<MetaSuffix, string | undefined>>): Partial<EnReport> {
	const title = meta['article-title'];
	const subtitle = meta['article-subtitle'];
	if (title === undefined && subtitle === undefined) return {};
	return {
		article: {
			...(title !== undefined && { title }),
			...(subtitle !== undefined && { subtitle }),
		},
	};
}

/** Renders the English page for one report. */
export function renderEnPage(input: EnPageInput): EnPage {
	const existingTranslationOf = input.existing?.frontmatter['translationOf'] as
		{ sha256?: string } | undefined;
	const pageCurrent = existingTranslationOf?.sha256 === hashBody(input.zhBody);
	const current = currentHashes(input.zh);
	const recorded: Hashes = {
		paragraphs: recordedHashes(input.existing, 'paragraphs', current.paragraphs, pageCurrent),
		headings: recordedHashes(input.existing, 'headings', current.headings, pageCurrent),
	};
	const { blocks, hashes, kept } = renderBlocks(input, current, recorded);
	const meta = renderMeta(input, kept);
	const needsReview = reviewList(input, kept);
	const translator = input.existing?.frontmatter['translator'];
	const frontmatter: EnReport = {
		...(meta.title !== undefined && { title: meta.title }),
		year: input.year,
		lang: 'en',
		slug: input.slug,
		...articleField(meta),
		...(meta.byline !== undefined && { byline: meta.byline }),
		...(meta.credit !== undefined && { credit: meta.credit }),
		translationOf: {
			sha256: pageHash(input, current, hashes),
			paragraphs: hashes.paragraphs,
			...(hashes.headings.length > 0 && { headings: hashes.headings }),
		},
		...(needsReview.length > 0 && { needsReview: needsReview.map((id) => id.split('/').at(-1)!) }),
		...(typeof translator === 'string' && { translator }),
	};
	const yaml = stringifyFrontmatter(frontmatter);
	return {
		mdx: `---\n${yaml}---\n\n${renderBody(blocks)}`,
		frontmatter,
		translated: hashes.paragraphs.filter((hash) => hash !== null).length,
		total: hashes.paragraphs.length,
		needsReview,
	};
}
