/**
 * What a rule of `translations check` is and what it sees. A rule is one file
 * under rules/ (listed in rules/index.ts) with up to three hooks: once per
 * English page, once per translated unit of it, once for the whole archive.
 * Each hook reports problems through its context; the runner (run.ts) adds the
 * page, the unit and the rule's name.
 */
import type { DocumentEntry } from '../../content/documents.ts';
import type { GlossaryTerm } from '../../glossary.ts';
import type { ReportPages } from '../../content/report-pages.ts';
import type { Unit, UnitInline } from '../../content/page-units.ts';

/** The rules of the check, as named in its report. */
export type CheckRule =
	| 'alignment'
	| 'marks'
	| 'numbers'
	| 'glossary'
	| 'committees'
	| 'documents'
	| 'han'
	| 'spelling'
	| 'doubled-words'
	| 'closing-punctuation'
	| 'quotes'
	| 'banned-phrases'
	| 'invisible'
	| 'consistency';

/** One problem found. */
export interface CheckIssue {
	/** `<year>/<slug>`. */
	page: string;
	/** The unit id, when the problem is in one unit. */
	unit?: string;
	rule: CheckRule;
	message: string;
}

/** A number of the Chinese that a unit's English rightly renders otherwise (src/data/number-exceptions.json). */
export interface NumberException {
	unit: string;
	number: string;
	reason: string;
}

/** British spellings (src/data/spelling.json): whole words, and stems whose -ise family is British. */
export interface SpellingData {
	words: Record<string, string>;
	ise: string[];
}

/** A phrase an editor has struck from the English, with what to write instead (src/data/banned-phrases.json). */
export interface BannedPhrase {
	phrase: string;
	prefer: string;
	reason: string;
}

/** What the check compares against. */
export interface CheckOptions {
	/** The term list: glossary, committee registry, cited document titles (src/lib/content/term-list.ts). */
	terms: GlossaryTerm[];
	numberExceptions: NumberException[];
	spelling: SpellingData;
	/** The 《…》 titles with their English (src/data/documents.json); none when absent. */
	documents?: DocumentEntry[];
	/** Phrases the English must not use (src/data/banned-phrases.json); none when absent. */
	bannedPhrases?: BannedPhrase[];
}

/** One unit of a page that has English, as the unit rules see it. */
export interface TranslatedUnit {
	unit: Unit;
	/** The Chinese, marks left out. */
	zhText: string;
	/** The English, marks left out. */
	enText: string;
	/** The English with its marks. */
	target: UnitInline[];
	/** The terms of the term list in the Chinese, longest first (termsIn). */
	terms: GlossaryTerm[];
}

/** What a page hook sees. */
export interface PageContext {
	/** The report's Chinese and English pages. */
	pages: ReportPages;
	/** `<year>/<slug>`. */
	page: string;
	/** The translated units of the page, in reading order. */
	units: TranslatedUnit[];
	options: CheckOptions;
	report: (message: string, unit?: string) => void;
}

/** What a unit hook sees. */
export interface UnitContext extends TranslatedUnit {
	page: string;
	options: CheckOptions;
	report: (message: string) => void;
}

/** What an archive hook sees. */
export interface ArchiveContext {
	reports: ReportPages[];
	options: CheckOptions;
	/** Reports a problem on `page` (`<year>/<slug>`), in a unit or not. */
	report: (page: string, message: string, unit?: string) => void;
}

/** A rule of the check: its name, what it checks, and its hooks. */
export interface Rule {
	name: CheckRule;
	/** One line: what the rule checks (the README's list). */
	description: string;
	/** When a gate rule reports on a page, the page's other rules do not run (they would only echo it). */
	gate?: boolean;
	page?: (context: PageContext) => void;
	unit?: (context: UnitContext) => void;
	archive?: (context: ArchiveContext) => void;
}
