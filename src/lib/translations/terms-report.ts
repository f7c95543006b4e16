/**
 * `translations terms`: every term of the term list (glossary, committee
 * registry, cited document titles) that the translated text uses, with each
 * English form it got and the units where it got it; terms with more than one
 * form, or used somewhere with none of their listed forms, first (drift).
 */
import type { DocumentEntry } from '../content/documents.ts';
import { comparePinyin } from '../content/pinyin.ts';
import type { GlossaryTerm } from '../glossary.ts';
import type { ReportPages } from '../content/report-pages.ts';
import { foldInflection } from './check/rules/consistency.ts';
import { type TermUse, termUses } from './term-uses.ts';

/** Where a term of the list comes from. */
export type TermSource = 'glossary' | 'committee' | 'document';

/** One term with every English form it got. */
export interface TermReportEntry {
	term: GlossaryTerm;
	source: TermSource;
	/** The forms used, as written (quotation marks left out), each with its units in archive order. */
	forms: { text: string; units: string[] }[];
	/** Units whose English uses none of the term's listed forms. */
	missing: string[];
	/** More than one form (inflections aside; for a title, any difference), or a unit without one. */
	drift: boolean;
}

const sourceOf = (term: GlossaryTerm): TermSource =>
	term.committee ? 'committee' : term.document ? 'document' : 'glossary';

function entryOf(term: GlossaryTerm, uses: TermUse[]): TermReportEntry {
	const forms = new Map<string, { text: string; units: string[] }>();
	const missing: string[] = [];
	const folded = new Set<string>();
	for (const use of uses) {
		if (!use.form) {
			if (!missing.includes(use.unit)) missing.push(use.unit);
			continue;
		}
		const text = use.form.text.replace(/[“”"]/g, '');
		const entry = forms.get(text) ?? { text, units: [] };
		forms.set(text, entry);
		if (!entry.units.includes(use.unit)) entry.units.push(use.unit);
		folded.add(term.document ? text : foldInflection(use.form.form));
	}
	return {
		term,
		source: sourceOf(term),
		forms: [...forms.values()],
		missing,
		drift: missing.length > 0 || folded.size > 1,
	};
}

/**
 * The report: every term the translated units of the reports (of one year, or
 * all) use, drift first, each group in pinyin order.
 */
export function termsReport(
	reports: ReportPages[],
	terms: GlossaryTerm[],
	documents: readonly DocumentEntry[],
	year?: number
): TermReportEntry[] {
	const selected = reports.filter((r) => year === undefined || r.year === year);
	const byTerm = new Map<GlossaryTerm, TermUse[]>();
	for (const use of termUses(selected, terms, documents))
		byTerm.set(use.term, [...(byTerm.get(use.term) ?? []), use]);
	return [...byTerm]
		.map(([term, uses]) => entryOf(term, uses))
		.sort((a, b) => Number(b.drift) - Number(a.drift) || comparePinyin(a.term.zh, b.term.zh));
}

/** The report as the command prints it: one block per term, its forms with their units. */
export function formatTermsReport(entries: TermReportEntry[]): string {
	const drifting = entries.filter((e) => e.drift).length;
	const lines = [
		`${entries.length} term(s) of the term list in the translation; ${drifting} with more than one form or none (drift, listed first)`,
	];
	for (const entry of entries) {
		const { term } = entry;
		lines.push(
			'',
			`${entry.drift ? 'DRIFT ' : ''}${term.zh} (${entry.source}) → “${term.en}”${term.accept.length > 0 ? ` (also ${term.accept.map((a) => `“${a}”`).join(', ')})` : ''}`
		);
		for (const form of entry.forms) lines.push(`  “${form.text}”: ${form.units.join(', ')}`);
		if (entry.missing.length > 0) lines.push(`  none of its forms: ${entry.missing.join(', ')}`);
	}
	return `${lines.join('\n')}\n`;
}
