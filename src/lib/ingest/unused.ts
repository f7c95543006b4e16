import type { ResolvedDecisions } from './decisions.ts';
import { IngestError } from '../content/ingest-error.ts';

/** The decisions that applied somewhere, by the line they are keyed on. */
export interface UsedDecisions {
	lacunae: Set<number>;
	joins: Set<number>;
	duplicates: Set<number>;
	notes: Set<number>;
	figures: Set<number>;
	headings: Set<number>;
}

/** An empty record of used decisions, to be filled while the pages are built. */
export function createUsedDecisions(): UsedDecisions {
	return {
		lacunae: new Set(),
		joins: new Set(),
		duplicates: new Set(),
		notes: new Set(),
		figures: new Set(),
		headings: new Set(),
	};
}

/**
 * Fails when a decision applied nowhere: a decision that no longer does what it
 * was written for must be fixed or removed, never kept silently.
 *
 * @param file the seed, named in the error
 */
export function checkUnusedDecisions(
	decisions: ResolvedDecisions,
	used: UsedDecisions,
	file: string
): void {
	const unused = [
		...[...decisions.joins.keys()]
			.filter((line) => !used.joins.has(line))
			.map(
				(line) => `join decision at line ${line}: the next line does not continue the same report`
			),
		...[...decisions.lacunae.keys()]
			.filter((line) => !used.lacunae.has(line))
			.map((line) => `lacuna decision at line ${line}: the line is not part of a report's text`),
		...decisions.duplicates
			.filter((d) => !used.duplicates.has(d.line))
			.map((d) => `duplicate decision at line ${d.line}: the line is not part of a report's text`),
		...decisions.notes
			.filter((d) => !used.notes.has(d.line))
			.map(
				(d) => `note decision at line ${d.line}: the quoted text is not part of a report's text`
			),
		...decisions.figures
			.filter((d) => !used.figures.has(d.line))
			.map((d) => `figure at line ${d.line}: the quoted text is not part of a report's text`),
		...[...decisions.headings]
			.filter(([line]) => !used.headings.has(line))
			.map(
				([line, type]) =>
					`${type} decision at line ${line}: the line is not part of a report's text (a headline, subtitle or byline is read by its place)`
			),
	];
	if (unused.length > 0)
		throw new IngestError(file, `decisions that do not apply:\n  ${unused.join('\n  ')}`);
}
