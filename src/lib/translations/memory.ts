/**
 * Translation memory: every translated paragraph and heading of the earlier
 * years, looked up by its Chinese. An exact match (same Chinese after
 * whitespace normalisation, marks aside) is offered as a target for review; a
 * near match (character similarity ≥ 75 %) as an alternative. Similarity is
 * Levenshtein distance (`fastest-levenshtein`) over the longer length.
 */
import { distance } from 'fastest-levenshtein';
import { inlineText, type UnitInline } from '../content/page-units.ts';

/** One aligned pair of the memory. */
export interface MemoryEntry {
	/** The unit id it comes from, e.g. `2022/legal-affairs/p3`. */
	origin: string;
	/** The Chinese, whitespace-normalised, marks left out. */
	source: string;
	/** The English, with the marks of its own page. */
	target: UnitInline[];
}

/** A near match and its similarity in percent (75–99). */
export interface NearMatch {
	entry: MemoryEntry;
	quality: number;
}

/** The smallest similarity, in percent, offered as a near match. */
export const NEAR_MATCH_THRESHOLD = 75;

/**
 * The text a memory compares: whitespace runs collapsed, ends trimmed, marks left out.
 *
 * @example memoryKey([{ type: 'text', value: ' 甲  乙' }, { type: 'mark', name: 'Join', n: 1 }]) // '甲 乙'
 */
export function memoryKey(inlines: UnitInline[]): string {
	return inlineText(inlines).replace(/\s+/g, ' ').trim();
}

/**
 * Character similarity of two strings in percent, rounded down: 100 for equal
 * strings, 0 for nothing in common.
 *
 * @example similarity('市人大法制委', '市人大财经委') // 66
 */
export function similarity(a: string, b: string): number {
	const longest = Math.max(a.length, b.length);
	if (longest === 0) return 100;
	return Math.floor((100 * (longest - distance(a, b))) / longest);
}

/** The memory's lookups: exact matches by their Chinese, and every entry for near matches. */
export interface Memory {
	exact: Map<string, MemoryEntry>;
	entries: MemoryEntry[];
}

/** Builds a memory from aligned pairs; of two pairs with the same Chinese the first is kept. */
export function createMemory(entries: MemoryEntry[]): Memory {
	const exact = new Map<string, MemoryEntry>();
	for (const entry of entries)
		if (entry.source && !exact.has(entry.source)) exact.set(entry.source, entry);
	return { exact, entries: entries.filter((e) => e.source) };
}

/** The exact match of a Chinese unit, and up to `limit` near matches, best first. */
export function lookUp(
	memory: Memory,
	source: UnitInline[],
	limit = 3
): { exact: MemoryEntry | undefined; near: NearMatch[] } {
	const key = memoryKey(source);
	const exact = memory.exact.get(key);
	const near: NearMatch[] = [];
	const seen = new Set<string>();
	for (const entry of memory.entries) {
		if (entry.source === key || seen.has(entry.source)) continue;
		// Strings whose lengths differ by more than a quarter cannot reach 75 %: skip the distance.
		const ratio =
			Math.min(entry.source.length, key.length) / Math.max(entry.source.length, key.length);
		if (ratio * 100 < NEAR_MATCH_THRESHOLD) continue;
		const quality = similarity(entry.source, key);
		if (quality >= NEAR_MATCH_THRESHOLD) {
			seen.add(entry.source);
			near.push({ entry, quality });
		}
	}
	near.sort((a, b) => b.quality - a.quality || a.entry.origin.localeCompare(b.entry.origin));
	return { exact, near: near.slice(0, limit) };
}

/**
 * Fits a memory target to a unit's own marks: the memory's marks are replaced in
 * order by the unit's when they are as many; otherwise they are dropped and the
 * unit's marks are put at the end, for the translator to move.
 *
 * @example fitMarks([text 'a', Join 4, text 'b'], [text '甲', Join 1, text '乙']) // [text 'a', Join 1, text 'b']
 */
export function fitMarks(target: UnitInline[], source: UnitInline[]): UnitInline[] {
	const marks = source.filter((i) => i.type === 'mark');
	const targetMarks = target.filter((i) => i.type === 'mark');
	if (marks.length === targetMarks.length) {
		let next = 0;
		return target.map((i) => (i.type === 'mark' ? marks[next++]! : i));
	}
	return [...target.filter((i) => i.type === 'text'), ...marks];
}
