/**
 * documents: one English title per cited document across the archive. Each
 * 《…》 title of the Chinese must be in src/data/documents.json (a title
 * missing there is reported with the entry to add) and its English title must
 * be in the English exactly, capitals included (in quotation marks or not). A
 * title the Chinese cites without 《》, in full or without its issuer
 * (文明行为条例 for 大同市文明行为条例), must be rendered by the same English
 * title: the term list holds those forms (src/lib/content/term-list.ts).
 */
import { citedTitles } from '../../../content/documents.ts';
import { formsIn } from '../../../glossary.ts';
import type { Rule } from '../types.ts';

/** The English with straight apostrophes and no double quotation marks, for an exact comparison. */
const fold = (text: string) => text.replace(/[\u2018\u2019]/g, "'").replace(/[“”"]/g, '');

export const documents: Rule = {
	name: 'documents',
	description:
		'each 《…》 title (and its forms without 《》) rendered by its English title in src/data/documents.json',
	unit({ zhText, enText, terms, options, report }) {
		const english = new Map((options.documents ?? []).map((entry) => [entry.zh, entry.en]));
		for (const title of new Set(citedTitles(zhText))) {
			const en = english.get(title);
			if (en === undefined)
				report(
					`《${title}》 is not in src/data/documents.json: add { "zh": "${title}", "en": "…" } with its English title`
				);
			else if (!fold(enText).includes(fold(en)))
				report(`《${title}》 is not rendered as “${en}” (src/data/documents.json)`);
		}
		// Forms without 《》: the titles themselves are masked in `terms` (see term-list.ts).
		const forms = formsIn(enText, terms);
		for (const term of terms) {
			if (term.document === undefined || forms.get(term) !== undefined) continue;
			const short = term.zh === term.document ? '' : ` (《${term.document}》 without its issuer)`;
			report(`${term.zh}${short} is not rendered as “${term.en}” (src/data/documents.json)`);
		}
	},
};
