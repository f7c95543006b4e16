/**
 * The shape of the source's lines, as this newspaper sets them: where a
 * sentence ends, what a heading looks like, and short excerpts for messages.
 * Ingest reads seeds by these rules; the benchmark writes synthetic seeds that
 * ingest must read the same way.
 */
/** Brackets and quotes that may close a sentence after its final punctuation. */
const TRAILING_CLOSERS = /[”’」』）)】》〉"'\]]+$/u;

/** Punctuation that ends a sentence or a clause that may end a paragraph. */
const SENTENCE_END = /[。！？!?…；;：:.]$/u;

/**
 * Whether a line ends a sentence, so that the next line starts a new paragraph.
 * Closing quotes and brackets after the punctuation are looked through.
 *
 * @example endsSentence('……作出应有贡献。”') // true
 * @example endsSentence('始终在市委的') // false
 */
export function endsSentence(text: string): boolean {
	return SENTENCE_END.test(text.replace(TRAILING_CLOSERS, ''));
}

/** Punctuation that never occurs inside a heading of this newspaper's layout. */
const CLAUSE_PUNCTUATION = /[，。；：！？、,;:!?]/u;

/** Longest heading seen in the layout is 13 characters; leave ample room. */
export const MAX_HEADING_LENGTH = 30;

/**
 * Whether a line has the shape of a heading: short, with no clause punctuation
 * and no sentence end.
 *
 * @example isHeadingLike('坚持党的领导 强化政治引领') // true
 * @example isHeadingLike('律回春渐，万象始更新。') // false
 */
export function isHeadingLike(text: string): boolean {
	return (
		[...text].length <= MAX_HEADING_LENGTH && !CLAUSE_PUNCTUATION.test(text) && !endsSentence(text)
	);
}

/**
 * A short excerpt for reports: the first or last `length` characters.
 *
 * @example clip('一二三四五六七八九十', 3, 'end') // '…八九十'
 */
export function clip(text: string, length = 12, side: 'start' | 'end' = 'start'): string {
	const chars = [...text];
	if (chars.length <= length) return text;
	return side === 'start'
		? `${chars.slice(0, length).join('')}…`
		: `…${chars.slice(-length).join('')}`;
}
