/**
 * Derives the table behind `hasTraditional` (traditional.ts) from opencc-js:
 * the characters that folding changes and that are not Simplified characters
 * themselves (OpenCC's Simplified → Traditional table has no entry for them).
 * Node only; tests/unit/search-traditional.test.ts checks that the committed
 * table (traditional-chars.ts) is what this derives, and `UPDATE=1` rewrites it.
 */
import { from as fromDicts } from 'opencc-js/preset/cn2t';
import { createTraditionalFolder } from './fold.ts';

/** The characters OpenCC's Simplified → Traditional dictionaries have an entry for: Simplified ones. */
function simplifiedCharacters(): Set<string> {
	const keys = new Set<string>();
	for (const group of fromDicts['cn'] ?? []) {
		for (const dict of group as readonly unknown[]) {
			if (typeof dict !== 'string') continue;
			for (const entry of dict.split('|')) {
				const key = entry.split(' ')[0] ?? '';
				if ([...key].length === 1) keys.add(key);
			}
		}
	}
	return keys;
}

/** The CJK ideograph blocks (BMP and supplementary planes 2–3) the derivation scans. */
const RANGES: [number, number][] = [
	[0x3400, 0x9fff],
	[0xf900, 0xfaff],
	[0x20000, 0x3ffff],
];

/** The code points of the characters only Traditional text uses, ascending. */
export function deriveTraditionalOnly(): number[] {
	const fold = createTraditionalFolder();
	const simplified = simplifiedCharacters();
	const found: number[] = [];
	for (const [from, to] of RANGES) {
		for (let cp = from; cp <= to; cp++) {
			const char = String.fromCodePoint(cp);
			if (fold(char) !== char && !simplified.has(char)) found.push(cp);
		}
	}
	return found;
}

/**
 * Encodes ascending code points compactly: the differences between neighbours,
 * in base 36, separated by commas.
 *
 * @example encodeCodePoints([0x5f8c, 0x5f8d, 0x9ec3]) // 'ivg,1,chi'
 */
export function encodeCodePoints(codePoints: readonly number[]): string {
	let previous = 0;
	return codePoints
		.map((cp) => {
			const delta = cp - previous;
			previous = cp;
			return delta.toString(36);
		})
		.join(',');
}

/** The source of traditional-chars.ts, the committed table. */
export function renderTraditionalTable(): string {
	return [
		'/**',
		' * The characters only Traditional text uses, derived from opencc-js by',
		' * deriveTraditionalOnly() (traditional-table.ts): ascending code points as',
		' * differences in base 36. Generated: do not edit; `UPDATE=1 npx vitest run',
		' * --config tests/vitest.config.ts --project unit tests/unit/search-traditional.test.ts`',
		' * rewrites it after an opencc-js upgrade.',
		' */',
		`export const TRADITIONAL_ONLY = '${encodeCodePoints(deriveTraditionalOnly())}';`,
		'',
	].join('\n');
}
