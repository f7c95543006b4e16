/**
 * glossary: each term of src/data/glossary.json in the Chinese of a unit is
 * rendered in its English as the glossary says (`en`, or a form of `accept`).
 * Committee names (committees.ts) and document titles (documents.ts) have
 * rules of their own; all three share the term list, so a term inside a
 * longer one is not checked twice.
 */
import { formsIn } from '../../../glossary.ts';
import type { Rule } from '../types.ts';

export const glossary: Rule = {
	name: 'glossary',
	description: 'each glossary term of the Chinese rendered as src/data/glossary.json says',
	unit({ terms, enText, report }) {
		const forms = formsIn(enText, terms);
		for (const term of terms) {
			if (term.committee || term.document) continue;
			if (forms.get(term) === undefined) report(`${term.zh} is not rendered as “${term.en}”`);
		}
	},
};
