/**
 * numbers: every Arabic number of the Chinese is in the English (exceptions
 * are data: src/data/number-exceptions.json).
 */
import type { Rule } from '../types.ts';

/**
 * The Arabic numbers of a text, full-width digits folded and thousands
 * separators dropped.
 *
 * @example numbersIn('共3件，１２０人，12,000 people, 1.5%') // ['3', '120', '12000', '1.5']
 */
export function numbersIn(text: string): string[] {
	const folded = text
		.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
		.replace(/．/g, '.');
	return (folded.match(/\d+(?:,\d{3})*(?:\.\d+)?/g) ?? []).map((n) => n.replace(/,/g, ''));
}

export const numbers: Rule = {
	name: 'numbers',
	description:
		'every Arabic number of the Chinese is in the English (src/data/number-exceptions.json)',
	unit({ unit, zhText, enText, options, report }) {
		const exceptions = new Set(options.numberExceptions.map((e) => `${e.unit} ${e.number}`));
		const enNumbers = new Set(numbersIn(enText));
		const missing = [...new Set(numbersIn(zhText))].filter(
			(n) => !enNumbers.has(n) && !exceptions.has(`${unit.id} ${n}`)
		);
		if (missing.length > 0)
			report(
				`${missing.join(', ')} of the Chinese not in the English (an intended rendering goes in src/data/number-exceptions.json)`
			);
	},
};
