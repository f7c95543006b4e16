/**
 * Words as the offline search sees them, modelled on Pagefind's indexing so the
 * two find the same pages: every Han character is a word of its own (as in the
 * archive's Pagefind index, see cjk.ts), other runs of letters and digits are
 * words, lowercased, without diacritics, and, in English, stemmed with the same
 * Snowball English stemmer as Pagefind's (vendored in snowball/, see its
 * README). No Node-only imports: the browser bundle uses it.
 */
import { hasHan } from './cjk.ts';
import { EnglishStemmer } from './snowball/english-stemmer.js';

const english = new EnglishStemmer();

export interface Token {
	/** The normalised word. */
	term: string;
	/** Index of the block (paragraph, heading, …) the word is in: a phrase never spans two. */
	block: number;
	/** Word position; the parts of a compound (small-incision) share the compound's position. */
	position: number;
	/** Offsets of the word in the original text. */
	start: number;
	end: number;
}

/** A word: Han characters one by one, or letters and digits, possibly joined by hyphens or apostrophes. */
const WORDS =
	/\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+(?:[-\u2010\u2011'\u2019](?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+)*/gu;
const JOINERS = /[-\u2010\u2011'\u2019]/u;
const LATIN_WORD = /^[a-z]+$/;

/**
 * Normalises one word: lowercase, no diacritics, stemmed in English.
 *
 * @example normalizeTerm('Deputies', 'en') // 'deputi'
 */
export function normalizeTerm(word: string, lang: string): string {
	const plain = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
	if (!lang.startsWith('en') || !LATIN_WORD.test(plain)) return plain;
	// A page repeats its words: stemming each distinct word once keeps locating matches fast.
	let stem = stems.get(plain);
	if (stem === undefined) {
		stem = english.stemWord(plain);
		if (stems.size > 50_000) stems.clear();
		stems.set(plain, stem);
	}
	return stem;
}

const stems = new Map<string, string>();

/**
 * Splits text into words with their offsets, positions and the block each is in
 * (blocks are separated by line breaks in the extracted text, see extract.ts).
 * As in Pagefind's index, a compound joined by hyphens is one word (small-incision
 * → smallincis) and its parts are words at the same position (with any quotation
 * marks around the compound attached, as Pagefind leaves them); after an
 * apostrophe a lone letter (the s of People’s) is not a word. Outside English,
 * punctuation between two words takes a position of its own, so that no phrase
 * runs across it, as in Pagefind's Chinese index (spaces take none: 领导 强化
 * holds 导强 for both).
 *
 * @example tokenize('黄花 daylilies', 'en').map((t) => t.term) // ['黄', '花', 'daylili']
 */
export function tokenize(text: string, lang: string): Token[] {
	const tokens: Token[] = [];
	const breaks = [...text.matchAll(/\n/g)].map((m) => m.index);
	let block = 0;
	let position = 0;
	let previousEnd = 0;
	// Pagefind's Chinese index counts punctuation between characters as a word (立法，民主 has no 法民).
	const gapsCount = !lang.startsWith('en');
	for (const match of text.matchAll(WORDS)) {
		while (block < breaks.length && breaks[block]! < match.index) block += 1;
		const word = match[0];
		const start = match.index;
		const end = start + word.length;
		if (gapsCount && tokens.length > 0 && /\S/u.test(text.slice(previousEnd, start))) position += 1;
		previousEnd = end;
		if (hasHan(word) || !JOINERS.test(word)) {
			tokens.push({ term: normalizeTerm(word, lang), block, position: position++, start, end });
			continue;
		}
		const parts = word.split(JOINERS);
		const hyphenated = /[-\u2010\u2011]/u.test(word);
		const whole = hyphenated
			? parts.join('')
			: parts.filter((part, i) => i === 0 || part.length > 1).join("'");
		tokens.push({ term: normalizeTerm(whole, lang), block, position, start, end });
		if (hyphenated) {
			// Pagefind splits the compound with the quotation marks around it still attached:
			// “small-incision” has the parts “small and incision”, which a search for small misses.
			const opening = /\p{Pi}/u.test(text[start - 1] ?? '') ? text[start - 1]! : '';
			const closing = /\p{Pf}/u.test(text[end] ?? '') ? text[end]! : '';
			parts.forEach((part, i) => {
				const raw = `${i === 0 ? opening : ''}${part}${i === parts.length - 1 ? closing : ''}`;
				tokens.push({ term: normalizeTerm(raw, lang), block, position, start, end });
			});
		} else {
			tokens.push({ term: normalizeTerm(parts[0]!, lang), block, position, start, end });
		}
		position += 1;
	}
	return tokens;
}

/**
 * Every place where a sequence of terms occurs at consecutive positions, as the
 * indexes of the first and the last matching token. As in Pagefind's indexes, a
 * Chinese phrase stays within one block, while an English phrase may run on
 * from one block into the next: Pagefind's English index finds "city Over" at
 * the end of one paragraph and the start of the next, and a heading's last word
 * with its paragraph's first, where its Chinese index finds neither.
 *
 * @example findPhrases(tokenize('黄花，黄花', 'zh'), ['黄', '花'], 'zh') // [[0, 1], [2, 3]]
 */
export function findPhrases(tokens: Token[], terms: string[], lang: string): [number, number][] {
	if (terms.length === 0) return [];
	const acrossBlocks = lang.startsWith('en');
	const at = new Map<string, number>();
	tokens.forEach((token, i) => {
		const key = `${token.position} ${token.term}`;
		if (!at.has(key)) at.set(key, i);
	});
	const found: [number, number][] = [];
	tokens.forEach((first, i) => {
		// A word and its parts share a position (People’s is peopl twice): count each place once.
		if (first.term !== terms[0] || at.get(`${first.position} ${first.term}`) !== i) return;
		const rest = terms.slice(1).map((term, j) => at.get(`${first.position + j + 1} ${term}`));
		const inBlock = (index: number | undefined) =>
			index !== undefined && (acrossBlocks || tokens[index]!.block === first.block);
		if (rest.every(inBlock)) found.push([i, rest.at(-1) ?? i]);
	});
	return found;
}

/**
 * Where a sequence of terms first occurs at consecutive positions, as the index
 * of its first token, or -1 (see findPhrases).
 */
export function findPhrase(tokens: Token[], terms: string[], lang: string): number {
	return findPhrases(tokens, terms, lang)[0]?.[0] ?? -1;
}
