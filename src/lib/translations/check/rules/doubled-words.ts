/** doubled-words: a word written twice in a row (“the the”), in any case; repeated numbers are not words. */
import type { Rule } from '../types.ts';

/**
 * The words a text repeats back to back, as written (letters only, so “2 2” is none).
 *
 * @example doubledWordsIn('It held the The meeting on 2 2 days.') // ['the The']
 */
export function doubledWordsIn(text: string): string[] {
	return [...text.matchAll(/(?<![\p{L}\p{N}'’-])(\p{L}+)\s+(\1)(?![\p{L}\p{N}'’-])/giu)].map(
		(match) => `${match[1]} ${match[2]}`
	);
}

export const doubledWords: Rule = {
	name: 'doubled-words',
	description: 'no word written twice in a row (“the the”)',
	unit({ enText, report }) {
		for (const pair of doubledWordsIn(enText)) report(`doubled word: “${pair}”`);
	},
};
