/**
 * What the archive holds, read from `content/`: its years, their reports in
 * reading order, each report's paragraphs and the state of its English. Tests
 * take their expectations from here — never a count of today's corpus — so the
 * suite passes when a further year arrives, at every stage of the archivist's
 * workflow (Chinese only, English partly imported, fully translated).
 */
import { join } from 'node:path';
import {
	paragraphStatus,
	type TranslationOf,
	type TranslationStatus,
	translationStatus,
} from '../../src/lib/translation-status.ts';
import type { ReportPages } from '../../src/lib/content/report-pages.ts';
import { ROOT } from './site.ts';
import { readReports } from './translations.ts';

/** One report of the archive, as the tests need it. */
export interface CorpusReport {
	year: number;
	slug: string;
	/** Its paragraphs (`#p1`…`#pN`), the same in both languages. */
	paragraphs: number;
	/** Its section headings. */
	headings: number;
	/** Whether it has an English page (a report without one shows the Chinese on the English site). */
	english: boolean;
	/** Where its English stands: `translated`, `partial`, `outdated` or `missing`. */
	status: TranslationStatus;
	/** Its paragraphs and headings whose English translates the current Chinese. */
	current: { paragraphs: number; headings: number };
}

function toCorpusReport(report: ReportPages): CorpusReport {
	const count = (type: string) => report.zh.blocks.filter((b) => b.type === type).length;
	const translationOf = report.en?.frontmatter['translationOf'] as TranslationOf | undefined;
	const units = paragraphStatus(report.zhBody, translationOf);
	return {
		year: report.year,
		slug: report.slug,
		paragraphs: count('paragraph'),
		headings: count('heading'),
		english: report.en !== undefined,
		status: translationStatus(report.zhBody, translationOf && { translationOf }),
		current: {
			paragraphs: units.translated - units.outdated.length,
			headings:
				count('heading') - units.untranslatedHeadings.length - units.outdatedHeadings.length,
		},
	};
}

/** Every report of a content folder (the real one by default): oldest year first, each year in reading order. */
export function corpusReports(dir = join(ROOT, 'content')): CorpusReport[] {
	return readReports(dir).map(toCorpusReport);
}

/** The years of a content folder, newest first (the order of the home page and of archive.json). */
export function corpusYears(dir = join(ROOT, 'content')): number[] {
	return [...new Set(corpusReports(dir).map((r) => r.year))].sort((a, b) => b - a);
}

/** The reports of one year, in reading order. */
export function reportsOf(year: number, dir = join(ROOT, 'content')): CorpusReport[] {
	return corpusReports(dir).filter((r) => r.year === year);
}

/** The newest year of a content folder. */
export const newestYear = (dir = join(ROOT, 'content')): number => corpusYears(dir)[0]!;

/** The years whose every report is translated and current: the archive's finished English. */
export function translatedYears(dir = join(ROOT, 'content')): number[] {
	const reports = corpusReports(dir);
	return corpusYears(dir).filter((year) =>
		reports.filter((r) => r.year === year).every((r) => r.status === 'translated')
	);
}
