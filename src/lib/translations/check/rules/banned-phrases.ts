/**
 * banned-phrases: a phrase an editor has struck (src/data/banned-phrases.json:
 * calques with their preferred forms) does not come back. Whole phrases, any
 * case, any spacing, curly or straight apostrophes.
 */
import type { BannedPhrase, Rule } from '../types.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The pattern of a banned phrase: whole words at both ends, any run of spaces
 * between words, either apostrophe.
 *
 * @example phrasePattern('difficult parking').test('problems such as Difficult  parking.') // true
 */
export function phrasePattern(phrase: string): RegExp {
	const body = phrase
		.trim()
		.split(/\s+/)
		.map((word) => escape(word).replace(/['’]/g, "['’]"))
		.join('\\s+');
	return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu');
}

/** The banned phrases a text uses. */
export function bannedPhrasesIn(text: string, phrases: readonly BannedPhrase[]): BannedPhrase[] {
	return phrases.filter((entry) => phrasePattern(entry.phrase).test(text));
}

export const bannedPhrases: Rule = {
	name: 'banned-phrases',
	description: 'none of the phrases of src/data/banned-phrases.json (calques an editor struck)',
	unit({ enText, options, report }) {
		for (const entry of bannedPhrasesIn(enText, options.bannedPhrases ?? []))
			report(`“${entry.phrase}” (${entry.reason}): write “${entry.prefer}” or rephrase`);
	},
};
