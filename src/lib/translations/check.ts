/**
 * `translations check`: the editor's QA of the English before publishing. A
 * list of rules, one file each under check/rules/ (check/rules/index.ts lists
 * them with what each checks), run per page, per translated unit and once over
 * the archive by check/run.ts. This module is the check's public face: the
 * runner, the data files' schemas and the options read from them.
 */
import bannedPhrasesData from '../../data/banned-phrases.json' with { type: 'json' };
import numberExceptionsData from '../../data/number-exceptions.json' with { type: 'json' };
import spellingData from '../../data/spelling.json' with { type: 'json' };
import { z } from 'zod';
import { DOCUMENTS } from '../content/documents.ts';
import { TERM_LIST } from '../content/term-list.ts';
import type { GlossaryTerm } from '../glossary.ts';
import { checkWholeArchive } from './check/run.ts';
import { consistency } from './check/rules/consistency.ts';
import type { CheckIssue, CheckOptions } from './check/types.ts';
import type { ReportPages } from '../content/report-pages.ts';

export { checkArchive, checkPage, type CheckReport } from './check/run.ts';
export { RULES } from './check/rules/index.ts';
export { numbersIn } from './check/rules/numbers.ts';
export { britishWords } from './check/rules/spelling.ts';
export { foldInflection } from './check/rules/consistency.ts';
export type {
	BannedPhrase,
	CheckIssue,
	CheckOptions,
	CheckRule,
	NumberException,
	SpellingData,
} from './check/types.ts';

/** `src/data/number-exceptions.json`: numbers of the Chinese that a unit's English rightly renders otherwise. */
export const NumberExceptionsSchema = z.strictObject({
	$comment: z.string().optional(),
	exceptions: z.array(
		z.strictObject({
			/** The unit, e.g. `2022/standing-committee/p12`. */
			unit: z
				.string()
				.regex(
					/^\d{4}\/[a-z0-9-]+\/(p\d+|h\d+|title|article-title|article-subtitle|byline|credit)$/,
					'expected a unit id such as 2022/legal-affairs/p3'
				),
			/** The number as it is written in the Chinese, e.g. `1.2`. */
			number: z.string().regex(/^\d+(\.\d+)?$/, 'expected an Arabic number without separators'),
			/** Why the English renders it otherwise (e.g. 1.2万 is 12,000). */
			reason: z.string().min(1),
		})
	),
});

/** `src/data/spelling.json`: British spellings, as whole words and as stems whose -ise family is British. */
export const SpellingSchema = z.strictObject({
	$comment: z.string().optional(),
	/** British word → American word. */
	words: z.record(z.string().regex(/^[a-z]+$/), z.string().min(1)),
	/** Stems whose -ise, -ised, -ises, -ising, -isation(s) forms are British. */
	ise: z.array(z.string().regex(/^[a-z]+$/)),
});

/** `src/data/banned-phrases.json`: phrases struck from the English, with the preferred form and why. */
export const BannedPhrasesSchema = z.strictObject({
	$comment: z.string().optional(),
	phrases: z.array(
		z.strictObject({
			/** The phrase as struck, e.g. `drawing the largest possible concentric circle`. */
			phrase: z.string().regex(/\p{L}/u, 'expected words'),
			/** What to write instead. */
			prefer: z.string().min(1),
			/** Why it was struck (e.g. `calque of 画出最大同心圆`). */
			reason: z.string().min(1),
		})
	),
});

/** The options of the archive's own check: its term list and the data files under src/data/. */
export function archiveCheckOptions(): CheckOptions {
	return {
		terms: TERM_LIST,
		numberExceptions: NumberExceptionsSchema.parse(numberExceptionsData).exceptions,
		spelling: SpellingSchema.parse(spellingData),
		documents: DOCUMENTS,
		bannedPhrases: BannedPhrasesSchema.parse(bannedPhrasesData).phrases,
	};
}

/**
 * Across the archive: a term of the list whose English differs between units
 * (two of its listed forms that are not inflections of each other both in use).
 */
export function checkConsistency(reports: ReportPages[], terms: GlossaryTerm[]): CheckIssue[] {
	return checkWholeArchive(
		reports,
		{ terms, numberExceptions: [], spelling: { words: {}, ise: [] } },
		[consistency]
	);
}
