/**
 * Where the words of a query occur in a page's text, the same way for both
 * engines (Pagefind's result data and the offline index hold the same text):
 * a word with Han characters wherever the exact sequence of its characters
 * stands (ignoring case and spaces), any other word wherever a word with the same
 * normalised form (the same stem, in English) stands, as the indexes match it.
 * The excerpts, the paragraph a result lands on and the words highlighted there
 * all come from these places. Shared with the browser bundle.
 */
import { hasHan } from './cjk.ts';
import { findPhrases, tokenize, type Token } from './tokens.ts';

/** A stretch of a text: offsets of its first character and of the one after its last. */
export interface Range {
	start: number;
	end: number;
}

/** What an index drops from a query word before it looks it up (small-incision → smallincision), as offline.ts does. */
const DROPPED = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every occurrence of a word with Han characters: the exact sequence of its
 * characters, case ignored for its Latin letters, spaces allowed between them
 * (the indexes read 领导 强化 as holding 导强), never a line break (a block's end).
 */
function locateHan(text: string, word: string): Range[] {
	const parts = word.match(/\p{Script=Han}|[^\p{Script=Han}]+/gu) ?? [];
	const pattern = new RegExp(parts.map(escapeRegExp).join('[^\\S\\n]*'), 'giu');
	return [...text.matchAll(pattern)].map((match) => ({
		start: match.index,
		end: match.index + match[0].length,
	}));
}

/** Every occurrence of another word: the tokens whose terms are the word's terms, one after the other. */
function locateTerms(tokens: Token[], word: string, lang: string): Range[] {
	const terms = tokenize(word.replace(DROPPED, ''), lang).map((token) => token.term);
	return findPhrases(tokens, terms, lang).map(([first, last]) => ({
		start: tokens[first]!.start,
		end: tokens[last]!.end,
	}));
}

/**
 * The places of each word in the text, word by word (in the order of `words`),
 * each list in text order.
 *
 * @param lang the language of the index the text is from (`en` stems its words)
 * @example locateWords('立法和监督，监督', ['监督', '立法'], 'zh') // [[{ start: 3, end: 5 }, { start: 6, end: 8 }], [{ start: 0, end: 2 }]]
 */
export function locateWords(text: string, words: readonly string[], lang: string): Range[][] {
	let tokens: Token[] | undefined;
	return words.map((word) => {
		if (hasHan(word)) return locateHan(text, word);
		tokens ??= tokenize(text, lang);
		return locateTerms(tokens, word, lang);
	});
}
