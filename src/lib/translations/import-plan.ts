/**
 * Plans an import: checks every unit of a translated XLIFF against the current
 * Chinese pages and decides, for each report, the English page to write. Any
 * problem refuses the whole import (the caller writes nothing); each names the
 * file, the unit id and what is wrong. Only `<year>/en/<slug>.mdx` is ever
 * planned: the Chinese pages are never written.
 */
import { EnReportSchema, formatIssues } from '../schemas.ts';
import { importPageProblems, targetCharacterProblems } from './en-hand-edits.ts';
import type { ReportPages } from './pages.ts';
import { renderEnPage } from './render-en.ts';
import {
	canonicalInlines,
	hasStrayHan,
	inlineText,
	pageUnits,
	placeholderId,
	type Unit,
	type UnitInline,
} from './units.ts';
import type { XliffFile, XliffInline, XliffUnit } from './xliff-read.ts';

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

/** The outcome of planning: the pages to write, or the problems that refuse the import. */
export interface ImportPlan {
	actions: ImportAction[];
	/** Units with a target that is not confirmed (e.g. `needs-review-translation`): left as they are. */
	skipped: { id: string; state: string }[];
	problems: string[];
}

/** Target states that mean "confirmed by the translator". A target without a state counts as confirmed. */
const CONFIRMED = new Set(['translated', 'signed-off', 'final']);

function canonical(inlines: XliffInline[]): string {
	return canonicalInlines(
		inlines.map((i): UnitInline => (i.type === 'text' ? i : { type: 'text', value: `{{${i.id}}}` }))
	);
}

function count(ids: string[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
	return counts;
}

/** Maps a target's placeholders back to the unit's marks, or says what is wrong with them. */
function resolveTarget(
	unit: Unit,
	target: XliffInline[]
): { inlines: UnitInline[] } | { problem: string } {
	const marks = new Map(
		unit.source.filter((i) => i.type === 'mark').map((m) => [placeholderId(m), m])
	);
	const used = count(target.filter((i) => i.type === 'x').map((i) => i.id));
	for (const [id, n] of used) {
		if (!marks.has(id)) return { problem: `placeholder <x id="${id}"/> is not in the source` };
		if (n > 1)
			return {
				problem: `placeholder <x id="${id}"/> appears ${n} times in the target (once in the source)`,
			};
	}
	for (const id of marks.keys())
		if (!used.has(id))
			return { problem: `placeholder <x id="${id}"/> of the source is missing from the target` };
	const inlines: UnitInline[] = [];
	for (const inline of target) {
		// One paragraph is one line of MDX: a CAT tool's line breaks and runs of spaces become one space.
		if (inline.type === 'text')
			inlines.push({ type: 'text', value: inline.value.replace(/\s+/g, ' ') });
		else inlines.push(marks.get(inline.id)!);
	}
	const first = inlines[0];
	const last = inlines.at(-1);
	if (first?.type === 'text') first.value = first.value.trimStart();
	if (last?.type === 'text') last.value = last.value.trimEnd();
	return { inlines: inlines.filter((i) => i.type !== 'text' || i.value !== '') };
}

/**
 * Plans the import of parsed XLIFF files.
 *
 * @param file the XLIFF file's name, for messages
 * @param reports every report of the archive, as on disk
 */
export function planImport(
	file: string,
	xliff: XliffFile[],
	reports: ReportPages[],
	replace: boolean
): ImportPlan {
	const problems: string[] = [];
	const skipped: ImportPlan['skipped'] = [];
	const perReport = new Map<ReportPages, Map<string, UnitInline[]>>();
	const seenIds = new Set<string>();
	const say = (unit: XliffUnit | undefined, message: string, line?: number) =>
		problems.push(`${file}:${unit?.line ?? line ?? 1}: ${unit ? `${unit.id}: ` : ''}${message}`);
	if (xliff.length === 0) say(undefined, 'no <file> in the XLIFF');
	for (const xfile of xliff) {
		const report = reports.find((r) => `${r.year}/${r.slug}` === xfile.original);
		if (!report) {
			say(
				xfile.units[0],
				`<file original="${xfile.original}">: no such report in the archive (expected <year>/<slug>)`
			);
			continue;
		}
		if (
			!/^zh(-Hans|-CN)?$/i.test(xfile.sourceLanguage) ||
			!/^en(-[A-Za-z]+)?$/i.test(xfile.targetLanguage)
		) {
			say(
				xfile.units[0],
				`<file original="${xfile.original}">: expected source-language zh-Hans and target-language en, not ${xfile.sourceLanguage || '(none)'} → ${xfile.targetLanguage || '(none)'}`
			);
			continue;
		}
		const units = new Map(pageUnits(report.year, report.slug, report.zh).map((u) => [u.id, u]));
		const targets = perReport.get(report) ?? new Map<string, UnitInline[]>();
		perReport.set(report, targets);
		for (const xunit of xfile.units) {
			const unit = units.get(xunit.id);
			if (!unit) {
				say(
					xunit,
					`no such unit in ${report.zhPath} (ids are ${xfile.original}/p<N>, …/h<N>, …/title, …)`
				);
				continue;
			}
			if (seenIds.has(xunit.id)) {
				say(xunit, 'the unit appears twice in the file');
				continue;
			}
			seenIds.add(xunit.id);
			if (canonical(xunit.source) !== canonicalInlines(unit.source)) {
				say(
					xunit,
					`the source no longer matches the current Chinese of ${report.zhPath} (the page changed since the export): export again`
				);
				continue;
			}
			const text = xunit.target
				? inlineText(
						xunit.target.map((i) => (i.type === 'text' ? i : { type: 'text' as const, value: '' }))
					).trim()
				: '';
			if (!xunit.target || text === '') continue;
			const state = xunit.state ?? 'translated';
			if (!CONFIRMED.has(state)) {
				skipped.push({ id: xunit.id, state });
				continue;
			}
			const characters = targetCharacterProblems(text);
			if (characters.length > 0) {
				for (const problem of characters) say(xunit, problem);
				continue;
			}
			const resolved = resolveTarget(unit, xunit.target);
			if ('problem' in resolved) {
				say(xunit, resolved.problem);
				continue;
			}
			if (hasStrayHan(inlineText(resolved.inlines))) {
				say(
					xunit,
					`the target is still in Chinese but marked ${state} (Chinese is only allowed as a parenthesised original term)`
				);
				continue;
			}
			targets.set(xunit.id, resolved.inlines);
		}
	}
	if (problems.length > 0) return { actions: [], skipped, problems };
	// A report the file translates nothing of, and that has no English page, keeps the Chinese fallback.
	const concerned = [...perReport].filter(
		([report, targets]) => targets.size > 0 || report.en !== undefined
	);
	const actions = concerned.map(([report, targets]): ImportAction => {
		if (!/^\d{4}\/en\/[a-z0-9-]+\.mdx$/.test(report.enPath))
			throw new Error(`import may only write English pages, not ${report.enPath}`);
		const page = renderEnPage({
			year: report.year,
			slug: report.slug,
			zh: report.zh,
			zhBody: report.zhBody,
			existing: report.en,
			targets,
			replace,
		});
		// Validate as the build will, so that a page the import writes never fails the build.
		const valid = EnReportSchema.safeParse(page.frontmatter);
		if (!valid.success) problems.push(formatIssues(`${file}: ${report.enPath}`, valid.error));
		problems.push(...importPageProblems(report.en?.raw, report.enPath, page.mdx));
		const kind =
			report.en === undefined ? 'create' : report.en.raw === page.mdx ? 'unchanged' : 'update';
		return {
			path: report.enPath,
			kind,
			mdx: page.mdx,
			imported: targets.size,
			translated: page.translated,
			total: page.total,
		};
	});
	return problems.length > 0 ? { actions: [], skipped, problems } : { actions, skipped, problems };
}
