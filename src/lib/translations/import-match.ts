/**
 * Step 2 of an import (after parsing): matches every `<file>` of a translated
 * XLIFF to a report of the archive and every `<trans-unit>` to a unit of its
 * Chinese page. What cannot be matched — an unknown report or unit, a unit
 * twice, languages other than Chinese → English, a source that is no longer
 * the Chinese on the page — is a problem that refuses the import.
 */
import type { ReportPages } from '../content/report-pages.ts';
import { canonicalInlines, pageUnits, type Unit, type UnitInline } from '../content/page-units.ts';
import type { XliffFile, XliffInline, XliffUnit } from './xliff-read.ts';

/** A unit of the file with the unit of the archive it translates. */
export interface MatchedUnit {
	report: ReportPages;
	unit: Unit;
	xunit: XliffUnit;
}

/** The outcome of matching: the units, the reports the file concerns, and the problems. */
export interface Matching {
	units: MatchedUnit[];
	/** Every report that has a `<file>` in the XLIFF, in file order. */
	reports: ReportPages[];
	problems: string[];
}

/**
 * A problem line naming the file, the line and the unit.
 *
 * @example problemLine('a.xlf', { id: '2031/x/p1', line: 7 }, 'bad') // 'a.xlf:7: 2031/x/p1: bad'
 */
export function problemLine(
	file: string,
	unit: Pick<XliffUnit, 'id' | 'line'> | undefined,
	message: string
): string {
	return `${file}:${unit?.line ?? 1}: ${unit ? `${unit.id}: ` : ''}${message}`;
}

/** The canonical string of a run read from XLIFF, placeholders as `{{id}}`, for comparing with the page's. */
function canonical(inlines: XliffInline[]): string {
	return canonicalInlines(
		inlines.map((i): UnitInline => (i.type === 'text' ? i : { type: 'text', value: `{{${i.id}}}` }))
	);
}

/** The report a `<file>` names, or the problem with it. */
function reportOf(xfile: XliffFile, reports: ReportPages[]): ReportPages | string {
	const report = reports.find((r) => `${r.year}/${r.slug}` === xfile.original);
	if (!report)
		return `<file original="${xfile.original}">: no such report in the archive (expected <year>/<slug>)`;
	if (
		!/^zh(-Hans|-CN)?$/i.test(xfile.sourceLanguage) ||
		!/^en(-[A-Za-z]+)?$/i.test(xfile.targetLanguage)
	)
		return `<file original="${xfile.original}">: expected source-language zh-Hans and target-language en, not ${xfile.sourceLanguage || '(none)'} → ${xfile.targetLanguage || '(none)'}`;
	return report;
}

/** Matches the units of one `<file>` to its report's units. */
function matchFile(
	file: string,
	xfile: XliffFile,
	report: ReportPages,
	seen: Set<string>,
	out: Matching
): void {
	const units = new Map(pageUnits(report.year, report.slug, report.zh).map((u) => [u.id, u]));
	for (const xunit of xfile.units) {
		const unit = units.get(xunit.id);
		const problem = !unit
			? `no such unit in ${report.zhPath} (ids are ${xfile.original}/p<N>, …/h<N>, …/title, …)`
			: seen.has(xunit.id)
				? 'the unit appears twice in the file'
				: canonical(xunit.source) !== canonicalInlines(unit.source)
					? `the source no longer matches the current Chinese of ${report.zhPath} (the page changed since the export): export again`
					: undefined;
		seen.add(xunit.id);
		if (problem) out.problems.push(problemLine(file, xunit, problem));
		else out.units.push({ report, unit: unit!, xunit });
	}
}

/**
 * Matches parsed XLIFF files to the archive's reports and units.
 *
 * @param file the XLIFF file's name, for messages
 * @param reports every report of the archive, as on disk
 */
export function matchUnits(file: string, xliff: XliffFile[], reports: ReportPages[]): Matching {
	const out: Matching = { units: [], reports: [], problems: [] };
	if (xliff.length === 0) out.problems.push(problemLine(file, undefined, 'no <file> in the XLIFF'));
	const seen = new Set<string>();
	for (const xfile of xliff) {
		const report = reportOf(xfile, reports);
		if (typeof report === 'string') {
			out.problems.push(`${file}:${xfile.line}: ${report}`);
			continue;
		}
		if (!out.reports.includes(report)) out.reports.push(report);
		matchFile(file, xfile, report, seen, out);
	}
	return out;
}
