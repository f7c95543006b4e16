/**
 * Every use of a term of the term list in the translated units of the
 * archive: which term, in which unit, and the form the English gives it (or
 * none of its listed forms). The consistency rule and `translations terms`
 * read the archive through it.
 */
import type { DocumentEntry } from '../content/documents.ts';
import { termsOfText } from '../content/term-list.ts';
import { type FoundForm, formsIn, type GlossaryTerm } from '../glossary.ts';
import { existingTranslations, type ReportPages } from '../content/report-pages.ts';
import { inlineText, pageUnits } from '../content/page-units.ts';

/** One term in one translated unit. */
export interface TermUse {
	term: GlossaryTerm;
	/** The unit id (`2022/legal-affairs/p3`). */
	unit: string;
	/** The form the English uses, or `undefined` when it uses none of the term's listed forms. */
	form: FoundForm | undefined;
}

/** Every use of a term in the translated units of some reports, in archive order. */
export function termUses(
	reports: ReportPages[],
	terms: GlossaryTerm[],
	documents: readonly DocumentEntry[] = []
): TermUse[] {
	const uses: TermUse[] = [];
	for (const report of reports) {
		const english = existingTranslations(report);
		for (const unit of pageUnits(report.year, report.slug, report.zh)) {
			const found = english.get(unit.id);
			if (!found) continue;
			const inUnit = termsOfText(inlineText(unit.source), terms, documents);
			const forms = formsIn(inlineText(found.target), inUnit);
			for (const term of inUnit) uses.push({ term, unit: unit.id, form: forms.get(term) });
		}
	}
	return uses;
}
