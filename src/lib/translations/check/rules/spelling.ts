/** spelling: American spelling (the British words of src/data/spelling.json are reported). */
import type { Rule, SpellingData } from '../types.ts';

const ISE_SUFFIXES: [string, string][] = [
	['ise', 'ize'],
	['ised', 'ized'],
	['ises', 'izes'],
	['ising', 'izing'],
	['isation', 'ization'],
	['isations', 'izations'],
];

/**
 * The British words of a text with their American forms.
 *
 * @example britishWords('We organised a programme.', { words: { programme: 'program' }, ise: ['organ'] }) // [['organised', 'organized'], ['programme', 'program']]
 */
export function britishWords(text: string, spelling: SpellingData): [string, string][] {
	const table = new Map(Object.entries(spelling.words));
	for (const stem of spelling.ise)
		for (const [british, american] of ISE_SUFFIXES) table.set(stem + british, stem + american);
	const found: [string, string][] = [];
	for (const word of text.match(/[A-Za-z]+/g) ?? []) {
		const american = table.get(word.toLowerCase());
		if (american) found.push([word, american]);
	}
	return found;
}

export const spelling: Rule = {
	name: 'spelling',
	description: 'American spelling (src/data/spelling.json)',
	unit({ enText, options, report }) {
		for (const [british, american] of britishWords(enText, options.spelling))
			report(`British “${british}”: the archive spells it “${american}”`);
	},
};
