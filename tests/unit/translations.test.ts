/**
 * The English translations of the real archive: complete (every Chinese page
 * has one), valid, current, and passing `translations check` rule by rule
 * (alignment and marks, numbers, glossary, no stray Chinese, American
 * spelling; across the archive, one rendering per term). These tests are thin
 * wrappers of the check an editor runs (`npm run translations -- check`).
 */
import { describe, expect, it } from 'vitest';
import { hashBody } from '../../src/lib/hash.ts';
import { EnReportSchema } from '../../src/lib/schemas.ts';
import {
	archiveCheckOptions,
	checkArchive,
	checkPage,
	type CheckRule,
} from '../../src/lib/translations/check.ts';
import { corpusYears, newestYear } from '../helpers/corpus.ts';
import { readReports } from '../helpers/translations.ts';

const reports = readReports();
/**
 * The year an archivist may still be translating: the newest, when the archive
 * has an older one (its reports may have no English page yet, or a partial one).
 * Every other year is finished: every report translated, nothing outdated.
 */
const inTranslation = corpusYears().length > 1 ? newestYear() : undefined;
const finished = (year: number) => year !== inTranslation;
/** Every English page, and every report of a finished year (whose English page must exist). */
const english = reports.filter((report) => report.en || finished(report.year));
const options = archiveCheckOptions();

describe.each(english.map((report) => [`${report.year}/${report.slug}`, report] as const))(
	'the English page of %s',
	(_, report) => {
		const issues = (...rules: CheckRule[]) =>
			checkPage(report, options)
				.filter((issue) => rules.includes(issue.rule))
				.map((issue) => `${issue.unit ?? issue.page}: ${issue.message}`);

		it('exists and validates against the schema', () => {
			expect(report.en, `content/${report.enPath} is missing`).toBeDefined();
			expect(EnReportSchema.safeParse(report.en!.frontmatter).error?.issues ?? []).toEqual([]);
			expect(report.en!.frontmatter['slug']).toBe(report.slug);
			expect(report.en!.frontmatter['year']).toBe(report.year);
		});

		it('records the hash of the current Chinese body and of every paragraph (nothing outdated; nothing untranslated once its year is finished)', () => {
			const translationOf = report.en!.frontmatter['translationOf'] as {
				sha256: string;
				paragraphs: (string | null)[];
			};
			expect(translationOf.sha256).toBe(hashBody(report.zhBody));
			expect(translationOf.paragraphs).toHaveLength(
				report.zh.blocks.filter((b) => b.type === 'paragraph').length
			);
			if (finished(report.year)) expect(translationOf.paragraphs).not.toContain(null);
		});

		it('passes check: the same blocks as the Chinese page, and the same marks in each paragraph', () => {
			expect(issues('alignment', 'marks')).toEqual([]);
		});

		it('passes check: every Arabic number of the Chinese is in the English', () => {
			expect(issues('numbers')).toEqual([]);
		});

		it('passes check: every term of the term list rendered with its English (glossary, committee names, document titles)', () => {
			expect(issues('glossary', 'committees', 'documents')).toEqual([]);
		});

		it('passes check: no Chinese character outside a parenthesised original term', () => {
			expect(issues('han')).toEqual([]);
		});

		it('passes check: American spelling', () => {
			expect(issues('spelling')).toEqual([]);
		});

		it('passes check: no doubled word, no lost closing punctuation, one kind of quotation marks, no banned phrase', () => {
			expect(issues('doubled-words', 'closing-punctuation', 'quotes', 'banned-phrases')).toEqual(
				[]
			);
		});
	}
);

describe('the translation', () => {
	it.each(corpusYears())(
		'of %i passes translations check as a whole, one rendering per term across the archive included',
		(year) => {
			const report = checkArchive(reports, options, year);
			expect(
				report.issues.map((issue) => `${issue.unit ?? issue.page}: ${issue.rule}: ${issue.message}`)
			).toEqual([]);
		}
	);

	it('translates the title, subtitle, byline and credit of one article identically on all its pages', () => {
		const byArticle = new Map<string, Set<string>>();
		// The pages not translated yet (in the year being translated) have no English to compare,
		// nor do the fields an English page leaves untranslated (absent).
		for (const { year, zh, en } of reports.filter((r) => r.en)) {
			const article = en!.frontmatter['article'] as
				{ title?: string; subtitle?: string } | undefined;
			const fields = {
				'article-title': article?.title,
				'article-subtitle': article?.subtitle,
				byline: en!.frontmatter['byline'],
				credit: en!.frontmatter['credit'],
			};
			for (const [field, value] of Object.entries(fields)) {
				if (value === undefined) continue;
				const key = `${year} ${(zh.frontmatter['article'] as { title: string }).title} ${field}`;
				byArticle.set(key, (byArticle.get(key) ?? new Set<string>()).add(JSON.stringify(value)));
			}
		}
		expect(byArticle.size).toBeGreaterThan(0);
		for (const [article, versions] of byArticle) expect([...versions], article).toHaveLength(1);
	});
});
