import type { BilingualNote, Decision, Figure } from '../schemas.ts';
import { lineAtOffset, type SourceLine } from './decode.ts';
import { IngestError } from '../content/ingest-error.ts';
import type { HeadingDecision } from './layout.ts';

/** Editorial decisions located in the source, keyed by the line they apply to. */
export interface ResolvedDecisions {
	/** Lines after which text is missing. */
	lacunae: Map<number, BilingualNote>;
	/** Lines whose page-break repair is decided by hand. */
	joins: Map<number, { join: boolean; note?: BilingualNote }>;
	/** Paragraphs (by one of their lines) that repeat an earlier one. */
	duplicates: { line: number; ofLine: number; note: BilingualNote }[];
	/** Notes attached to a phrase: the mark goes after `end` characters of the line. */
	notes: {
		line: number;
		end: number;
		quote: string;
		sic: boolean;
		note: BilingualNote;
		physicalLine: number;
	}[];
	/** Key figures of the year and the line that states each. */
	figures: { line: number; quote: string; en: string }[];
	/** `heading` / `not-heading` decisions, by physical line (see `resolveHeadingDecisions`). */
	headings: Map<number, HeadingDecision>;
}

function describe(decision: Decision, index: number): string {
	return `decision ${index + 1} (${decision.type})`;
}

function locate(
	lines: SourceLine[],
	quote: string,
	where: 'anywhere' | 'end',
	context: string,
	file: string
): { line: SourceLine; index: number } {
	const hits: { line: SourceLine; index: number }[] = [];
	for (const line of lines) {
		if (where === 'end') {
			if (line.text.endsWith(quote)) hits.push({ line, index: line.text.length - quote.length });
			continue;
		}
		for (
			let index = line.text.indexOf(quote);
			index !== -1;
			index = line.text.indexOf(quote, index + 1)
		) {
			hits.push({ line, index });
		}
	}
	if (hits.length === 0) {
		const place = where === 'end' ? 'at the end of any line' : 'anywhere';
		throw new IngestError(
			file,
			`${context}: the quoted text “${quote}” is not found ${place} in the source; the text changed or the quote is wrong — fix or remove the decision`
		);
	}
	if (hits.length > 1) {
		throw new IngestError(
			file,
			`${context}: the quoted text “${quote}” occurs ${hits.length} times (lines ${hits.map((hit) => hit.line.n).join(', ')}); quote more of it so that it is unique`
		);
	}
	return hits[0]!;
}

/**
 * Locates each decision of `seeds/<year>.yaml` in the source by its quoted text.
 * A quote that is missing or ambiguous fails the ingest: a decision must never
 * silently stop applying when the text changes.
 *
 * @param file the decisions file, named in errors
 */
export function resolveDecisions(
	decisions: Decision[],
	lines: SourceLine[],
	file: string,
	figures: Figure[] = []
): ResolvedDecisions {
	const resolved: ResolvedDecisions = {
		lacunae: new Map(),
		joins: new Map(),
		duplicates: [],
		notes: [],
		figures: [],
		headings: new Map(),
	};
	figures.forEach((figure, index) => {
		const { line } = locate(lines, figure.at, 'anywhere', `figure ${index + 1}`, file);
		resolved.figures.push({ line: line.n, quote: figure.at, en: figure.en });
	});
	decisions.forEach((decision, index) => resolveOne(decision, index, { lines, file, resolved }));
	checkLacunaJoins(resolved, file);
	return resolved;
}

/** What a decision is located in, and where the located decisions go. */
interface Resolving {
	lines: SourceLine[];
	/** The decisions file, named in errors. */
	file: string;
	resolved: ResolvedDecisions;
}

/** Locates one decision of the decisions file by its quoted text. */
function resolveOne(decision: Decision, index: number, where: Resolving): void {
	const { lines, file, resolved } = where;
	const context = describe(decision, index);
	switch (decision.type) {
		case 'lacuna': {
			const { line } = locate(lines, decision.after, 'end', context, file);
			resolved.lacunae.set(line.n, decision.note);
			return;
		}
		case 'join': {
			const { line } = locate(lines, decision.after, 'end', context, file);
			resolved.joins.set(line.n, {
				join: decision.join,
				...(decision.note && { note: decision.note }),
			});
			return;
		}
		case 'duplicate':
			resolved.duplicates.push(resolveDuplicate(decision, context, where));
			return;
		case 'heading':
		case 'not-heading':
			// Resolved on the physical lines, before soft wraps are joined (resolveHeadingDecisions).
			return;
		case 'note':
			resolved.notes.push(resolveNote(decision, context, where));
	}
}

/** A duplicate decision: the paragraph that repeats, and the earlier one it repeats. */
function resolveDuplicate(
	decision: Extract<Decision, { type: 'duplicate' }>,
	context: string,
	{ lines, file }: Resolving
): ResolvedDecisions['duplicates'][number] {
	const { line } = locate(lines, decision.paragraph, 'anywhere', context, file);
	const { line: of } = locate(lines, decision.of, 'anywhere', context, file);
	if (of.n >= line.n) {
		throw new IngestError(
			file,
			`${context}: the repeated paragraph (line ${of.n}) must come before its repeat (line ${line.n})`
		);
	}
	return { line: line.n, ofLine: of.n, note: decision.note };
}

/** A note decision: the phrase it is attached to, where the mark goes and the physical line. */
function resolveNote(
	decision: Extract<Decision, { type: 'note' }>,
	context: string,
	{ lines, file }: Resolving
): ResolvedDecisions['notes'][number] {
	const { line, index: start } = locate(lines, decision.at, 'anywhere', context, file);
	return {
		line: line.n,
		end: start + decision.at.length,
		quote: decision.at,
		sic: decision.sic,
		note: decision.note,
		// The line of the file where the phrase starts, for the apparatus.
		physicalLine: lineAtOffset(line, start),
	};
}

/** A line may have a lacuna or a join decision, not both. */
function checkLacunaJoins(resolved: ResolvedDecisions, file: string): void {
	for (const line of resolved.lacunae.keys()) {
		if (resolved.joins.has(line)) {
			throw new IngestError(
				file,
				`a lacuna and a join decision both apply to line ${line}; keep one`,
				line
			);
		}
	}
}

/**
 * Locates the `heading` / `not-heading` decisions on the physical lines of the
 * seed (before soft wraps are joined, since they decide where a paragraph
 * starts). The decision quotes the whole line; a line that is not found, or
 * found twice, fails the ingest.
 *
 * @param file the decisions file, named in errors
 */
export function resolveHeadingDecisions(
	decisions: Decision[],
	physical: SourceLine[],
	file: string
): Map<number, HeadingDecision> {
	const decided = new Map<number, HeadingDecision>();
	decisions.forEach((decision, index) => {
		if (decision.type !== 'heading' && decision.type !== 'not-heading') return;
		const context = describe(decision, index);
		const hits = physical.filter((line) => line.text === decision.line);
		if (hits.length === 0) {
			throw new IngestError(
				file,
				`${context}: no line of the source reads “${decision.line}”; quote the whole line as printed — fix or remove the decision`
			);
		}
		if (hits.length > 1) {
			throw new IngestError(
				file,
				`${context}: the line “${decision.line}” occurs ${hits.length} times (lines ${hits.map((hit) => hit.n).join(', ')}); this decision cannot tell them apart`
			);
		}
		const n = hits[0]!.n;
		if (decided.has(n))
			throw new IngestError(
				file,
				`${context}: line ${n} already has a heading decision; keep one`,
				n
			);
		decided.set(n, decision.type);
	});
	return decided;
}
