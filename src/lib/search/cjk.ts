/**
 * Chinese search without word segmentation mismatches.
 *
 * Pagefind segments Chinese with jieba when it indexes but with the browser's
 * Intl.Segmenter when it searches; the two disagree and queries miss pages that
 * contain them (Pagefind issue #1237). The archive sidesteps both segmenters: at
 * index time every Han character becomes a word of its own (a zero-width space is
 * inserted between it and its neighbours, in the copy of the page given to
 * Pagefind only), and each word of a query is searched as the exact phrase of its
 * characters (query-words.ts). A phrase of consecutive single characters is a
 * substring, so a page is found exactly when its text contains the word.
 *
 * Shared by the indexer (Node) and the search UI (browser): keep it free of
 * imports.
 *
 * @see https://github.com/Pagefind/pagefind/issues/1237
 */

/** The separator inserted into indexed text (Pagefind keeps it in `raw_content` and titles). */
export const INDEX_SEPARATOR = '\u200B';

const HAN = /\p{Script=Han}/u;
const SPACE = /\s/u;

/**
 * Whether a boundary between two characters must be split so that the Han
 * character stands alone as a word.
 */
function mustSplit(before: string | undefined, after: string): boolean {
	if (before === undefined || SPACE.test(before) || SPACE.test(after)) return false;
	return HAN.test(before) || HAN.test(after);
}

/**
 * Separates every Han character from its neighbours with `separator`.
 *
 * @param previous the character that preceded `text` in the document, if any
 * @example splitHan('黄花2022年') // '黄\u200B花\u200B2022\u200B年'
 * @example splitHan('颐养工程', ' ') // '颐 养 工 程'
 */
export function splitHan(text: string, separator = INDEX_SEPARATOR, previous?: string): string {
	let out = '';
	let before = previous;
	for (const char of text) {
		if (mustSplit(before, char)) out += separator;
		out += char;
		before = char;
	}
	return out;
}

/** Characters Pagefind drops from queries; removing them first keeps phrases intact. */
const QUERY_PUNCTUATION = /[\p{P}\p{S}]+/gu;

/**
 * The Pagefind query that finds exactly the pages containing `term`: its Han
 * characters as one quoted phrase. Terms without Han characters are returned
 * unchanged (Pagefind's own word search, with stemming, applies).
 *
 * @example exactQuery('颐养工程') // '"颐 养 工 程"'
 * @example exactQuery('daylily') // 'daylily'
 */
export function exactQuery(term: string): string {
	const cleaned = term.replace(QUERY_PUNCTUATION, ' ').replace(/\s+/g, ' ').trim();
	if (!HAN.test(cleaned)) return cleaned;
	return `"${splitHan(cleaned, ' ')}"`;
}

/** Whether a query contains Han characters. */
export function hasHan(text: string): boolean {
	return HAN.test(text);
}

/**
 * Removes the index separators from text shown to readers.
 *
 * @example withoutSeparators('颐\u200B养') // '颐养'
 */
export function withoutSeparators(text: string): string {
	return text.replaceAll(INDEX_SEPARATOR, '');
}
