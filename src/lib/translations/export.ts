/**
 * Assembles the XLIFF of one year: every unit of its reports, with the English
 * already on its pages as `translated` targets (an outdated paragraph's English,
 * or English imported for review, as `needs-review-translation`), the archive's
 * fixed English (committee registry, glossary) as `translated` targets with a
 * note saying where it comes from, and for units without English the earlier
 * years' memory: an exact match as a target to review, near matches as
 * alternatives.
 *
 * With `copySource` it writes the "source=target" variety that tools which
 * translate in place expect (OmegaT 3.x's XLIFF filter, machine-translation
 * post-editing): every unit without English holds its source, placeholders
 * included, as a target without a state, and the memory's matches (exact
 * ones too) travel as `<alt-trans>` and in the year's memory file.
 */
import { termsIn } from '../glossary.ts';
import type { EditorialEntry } from '../schemas.ts';
import {
	createMemory,
	fitMarks,
	lookUp,
	type Memory,
	memoryKey,
	type MemoryEntry,
} from './memory.ts';
import {
	existingTranslations,
	type ExistingTranslation,
	type ReportPages,
} from '../content/report-pages.ts';
import { fixedRendering } from './registry.ts';
import { hashUnit, inlineText, pageUnits, type Unit } from '../content/page-units.ts';
import type { ExportFile, ExportUnit } from './xliff-write.ts';

/** How to export. */
export interface ExportOptions {
	/** Write the source into every target without English (the source=target variety). */
	copySource?: boolean | undefined;
}

/** The memory of every current translation in the given reports. */
export function memoryOf(reports: ReportPages[]): Memory {
	const entries: MemoryEntry[] = [];
	for (const report of reports) {
		const english = existingTranslations(report);
		for (const unit of pageUnits(report.year, report.slug, report.zh)) {
			const found = english.get(unit.id);
			if (found?.current && unit.kind !== 'meta')
				entries.push({ origin: unit.id, source: memoryKey(unit.source), target: found.target });
		}
	}
	return createMemory(entries);
}

const MARK_LABEL: Record<EditorialEntry['type'], string> = {
	join: 'page-break join',
	note: 'editor’s note',
	lacuna: 'lacuna (text missing in the source) after this paragraph',
	duplicate: 'duplicate paragraph',
	truncation: 'the source ends mid-sentence here',
};

/** The notes a translator sees on a unit: editorial marks and glossary terms. */
function unitNotes(unit: Unit, editorial: EditorialEntry[]): ExportUnit['notes'] {
	const notes: ExportUnit['notes'] = [];
	if (unit.kind === 'paragraph') {
		for (const entry of editorial.filter((e) => e.paragraph === unit.index)) {
			const placeholder =
				entry.type === 'join' || entry.type === 'note'
					? ` (placeholder ${entry.type}-${entry.n}: move it with the words it follows)`
					: '';
			const text = 'note' in entry && entry.note ? entry.note.en : '';
			notes.push({
				from: 'editor',
				text: `Mark ${entry.n}, ${MARK_LABEL[entry.type]}${placeholder}${text ? `: ${text}` : ''}`,
			});
		}
	}
	const terms = termsIn(inlineText(unit.source));
	if (terms.length > 0)
		notes.push({
			from: 'glossary',
			text: `Glossary: ${terms.map((t) => `${t.zh} → ${t.en}`).join('; ')}`,
		});
	return notes;
}

/** What one unit's export is made from. */
interface UnitContext {
	unit: Unit;
	existing: ExistingTranslation | undefined;
	/** The page records this unit's English as needing review. */
	flagged: boolean;
	memory: Memory;
	copySource: boolean;
}

const note = (text: string) => ({ from: 'archive', text });

/** A unit with English on its page: translated, to review, or (copy-source) outdated with the source to translate again. */
function withEnglish(out: ExportUnit, context: UnitContext, found: ExistingTranslation): void {
	if (!found.current && context.copySource) {
		out.target = { inlines: context.unit.source };
		out.alternatives.push({
			origin: `${context.unit.id} (before its Chinese changed)`,
			target: found.target,
		});
		out.notes.unshift(
			note(
				'The Chinese of this unit changed since it was translated: translate it again (the earlier English is offered as an alternative).'
			)
		);
		return;
	}
	const review = !found.current || context.flagged;
	out.target = { inlines: found.target, state: review ? 'needs-review-translation' : 'translated' };
	if (!found.current)
		out.notes.unshift(
			note('The Chinese of this unit changed since it was translated: review the English.')
		);
	else if (context.flagged)
		out.notes.unshift(
			note('Imported for review and not reviewed yet: confirm it (state translated) or correct it.')
		);
}

/** A unit without English: the memory's matches, and its source as the target with copy-source. */
function fromMemory(out: ExportUnit, context: UnitContext): void {
	const { unit, memory, copySource } = context;
	const match = unit.kind === 'meta' ? { exact: undefined, near: [] } : lookUp(memory, unit.source);
	if (match.exact && !copySource) {
		out.target = {
			inlines: fitMarks(match.exact.target, unit.source),
			state: 'needs-review-translation',
		};
		out.notes.unshift(
			note(`Translation memory: exact match of ${match.exact.origin}; review before confirming.`)
		);
	}
	if (match.exact && copySource) {
		out.alternatives.push({
			quality: 100,
			origin: match.exact.origin,
			source: match.exact.source,
			target: fitMarks(match.exact.target, unit.source),
		});
		out.notes.unshift(
			note(`Translation memory: exact match of ${match.exact.origin}, offered as an alternative.`)
		);
	}
	for (const { entry, quality } of match.near)
		out.alternatives.push({
			quality,
			origin: entry.origin,
			source: entry.source,
			target: entry.target,
		});
	if (copySource) out.target = { inlines: unit.source };
}

/** The `<trans-unit>` of one unit. */
function exportUnit(context: UnitContext, editorial: EditorialEntry[]): ExportUnit {
	const { unit, existing } = context;
	const out: ExportUnit = {
		id: unit.id,
		resname: unit.id.split('/').at(-1)!,
		source: unit.source,
		notes: unitNotes(unit, editorial),
		alternatives: [],
		// What the page holds now, so that an import can tell an edit made since (import-edits.ts).
		english: hashUnit(existing?.target ?? []),
	};
	if (existing) {
		withEnglish(out, context, existing);
		return out;
	}
	const fixed = unit.kind === 'paragraph' ? undefined : fixedRendering(inlineText(unit.source));
	if (fixed) {
		out.target = { inlines: [{ type: 'text', value: fixed.en }], state: 'translated' };
		out.fixed = fixed.from;
		out.notes.unshift(note(fixed.note));
		return out;
	}
	fromMemory(out, context);
	return out;
}

/** The XLIFF files of one year, one per report in source order. */
export function exportYear(
	reports: ReportPages[],
	year: number,
	options: ExportOptions = {}
): ExportFile[] {
	const memory = memoryOf(reports.filter((r) => r.year < year));
	return reports
		.filter((r) => r.year === year)
		.map((report): ExportFile => {
			const english = existingTranslations(report);
			const flagged = new Set(
				((report.en?.frontmatter['needsReview'] ?? []) as string[]).map(
					(suffix) => `${report.year}/${report.slug}/${suffix}`
				)
			);
			const editorial = (report.zh.frontmatter['editorial'] ?? []) as EditorialEntry[];
			const units = pageUnits(report.year, report.slug, report.zh).map((unit) =>
				exportUnit(
					{
						unit,
						existing: english.get(unit.id),
						flagged: flagged.has(unit.id),
						memory,
						copySource: options.copySource ?? false,
					},
					editorial
				)
			);
			return { original: `${report.year}/${report.slug}`, units };
		});
}
