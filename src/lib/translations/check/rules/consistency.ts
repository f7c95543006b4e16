/**
 * consistency: one English form per term of the term list across the archive.
 * Two listed forms of one term (`en` and an `accept`, or two `accept`s) that
 * are not inflections of each other, both in use, are reported with where each
 * is used. (A unit that uses no listed form is the glossary's, committees' or
 * documents' rule to report; `npm run translations -- terms` lists them all.)
 */
import type { GlossaryTerm } from '../../../glossary.ts';
import { type TermUse, termUses } from '../../term-uses.ts';
import type { Rule } from '../types.ts';

/**
 * A form of a term with its inflections folded, so that “liaison station” and
 * “liaison stations” count as one rendering.
 *
 * @example foldInflection('Deputy Liaison Stations') // 'deput liaison station'
 */
export function foldInflection(form: string): string {
	return form
		.replace(/[\u2018\u2019]/g, "'")
		.toLowerCase()
		.split(/\s+/)
		.map((word) => word.replace(/(ies|es|s|y)$/, ''))
		.join(' ');
}

/** The listed forms a term is used in, by folded form, each with its units in archive order. */
function formsOf(uses: TermUse[]): Map<string, { form: string; units: string[] }> {
	const byForm = new Map<string, { form: string; units: string[] }>();
	for (const use of uses) {
		if (!use.form) continue;
		const key = foldInflection(use.form.form);
		const entry = byForm.get(key) ?? { form: use.form.form, units: [] };
		byForm.set(key, entry);
		entry.units.push(use.unit);
	}
	return byForm;
}

const listUnits = (units: string[]) =>
	`${units.slice(0, 3).join(', ')}${units.length > 3 ? ', …' : ''}`;

export const consistency: Rule = {
	name: 'consistency',
	description: 'one English form per term of the term list across the archive',
	archive({ reports, options, report }) {
		const byTerm = new Map<GlossaryTerm, TermUse[]>();
		for (const use of termUses(reports, options.terms, options.documents)) {
			byTerm.set(use.term, [...(byTerm.get(use.term) ?? []), use]);
		}
		for (const [term, uses] of byTerm) {
			const forms = [...formsOf(uses).values()];
			if (forms.length < 2) continue;
			const first = forms[0]!.units[0]!;
			report(
				first.split('/').slice(0, 2).join('/'),
				`${term.zh} is rendered ${forms.length} ways: ${forms.map((f) => `“${f.form}” (${listUnits(f.units)})`).join(' and ')}`
			);
		}
	},
};
