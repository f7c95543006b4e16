import type { BilingualNote } from '../schemas.ts';
import type { SourceLine } from './decode.ts';
import type { ResolvedDecisions } from './decisions.ts';
import { ambiguousLine } from './ambiguous-line.ts';
import { looksLikeHeading } from './headings.ts';
import type { SourceSection } from './segment.ts';
import { endsSentence } from '../content/text-shape.ts';
import type { UsedDecisions } from './unused.ts';

/** Source lines that make one paragraph, with what joined them. */
export interface ParagraphGroup {
	type: 'group';
	lines: SourceLine[];
	/** For each line after the first: the note of the decision that joined it, if a decision did. */
	joinNotes: (BilingualNote | undefined)[];
}

/** A report's body in reading order: headings, and paragraphs as groups of source lines. */
export type BodyUnit = { type: 'heading'; text: string; line: number } | ParagraphGroup;

/**
 * Repairs the page breaks of one report: a paragraph that ends without sentence
 * punctuation and is followed, in the same report, by another paragraph is
 * joined to it, unless a join or lacuna decision says otherwise. A paragraph that
 * looks like a heading (short, numbered, or with no clause punctuation but `、`)
 * is never joined silently: without a decision, ingest stops and asks.
 *
 * @param decisionsFile the decisions file, named in the error that asks for a decision
 */
export function groupParagraphs(
	section: SourceSection,
	decisions: ResolvedDecisions,
	used: UsedDecisions,
	file: string,
	decisionsFile: string
): BodyUnit[] {
	const units: BodyUnit[] = [];
	let group: ParagraphGroup | undefined;
	section.items.forEach((item, index) => {
		if (item.type === 'heading') {
			group = undefined;
			units.push({ type: 'heading', text: item.text, line: item.line.n });
			return;
		}
		const previous = section.items[index - 1];
		if (group && previous?.type === 'paragraph') {
			const prev = previous.line;
			const override = decisions.joins.get(prev.n);
			const join = decisions.lacunae.has(prev.n)
				? false
				: override
					? override.join
					: !endsSentence(prev.text);
			if (override) used.joins.add(prev.n);
			if (
				join &&
				!override &&
				group.lines.length === 1 &&
				looksLikeHeading(prev.text) &&
				!decisions.headings.has(prev.n)
			) {
				throw ambiguousLine(
					file,
					decisionsFile,
					prev,
					'a heading',
					`the start of a paragraph cut by a page break and continued at line ${item.line.n}`
				);
			}
			if (join) {
				group.lines.push(item.line);
				group.joinNotes.push(override?.note);
				return;
			}
		}
		group = { type: 'group', lines: [item.line], joinNotes: [] };
		units.push(group);
	});
	return units;
}
