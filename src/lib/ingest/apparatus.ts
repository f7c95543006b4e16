import type { EditorialEntry } from '../schemas.ts';
import { lastLineOf } from './decode.ts';
import type { ResolvedDecisions } from './decisions.ts';
import type { Block, Inline } from '../content/page-model.ts';
import type { Candidate } from './candidates.ts';
import { IngestError } from '../content/ingest-error.ts';
import type { BodyUnit, ParagraphGroup } from './joins.ts';
import { endsSentence } from '../content/text-shape.ts';
import type { UsedDecisions } from './unused.ts';

/** Where a report sits, for the apparatus and its messages. */
export interface ApparatusContext {
	slug: string;
	/** The seed, named in errors and warnings. */
	file: string;
	/** The last physical line of the seed's text, where a truncation can only be. */
	lastLineOfFile: number;
}

/** A report's numbered paragraphs and marks, with its editorial apparatus. */
export interface Apparatus {
	blocks: Block[];
	editorial: EditorialEntry[];
	/** The paragraph number of each source line (by its first physical line). */
	paragraphOfLine: Map<number, number>;
	candidates: Candidate[];
	warnings: string[];
}

/**
 * Numbers the paragraphs of one report and the marks of its apparatus in
 * reading order: a join mark where a page break was repaired, a duplicate mark
 * before a paragraph that repeats an earlier one, a note mark after its phrase,
 * a lacuna mark after a paragraph where text is missing, and a truncation mark
 * when the source ends mid-sentence. Line numbers in the entries are physical
 * lines of the seed, also for soft-wrapped paragraphs.
 */
export function numberApparatus(
	units: BodyUnit[],
	decisions: ResolvedDecisions,
	used: UsedDecisions,
	context: ApparatusContext
): Apparatus {
	const { slug, file, lastLineOfFile } = context;
	const result: Apparatus = {
		blocks: [],
		editorial: [],
		paragraphOfLine: new Map(),
		candidates: [],
		warnings: [],
	};
	const { blocks, editorial, paragraphOfLine } = result;
	const next = () => editorial.length + 1;
	let paragraphCount = 0;

	const addParagraph = (group: ParagraphGroup) => {
		const duplicate = decisions.duplicates.find((d) =>
			group.lines.some((line) => line.n === d.line)
		);
		if (duplicate) {
			const of = paragraphOfLine.get(duplicate.ofLine);
			if (of === undefined) {
				throw new IngestError(
					file,
					`duplicate decision: the paragraph it repeats (line ${duplicate.ofLine}) is not earlier on the same page (${slug})`,
					duplicate.line
				);
			}
			used.duplicates.add(duplicate.line);
			const n = next();
			editorial.push({
				n,
				type: 'duplicate',
				paragraph: paragraphCount + 1,
				of,
				line: duplicate.line,
				note: duplicate.note,
			});
			blocks.push({ type: 'duplicate', n });
		}
		const inlines: Inline[] = [];
		group.lines.forEach((line, index) => {
			if (index > 0) {
				const n = next();
				const note = group.joinNotes[index - 1];
				// The page broke between the last physical line of the first half and the first of the second.
				editorial.push({
					n,
					type: 'join',
					paragraph: paragraphCount + 1,
					lines: [lastLineOf(group.lines[index - 1]!), line.n],
					...(note && { note }),
				});
				inlines.push({ type: 'join', n });
			}
			let from = 0;
			const notes = decisions.notes
				.filter((note) => note.line === line.n)
				.sort((a, b) => a.end - b.end);
			for (const note of notes) {
				inlines.push({ type: 'text', value: line.text.slice(from, note.end) });
				const n = next();
				editorial.push({
					n,
					type: 'note',
					paragraph: paragraphCount + 1,
					sic: note.sic,
					quote: note.quote,
					line: note.physicalLine,
					note: note.note,
				});
				inlines.push({ type: 'note', n });
				used.notes.add(line.n);
				from = note.end;
			}
			if (from < line.text.length) inlines.push({ type: 'text', value: line.text.slice(from) });
		});
		paragraphCount += 1;
		for (const line of group.lines) paragraphOfLine.set(line.n, paragraphCount);
		blocks.push({
			type: 'paragraph',
			n: paragraphCount,
			inlines: mergeText(inlines),
			lines: group.lines.map((line) => line.n),
		});

		const last = group.lines.at(-1)!;
		const lacuna = decisions.lacunae.get(last.n);
		if (lacuna) {
			used.lacunae.add(last.n);
			const n = next();
			editorial.push({
				n,
				type: 'lacuna',
				paragraph: paragraphCount,
				line: lastLineOf(last),
				note: lacuna,
			});
			blocks.push({ type: 'lacuna', n });
		} else if (!endsSentence(last.text) && !decisions.joins.has(last.n)) {
			if (lastLineOf(last) === lastLineOfFile) {
				const n = next();
				editorial.push({
					n,
					type: 'truncation',
					paragraph: paragraphCount,
					line: lastLineOf(last),
				});
				blocks.push({ type: 'truncation', n });
				result.warnings.push(
					`${file}:${lastLineOf(last)}: the source ends mid-sentence; is the file truncated? A truncation mark was added.`
				);
			} else {
				result.candidates.push({
					kind: 'unjoined',
					line: lastLineOf(last),
					slug,
					message:
						'the line ends without punctuation but is not joined (the next line is a heading); record a lacuna or a join decision if this is a gap or a page break',
				});
			}
		}
	};

	for (const unit of units) {
		if (unit.type === 'heading') blocks.push(unit);
		else addParagraph(unit);
	}
	return result;
}

/** Merges adjacent text runs and drops empty ones. */
function mergeText(inlines: Inline[]): Inline[] {
	const merged: Inline[] = [];
	for (const inline of inlines) {
		const last = merged.at(-1);
		if (inline.type === 'text' && inline.value === '') continue;
		if (inline.type === 'text' && last?.type === 'text') last.value += inline.value;
		else merged.push({ ...inline });
	}
	return merged;
}
