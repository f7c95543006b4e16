/**
 * Whether a query is (partly) in Traditional characters, so that it must be
 * folded to Simplified before it is searched (see fold.ts). Decided with a small
 * table derived from opencc-js (traditional-chars.ts, ≈2.4 KB gzipped), so that
 * the conversion itself (≈58 KB gzipped) loads only for such queries. Shared
 * with the browser bundle.
 */
import { TRADITIONAL_ONLY } from './traditional-chars.ts';

let table: Set<number> | undefined;

/** Decodes the table: differences between ascending code points, in base 36. */
function traditionalOnly(): Set<number> {
	if (table) return table;
	let previous = 0;
	table = new Set(
		TRADITIONAL_ONLY.split(',').map((delta) => {
			previous += Number.parseInt(delta, 36);
			return previous;
		})
	);
	return table;
}

/**
 * Whether the text has a character that only Traditional text uses (one that
 * folding changes and that Simplified text never has).
 *
 * @example hasTraditional('黃花') // true
 * @example hasTraditional('黄花') // false
 * @example hasTraditional('后来 发展') // false
 */
export function hasTraditional(text: string): boolean {
	const chars = traditionalOnly();
	for (const char of text) if (chars.has(char.codePointAt(0)!)) return true;
	return false;
}
