/**
 * What a typed query asks for (the design's "Search semantics"): its words,
 * separated by spaces, must all occur, in any order; each word is found as the
 * exact sequence of its characters (Han) or as a word with the same stem
 * (Latin letters). A query without spaces is one word: 疫情 finds the pages
 * with 疫情, never those with 疫 and 情 apart. Pages where the words stand
 * next to each other rank first.
 *
 * This module turns a query into its words and into the Pagefind queries that
 * find them (the offline engine reads the same syntax, see offline.ts). Shared
 * with the browser bundle: no imports but cjk.ts.
 */
import { splitHan } from './cjk.ts';

/** Characters that join the parts of one word (small-incision, People’s); anywhere else they separate. */
const JOINERS = "-\u2010\u2011'\u2019";
/** Spaces and punctuation (other than joiners) separate words: 《大同人大》 is one word, 立法、监督 two. */
const SEPARATORS = new RegExp(`(?:(?![${JOINERS}])[\\s\\p{P}\\p{S}])+`, 'u');
const EDGE_JOINERS = new RegExp(`^[${JOINERS}]+|[${JOINERS}]+$`, 'gu');

/**
 * The words of a query, in the order typed, each once (ignoring case).
 *
 * @example queryWords('立法 监督') // ['立法', '监督']
 * @example queryWords('《大同人大》') // ['大同人大']
 * @example queryWords('whole-process people’s democracy') // ['whole-process', 'people’s', 'democracy']
 */
export function queryWords(query: string): string[] {
	const seen = new Set<string>();
	const words: string[] = [];
	for (const part of query.normalize('NFC').split(SEPARATORS)) {
		const word = part.replace(EDGE_JOINERS, '');
		const key = word.toLowerCase();
		if (word === '' || seen.has(key)) continue;
		seen.add(key);
		words.push(word);
	}
	return words;
}

/**
 * The Pagefind query that finds the words one after the other, as one quoted
 * phrase: Han characters one by one (each is a word of the archive's Chinese
 * index, see cjk.ts), other words as they are (Pagefind stems them, and a quoted
 * word matches its stem exactly, with no prefix matching).
 *
 * @example phraseQuery(['颐养工程']) // '"颐 养 工 程"'
 * @example phraseQuery(['立法', '监督']) // '"立 法 监 督"'
 * @example phraseQuery(['liaison', 'station']) // '"liaison station"'
 */
export function phraseQuery(words: readonly string[]): string {
	return `"${words.map((word) => splitHan(word, ' ')).join(' ')}"`;
}

/**
 * The orders in which words count as adjacent: every order for two or three
 * words (立法 监督 is adjacent in 立法监督 and in 监督立法), the order typed for
 * more (the number of orders grows as a factorial); none for one word.
 *
 * @example adjacentOrders(['a', 'b']) // [['a', 'b'], ['b', 'a']]
 */
export function adjacentOrders(words: readonly string[]): string[][] {
	if (words.length < 2) return [];
	if (words.length > 3) return [[...words]];
	const orders: string[][] = [];
	const permute = (chosen: string[], rest: readonly string[]) => {
		if (rest.length === 0) orders.push(chosen);
		rest.forEach((word, i) =>
			permute([...chosen, word], [...rest.slice(0, i), ...rest.slice(i + 1)])
		);
	};
	permute([], words);
	return orders;
}
