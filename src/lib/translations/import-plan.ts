/**
 * Plans an import: parse (xliff-read.ts) → match (import-match.ts) → decide
 * each unit by its content and state (classify.ts) → validate its placeholders
 * → render each English page (render-en.ts) and validate it as the build will.
 *
 * Units a CAT tool left untranslated (no target, an empty one, the source
 * copied) or half done (English with whole source sentences left) are skipped
 * and listed; only what would harm the archive refuses the whole import, each
 * problem naming the file, the line, the unit and what is wrong. Only
 * `<year>/en/<slug>.mdx` is ever planned: the Chinese pages are never written.
 */
import { EnReportSchema, formatIssues } from '../schemas.ts';
import { classifyTarget } from './classify.ts';
import { importPageProblems, targetCharacterProblems } from './en-hand-edits.ts';
import { editSinceExport } from './import-edits.ts';
import { type MatchedUnit, matchUnits, problemLine } from './import-match.ts';
import { existingTranslations, type ReportPages } from '../content/report-pages.ts';
import { fixedRendering } from './registry.ts';
import { renderEnPage } from './render-en.ts';
import {
	canonicalInlines,
	inlineText,
	pageUnits,
	placeholderId,
	type Unit,
	type UnitInline,
} from '../content/page-units.ts';
import type { XliffFile, XliffInline } from './xliff-read.ts';

/** What the import does with one English page. */
export interface ImportAction {
	/** Path relative to the content directory. */
	path: string;
	kind: 'create' | 'update' | 'unchanged';
	mdx: string;
	/** Units of the report the file translates, and paragraphs translated / total after the import. */
	imported: number;
	translated: number;
	total: number;
}

/** The outcome of planning: the pages to write, what each unit came to, or the problems that refuse the import. */
export interface ImportPlan {
	actions: ImportAction[];
	/** Unit ids whose English is taken from the file. */
	imported: string[];
	/** Unit ids with no English in the file (no target, an empty one, the source copied). */
	untranslated: string[];
	/** Unit ids whose target mixes English with sentences of the source left as they were. */
	incomplete: string[];
	/** Unit ids whose English needs review: imported from an unconfirmed state, or an outdated paragraph's English sent back unchanged (still outdated). */
	review: string[];
	/** Unit ids whose page English changed since the export while the file brings the English exported: the page's is kept. */
	kept: string[];
	problems: string[];
}

/** What the decide step gives the render step, per report. */
interface Decided {
	targets: Map<string, UnitInline[]>;
	review: Set<string>;
	/** Units whose page English is kept (edited since the export). */
	kept: Set<string>;
}

function count(ids: string[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
	return counts;
}

/** Checks a target's placeholders against the unit's marks: each exactly once, none other. */
function placeholderProblem(unit: Unit, target: XliffInline[]): string | undefined {
	const marks = new Set(unit.source.filter((i) => i.type === 'mark').map(placeholderId));
	const used = count(target.filter((i) => i.type === 'x').map((i) => i.id));
	for (const [id, n] of used) {
		if (!marks.has(id)) return `placeholder <x id="${id}"/> is not in the source`;
		if (n > 1)
			return `placeholder <x id="${id}"/> appears ${n} times in the target (once in the source)`;
	}
	for (const id of marks)
		if (!used.has(id))
			return `placeholder <x id="${id}"/> of the source is missing from the target`;
	return undefined;
}

/** Maps a target's placeholders back to the unit's marks; whitespace runs become one space, ends trimmed. */
function resolveTarget(unit: Unit, target: XliffInline[]): UnitInline[] {
	const marks = new Map(
		unit.source.filter((i) => i.type === 'mark').map((m) => [placeholderId(m), m])
	);
	// One paragraph is one line of MDX: a CAT tool's line breaks and runs of spaces become one space.
	const inlines = target.map((inline): UnitInline =>
		inline.type === 'text'
			? { type: 'text', value: inline.value.replace(/\s+/g, ' ') }
			: marks.get(inline.id)!
	);
	const first = inlines[0];
	const last = inlines.at(-1);
	if (first?.type === 'text') first.value = first.value.trimStart();
	if (last?.type === 'text') last.value = last.value.trimEnd();
	return inlines.filter((i) => i.type !== 'text' || i.value !== '');
}

const textOf = (inlines: XliffInline[]) =>
	inlines.map((i) => (i.type === 'text' ? i.value : '')).join('');

/** Whether English sent back in a review state is the outdated English already on the page. */
function isUnchangedOutdated(report: ReportPages, id: string, inlines: UnitInline[]): boolean {
	const found = existingTranslations(report).get(id);
	return !!found && !found.current && canonicalInlines(found.target) === canonicalInlines(inlines);
}

/** The refusal of a target in Chinese that is not the source, in a state that confirms it. */
function chineseProblem(state: string | undefined): string {
	return `the target is still in Chinese but marked ${state ?? 'translated (no state)'}, and it is not the source: translate it, or leave the source as it is (Chinese is only allowed as a parenthesised original term)`;
}

/** Step 3: decides one unit, adding it to the plan's lists and the report's targets. */
function decideUnit(file: string, matched: MatchedUnit, decided: Decided, plan: ImportPlan): void {
	const { unit, xunit, report } = matched;
	const target = xunit.target && textOf(xunit.target);
	const decision = classifyTarget(inlineText(unit.source), target, xunit.state);
	if (decision.kind === 'untranslated' || (decision.kind === 'chinese' && !decision.confirmed)) {
		plan.untranslated.push(unit.id);
		return;
	}
	if (decision.kind === 'incomplete') {
		plan.incomplete.push(unit.id);
		return;
	}
	const problems =
		decision.kind === 'chinese'
			? [chineseProblem(xunit.state)]
			: targetCharacterProblems(target ?? '');
	const problem = problems.length > 0 ? undefined : placeholderProblem(unit, xunit.target!);
	for (const message of problem === undefined ? problems : [problem])
		plan.problems.push(problemLine(file, xunit, message));
	if (problems.length > 0 || problem !== undefined) return;
	const inlines = resolveTarget(unit, xunit.target!);
	const page = existingTranslations(report).get(unit.id)?.target;
	const edit = editSinceExport(xunit.english, page, inlines, report.enPath);
	if (edit.kind !== 'import') {
		if (edit.kind === 'conflict') plan.problems.push(problemLine(file, xunit, edit.message));
		else plan.kept.push(unit.id);
		decided.kept.add(unit.id);
		return;
	}
	if (decision.kind === 'english' && decision.review) {
		plan.review.push(unit.id);
		// Sent back as it was exported: the paragraph stays outdated rather than reviewed.
		if (isUnchangedOutdated(report, unit.id, inlines)) return;
		decided.review.add(unit.id);
	}
	plan.imported.push(unit.id);
	decided.targets.set(unit.id, inlines);
}

/** Step 4: renders one report's English page and validates it as the build will. */
function renderAction(
	file: string,
	report: ReportPages,
	decided: Decided,
	replace: boolean,
	problems: string[]
): ImportAction {
	if (!/^\d{4}\/en\/[a-z0-9-]+\.mdx$/.test(report.enPath))
		throw new Error(`import may only write English pages, not ${report.enPath}`);
	const page = renderEnPage({
		year: report.year,
		slug: report.slug,
		zh: report.zh,
		zhBody: report.zhBody,
		existing: report.en,
		targets: decided.targets,
		review: decided.review,
		replace,
	});
	const valid = EnReportSchema.safeParse(page.frontmatter);
	if (!valid.success) problems.push(formatIssues(`${file}: ${report.enPath}`, valid.error));
	problems.push(...importPageProblems(report.en?.raw, report.enPath, page.mdx));
	return {
		path: report.enPath,
		kind: report.en === undefined ? 'create' : report.en.raw === page.mdx ? 'unchanged' : 'update',
		mdx: page.mdx,
		imported: decided.targets.size,
		translated: page.translated,
		total: page.total,
	};
}

/**
 * A report without an English page whose file brings nothing but the archive's
 * fixed English (a committee name from the registry, exported as translated)
 * has nothing translated yet: it keeps the Chinese fallback, and its units
 * count as untranslated.
 */
function keepFallback(report: ReportPages, d: Decided, plan: ImportPlan): void {
	const units = new Map(pageUnits(report.year, report.slug, report.zh).map((u) => [u.id, u]));
	const onlyFixed = [...d.targets].every(
		([id, inlines]) => fixedRendering(inlineText(units.get(id)!.source))?.en === inlineText(inlines)
	);
	if (!onlyFixed || d.targets.size === 0) return;
	const ids = new Set(d.targets.keys());
	plan.imported = plan.imported.filter((id) => !ids.has(id));
	plan.review = plan.review.filter((id) => !ids.has(id));
	plan.untranslated.push(...ids);
	d.targets.clear();
}

/**
 * With `--replace`, which drops the English of every unit the file does not
 * bring, a unit kept for its English edited since the export is brought as it
 * is on the page. English that is outdated (its Chinese changed before the
 * export) cannot be brought so, and refuses the import instead of being lost.
 */
function keepUnderReplace(file: string, report: ReportPages, d: Decided, plan: ImportPlan): void {
	const english = existingTranslations(report);
	for (const id of d.kept) {
		const found = english.get(id);
		if (found?.current) d.targets.set(id, found.target);
		else if (found)
			plan.problems.push(
				`${file}: ${id}: its outdated English on ${report.enPath} was edited since the export, and --replace would drop it: import without --replace`
			);
	}
}

/**
 * Plans the import of parsed XLIFF files.
 *
 * @param file the XLIFF file's name, for messages
 * @param reports every report of the archive, as on disk
 * @param replace drop the English of units the file leaves untranslated
 */
export function planImport(
	file: string,
	xliff: XliffFile[],
	reports: ReportPages[],
	replace: boolean
): ImportPlan {
	const matching = matchUnits(file, xliff, reports);
	const plan: ImportPlan = {
		actions: [],
		imported: [],
		untranslated: [],
		incomplete: [],
		review: [],
		kept: [],
		problems: matching.problems,
	};
	const decided = new Map<ReportPages, Decided>(
		matching.reports.map((r) => [r, { targets: new Map(), review: new Set(), kept: new Set() }])
	);
	for (const matched of matching.units)
		decideUnit(file, matched, decided.get(matched.report)!, plan);
	if (replace) for (const [report, d] of decided) keepUnderReplace(file, report, d, plan);
	if (plan.problems.length > 0) return plan;
	for (const [report, d] of decided) if (!report.en) keepFallback(report, d, plan);
	// A report the file translates nothing of, and that has no English page, keeps the Chinese fallback.
	const concerned = [...decided].filter(([r, d]) => d.targets.size > 0 || r.en !== undefined);
	const actions = concerned.map(([r, d]) => renderAction(file, r, d, replace, plan.problems));
	return plan.problems.length > 0 ? plan : { ...plan, actions };
}
