/**
 * Runs the rules of `translations check` (rules/index.ts): the page and unit
 * hooks on each English page, the archive hooks once. Paragraphs not yet
 * translated are not checked (they are counted as pending).
 */
import { termsOfText } from '../../content/term-list.ts';
import { existingTranslations, type ReportPages } from '../../content/report-pages.ts';
import { inlineText, pageUnits } from '../../content/page-units.ts';
import { RULES } from './rules/index.ts';
import type { CheckIssue, CheckOptions, Rule, TranslatedUnit } from './types.ts';

/** The translated units of a report, with their texts and the terms of their Chinese. */
function translatedUnits(report: ReportPages, options: CheckOptions): TranslatedUnit[] {
	const english = existingTranslations(report);
	return pageUnits(report.year, report.slug, report.zh).flatMap((unit) => {
		const found = english.get(unit.id);
		if (!found) return [];
		const zhText = inlineText(unit.source);
		return [
			{
				unit,
				zhText,
				enText: inlineText(found.target),
				target: found.target,
				terms: termsOfText(zhText, options.terms, options.documents ?? []),
			},
		];
	});
}

/** Checks one report's English page against its Chinese page. A report without English has nothing to check. */
export function checkPage(
	report: ReportPages,
	options: CheckOptions,
	rules: readonly Rule[] = RULES
): CheckIssue[] {
	if (!report.en) return [];
	const page = `${report.year}/${report.slug}`;
	const units = translatedUnits(report, options);
	const issues: CheckIssue[] = [];
	for (const rule of rules.filter((r) => r.page)) {
		const before = issues.length;
		rule.page!({
			pages: report,
			page,
			units,
			options,
			report: (message, unit) =>
				issues.push({ page, rule: rule.name, message, ...(unit && { unit }) }),
		});
		if (rule.gate && issues.length > before) return issues;
	}
	for (const translated of units) {
		for (const rule of rules.filter((r) => r.unit)) {
			rule.unit!({
				...translated,
				page,
				options,
				report: (message) =>
					issues.push({ page, unit: translated.unit.id, rule: rule.name, message }),
			});
		}
	}
	return issues;
}

/** Runs the archive hooks of the rules over every report. */
export function checkWholeArchive(
	reports: ReportPages[],
	options: CheckOptions,
	rules: readonly Rule[] = RULES
): CheckIssue[] {
	const issues: CheckIssue[] = [];
	for (const rule of rules.filter((r) => r.archive)) {
		rule.archive!({
			reports,
			options,
			report: (page, message, unit) =>
				issues.push({ page, rule: rule.name, message, ...(unit && { unit }) }),
		});
	}
	return issues;
}

/** The report of a check: per page, its issues and how many of its paragraphs are pending. */
export interface CheckReport {
	pages: {
		page: string;
		issues: CheckIssue[];
		translated: number;
		total: number;
		english: boolean;
	}[];
	/** Issues that concern the archive as a whole. */
	archive: CheckIssue[];
	/** Every issue. */
	issues: CheckIssue[];
}

/** Runs every rule on the reports of one year (or all), the archive rules over the whole archive. */
export function checkArchive(
	reports: ReportPages[],
	options: CheckOptions,
	year?: number
): CheckReport {
	const selected = reports.filter((r) => year === undefined || r.year === year);
	const pages = selected.map((report) => {
		const total = report.zh.blocks.filter((b) => b.type === 'paragraph').length;
		const english = existingTranslations(report);
		const translated = report.zh.blocks.filter(
			(b) => b.type === 'paragraph' && english.has(`${report.year}/${report.slug}/p${b.index}`)
		).length;
		return {
			page: `${report.year}/${report.slug}`,
			issues: checkPage(report, options),
			translated,
			total,
			english: report.en !== undefined,
		};
	});
	const archive = checkWholeArchive(reports, options).filter(
		(issue) => year === undefined || issue.message.includes(`${year}/`)
	);
	return { pages, archive, issues: [...pages.flatMap((p) => p.issues), ...archive] };
}
