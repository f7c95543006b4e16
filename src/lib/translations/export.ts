/**
 * Assembles the XLIFF of one year: every unit of its reports, with the English
 * already on its pages as `translated` targets (an outdated paragraph's English
 * as `needs-review-translation`), and for units without English the earlier
 * years' memory (exact match as a target to review, near matches as
 * alternatives) and the committee registry.
 */
import { getCommittee } from '../committees.ts';
import { termsIn } from '../glossary.ts';
import type { EditorialEntry } from '../schemas.ts';
import {
	createMemory,
	fitMarks,
	lookUp,
	type Memory,
	memoryKey,
	type MemoryEntry,
	registryName,
} from './memory.ts';
import { existingTranslations, type ReportPages } from './pages.ts';
import { inlineText, pageUnits, type Unit } from './units.ts';
import type { ExportFile, ExportUnit } from './xliff-write.ts';

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

/** The XLIFF files of one year, one per report in source order. */
export function exportYear(reports: ReportPages[], year: number): ExportFile[] {
	const memory = memoryOf(reports.filter((r) => r.year < year));
	return reports
		.filter((r) => r.year === year)
		.map((report): ExportFile => {
			const english = existingTranslations(report);
			const editorial = (report.zh.frontmatter['editorial'] ?? []) as EditorialEntry[];
			const units = pageUnits(report.year, report.slug, report.zh).map((unit): ExportUnit => {
				const exportUnit: ExportUnit = {
					id: unit.id,
					resname: unit.id.split('/').at(-1)!,
					source: unit.source,
					notes: unitNotes(unit, editorial),
					alternatives: [],
				};
				const existing = english.get(unit.id);
				if (existing) {
					exportUnit.target = {
						inlines: existing.target,
						state: existing.current ? 'translated' : 'needs-review-translation',
					};
					if (!existing.current)
						exportUnit.notes.unshift({
							from: 'archive',
							text: 'The Chinese of this unit changed since it was translated: review the English.',
						});
					return exportUnit;
				}
				const registry =
					unit.id.endsWith('/title') && getCommittee(report.slug)?.kind === 'committee'
						? registryName(inlineText(unit.source))
						: undefined;
				if (registry) {
					exportUnit.target = {
						inlines: [{ type: 'text', value: registry }],
						state: 'needs-review-translation',
					};
					exportUnit.notes.unshift({
						from: 'archive',
						text: 'From the committee registry (src/lib/committees.ts).',
					});
					return exportUnit;
				}
				if (unit.kind === 'meta') return exportUnit;
				const match = lookUp(memory, unit.source);
				if (match.exact) {
					exportUnit.target = {
						inlines: fitMarks(match.exact.target, unit.source),
						state: 'needs-review-translation',
					};
					exportUnit.notes.unshift({
						from: 'archive',
						text: `Translation memory: exact match of ${match.exact.origin}; review before confirming.`,
					});
				}
				exportUnit.alternatives = match.near.map(({ entry, quality }) => ({
					quality,
					origin: entry.origin,
					source: entry.source,
					target: entry.target,
				}));
				return exportUnit;
			});
			return { original: `${report.year}/${report.slug}`, units };
		});
}
