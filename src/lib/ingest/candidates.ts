import { type PageModel, paragraphText } from '../content/page-model.ts';

/** Something the archivist should look at; ingest changes nothing because of it. */
export interface Candidate {
	kind: 'unjoined' | 'near-duplicate' | 'brackets' | 'numbers';
	line: number;
	slug: string;
	message: string;
}

interface Paragraph {
	slug: string;
	line: number;
	text: string;
	/** The paragraph ends at a recorded lacuna, so its brackets may be cut off. */
	beforeLacuna: boolean;
}

function paragraphsOf(pages: PageModel[]): Paragraph[] {
	return pages.flatMap((page) =>
		page.blocks.flatMap((block, index) =>
			block.type === 'paragraph'
				? [
						{
							slug: page.slug,
							line: block.lines[0]!,
							text: paragraphText(block),
							beforeLacuna: page.blocks[index + 1]?.type === 'lacuna',
						},
					]
				: []
		)
	);
}

function bigrams(text: string): Set<string> {
	const chars = [...text.replace(/[\p{P}\s]/gu, '')];
	const set = new Set<string>();
	for (let i = 0; i + 1 < chars.length; i++) set.add(chars[i]! + chars[i + 1]!);
	return set;
}

/**
 * Jaccard similarity of the character bigrams of two texts, from 0 to 1.
 *
 * @example similarity('一年来，财经委加强监督', '一年来，财经委加强监督') // 1
 */
export function similarity(a: string, b: string): number {
	const x = bigrams(a);
	const y = bigrams(b);
	if (x.size === 0 || y.size === 0) return 0;
	let shared = 0;
	for (const gram of x) if (y.has(gram)) shared += 1;
	return shared / (x.size + y.size - shared);
}

const NEAR_DUPLICATE = 0.8;
const MIN_DUPLICATE_LENGTH = 40;

const BRACKETS: [string, string][] = [
	['《', '》'],
	['“', '”'],
	['（', '）'],
	['【', '】'],
];

/** Measure words after which a count names a kind of thing (件, 个, 名, …). */
/** Counts this close (within 25%) are likely the same quantity reported twice. */
const CLOSE_COUNTS = 1.25;

const QUANTITY_AFTER = /(\d+)(人次|个|件|名|项|次|条|篇|位|部)(?=([\u4e00-\u9fff]{2}))/gu;
const QUANTITY_BEFORE = /([\u4e00-\u9fff]{2})(\d+)(人次|个|件|名|项|次|条|篇|位|部)/gu;

/** Paragraphs that read almost like an earlier one, not yet recorded as duplicates. */
function nearDuplicates(paragraphs: Paragraph[], recorded: ReadonlySet<number>): Candidate[] {
	const candidates: Candidate[] = [];
	for (let i = 0; i < paragraphs.length; i++) {
		const a = paragraphs[i]!;
		if (a.text.length < MIN_DUPLICATE_LENGTH) continue;
		for (const b of paragraphs.slice(i + 1)) {
			if (b.text.length < MIN_DUPLICATE_LENGTH || recorded.has(b.line)) continue;
			const score = similarity(a.text, b.text);
			if (score >= NEAR_DUPLICATE)
				candidates.push({
					kind: 'near-duplicate',
					line: b.line,
					slug: b.slug,
					message: `the paragraph is ${Math.round(score * 100)}% similar to the one at line ${a.line}; record a duplicate decision if it is a repeat`,
				});
		}
	}
	return candidates;
}

/** Paragraphs whose 《》 “” （） 【】 do not balance (but where a lacuna may have cut them). */
function unbalancedBrackets(paragraphs: Paragraph[]): Candidate[] {
	return paragraphs
		.filter((paragraph) => !paragraph.beforeLacuna)
		.flatMap((paragraph) =>
			BRACKETS.flatMap(([open, close]): Candidate[] => {
				const opens = paragraph.text.split(open).length - 1;
				const closes = paragraph.text.split(close).length - 1;
				if (opens === closes) return [];
				const message = `${opens} × ${open} but ${closes} × ${close} in the paragraph`;
				return [{ kind: 'brackets', line: paragraph.line, slug: paragraph.slug, message }];
			})
		);
}

/** A count stated in a paragraph: its value, and the phrase it is read from. */
interface Count {
	value: string;
	line: number;
	slug: string;
	phrase: string;
}

/** The counts of the paragraphs by what they count (measure word and the thing, `件建议`), in reading order. */
function countsByThing(paragraphs: Paragraph[]): Map<string, Count[]> {
	const counts = new Map<string, Count[]>();
	for (const paragraph of paragraphs) {
		const found = [
			...[...paragraph.text.matchAll(QUANTITY_AFTER)].map((m) => ({
				value: m[1]!,
				key: `${m[2]}${m[3]}`,
				phrase: `${m[0]}${m[3]}`,
			})),
			...[...paragraph.text.matchAll(QUANTITY_BEFORE)].map((m) => ({
				value: m[2]!,
				key: `${m[3]}${m[1]}`,
				phrase: m[0],
			})),
		];
		for (const { value, key, phrase } of found) {
			const list = counts.get(key) ?? [];
			list.push({ value, line: paragraph.line, slug: paragraph.slug, phrase });
			counts.set(key, list);
		}
	}
	return counts;
}

/** Counts of the same thing that are close but not equal to its first count (193件建议, 建议189件). */
function closeCounts(paragraphs: Paragraph[]): Candidate[] {
	const candidates: Candidate[] = [];
	for (const [first, ...others] of countsByThing(paragraphs).values()) {
		for (const other of others) {
			const [low, high] = [Number(first!.value), Number(other.value)].sort((a, b) => a - b) as [
				number,
				number,
			];
			if (low !== high && high <= low * CLOSE_COUNTS)
				candidates.push({
					kind: 'numbers',
					line: other.line,
					slug: other.slug,
					message: `“${other.phrase}” here but “${first!.phrase}” at line ${first!.line}: check that they count different things`,
				});
		}
	}
	return candidates;
}

/**
 * Finds problems for the archivist to decide on, without changing anything:
 * near-duplicate paragraphs not yet recorded as duplicates, unbalanced 《》 “”
 * （） brackets, and counts of the same thing (e.g. 件 of 建议) that are close but not
 * equal in two paragraphs (193件建议 and 建议189件).
 */
export function findCandidates(pages: PageModel[]): Candidate[] {
	const paragraphs = paragraphsOf(pages);
	const recorded = new Set(
		pages.flatMap((page) =>
			page.editorial.flatMap((entry) => (entry.type === 'duplicate' ? [entry.line] : []))
		)
	);
	return [
		...nearDuplicates(paragraphs, recorded),
		...unbalancedBrackets(paragraphs),
		...closeCounts(paragraphs),
	].sort((a, b) => a.line - b.line);
}
