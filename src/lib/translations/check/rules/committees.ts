/**
 * committees: each committee name or alias of the registry
 * (src/lib/committees.ts) in the Chinese of a unit is rendered by the
 * committee's English name.
 */
import { formsIn } from '../../../glossary.ts';
import type { Rule } from '../types.ts';

export const committees: Rule = {
	name: 'committees',
	description:
		'each committee name or alias of the Chinese rendered by the registry’s English name',
	unit({ terms, enText, report }) {
		const forms = formsIn(enText, terms);
		for (const term of terms) {
			if (!term.committee) continue;
			if (forms.get(term) === undefined) report(`${term.zh} is not rendered as “${term.en}”`);
		}
	},
};
