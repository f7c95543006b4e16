import type { BilingualNote, EditorialEntry } from '../schemas.ts';
import { lastLineOf, type SourceLine } from './decode.ts';
import type { ResolvedDecisions } from './decisions.ts';
import type { Block, Inline } from '../content/page-model.ts';
import type { Candidate } from './candidates.ts';
import { IngestError } from '../content/ingest-error.ts';
import type { BodyUnit, ParagraphGroup } from './joins.ts';
import { endsSentence } from '../content/text-shape.ts';
import type { UsedDecisions } from './unused.ts';

/** `Omit` over each member of a union (an editorial entry of any type, without its number). */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

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

/** What numbering one report builds up: the apparatus, and where it stands. */
interface Numbering {
	result: Apparatus;
	decisions: ResolvedDecisions;
	used: UsedDecisions;
	context: ApparatusContext;
	/** Paragraphs numbered so far. */
	paragraphs: number;
}

/** Adds an entry to the apparatus and returns its number, the one its mark links to. */
function addEntry(state: Numbering, entry: DistributiveOmit<EditorialEntry, 'n'>): number {
	const n = state.result.editorial.length + 1;
	state.result.editorial.push({ n, ...entry });
	return n;
}

/** A duplicate mark before a paragraph that repeats an earlier one on the same page. */
function addDuplicateMark(state: Numbering, group: ParagraphGroup): void {
	const { decisions, used, context, result } = state;
	const duplicate = decisions.duplicates.find((d) => group.lines.some((line) => line.n === d.line));
	if (!duplicate) return;
	const of = result.paragraphOfLine.get(duplicate.ofLine);
	if (of === undefined) {
		throw new IngestError(
			context.file,
			`duplicate decision: the paragraph it repeats (line ${duplicate.ofLine}) is not earlier on the same page (${context.slug})`,
			duplicate.line
		);
	}
	used.duplicates.add(duplicate.line);
	const n = addEntry(state, {
		type: 'duplicate',
		paragraph: state.paragraphs + 1,
		of,
		line: duplicate.line,
		note: duplicate.note,
	});
	result.blocks.push({ type: 'duplicate', n });
}

/** A join mark where the page broke, between the last physical line of `before` and `line`. */
function joinMark(
	state: Numbering,
	before: SourceLine,
	line: SourceLine,
	note: BilingualNote | undefined
): Inline {
	const n = addEntry(state, {
		type: 'join',
		paragraph: state.paragraphs + 1,
		lines: [lastLineOf(before), line.n],
		...(note && { note }),
	});
	return { type: 'join', n };
}

/** A source line's text with a note mark after each phrase a note decision is attached to. */
function textWithNoteMarks(state: Numbering, line: SourceLine): Inline[] {
	const inlines: Inline[] = [];
	let from = 0;
	const notes = state.decisions.notes
		.filter((note) => note.line === line.n)
		.sort((a, b) => a.end - b.end);
	for (const note of notes) {
		inlines.push({ type: 'text', value: line.text.slice(from, note.end) });
		const n = addEntry(state, {
			type: 'note',
			paragraph: state.paragraphs + 1,
			sic: note.sic,
			quote: note.quote,
			line: note.physicalLine,
			note: note.note,
		});
		inlines.push({ type: 'note', n });
		state.used.notes.add(line.n);
		from = note.end;
	}
	if (from < line.text.length) inlines.push({ type: 'text', value: line.text.slice(from) });
	return inlines;
}

/** The runs of a paragraph: its lines' text and notes, a join mark between lines. */
function paragraphInlines(state: Numbering, group: ParagraphGroup): Inline[] {
	return group.lines.flatMap((line, index) => [
		...(index > 0
			? [joinMark(state, group.lines[index - 1]!, line, group.joinNotes[index - 1])]
			: []),
		...textWithNoteMarks(state, line),
	]);
}

/** A lacuna mark after a paragraph where text is missing, when a decision records one. */
function addLacunaMark(state: Numbering, last: SourceLine): boolean {
	const note = state.decisions.lacunae.get(last.n);
	if (!note) return false;
	state.used.lacunae.add(last.n);
	const n = addEntry(state, {
		type: 'lacuna',
		paragraph: state.paragraphs,
		line: lastLineOf(last),
		note,
	});
	state.result.blocks.push({ type: 'lacuna', n });
	return true;
}

/** A truncation mark (and a warning) when the source itself ends mid-sentence. */
function addTruncationMark(state: Numbering, last: SourceLine): void {
	const line = lastLineOf(last);
	const n = addEntry(state, { type: 'truncation', paragraph: state.paragraphs, line });
	state.result.blocks.push({ type: 'truncation', n });
	state.result.warnings.push(
		`${state.context.file}:${line}: the source ends mid-sentence; is the file truncated? A truncation mark was added.`
	);
}

/** A paragraph that ends mid-sentence before a heading: for the archivist to decide on. */
function addUnjoinedCandidate(state: Numbering, last: SourceLine): void {
	state.result.candidates.push({
		kind: 'unjoined',
		line: lastLineOf(last),
		slug: state.context.slug,
		message:
			'the line ends without punctuation but is not joined (the next line is a heading); record a lacuna or a join decision if this is a gap or a page break',
	});
}

/** What follows a paragraph's last line: a lacuna, a truncation, or a candidate when it stops mid-sentence. */
function addClosingMark(state: Numbering, last: SourceLine): void {
	if (addLacunaMark(state, last)) return;
	if (endsSentence(last.text) || state.decisions.joins.has(last.n)) return;
	if (lastLineOf(last) === state.context.lastLineOfFile) addTruncationMark(state, last);
	else addUnjoinedCandidate(state, last);
}

/** Numbers one paragraph, with the marks before, inside and after it. */
function addParagraph(state: Numbering, group: ParagraphGroup): void {
	addDuplicateMark(state, group);
	const inlines = paragraphInlines(state, group);
	state.paragraphs += 1;
	for (const line of group.lines) state.result.paragraphOfLine.set(line.n, state.paragraphs);
	state.result.blocks.push({
		type: 'paragraph',
		n: state.paragraphs,
		inlines: mergeText(inlines),
		lines: group.lines.map((line) => line.n),
	});
	addClosingMark(state, group.lines.at(-1)!);
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
	const result: Apparatus = {
		blocks: [],
		editorial: [],
		paragraphOfLine: new Map(),
		candidates: [],
		warnings: [],
	};
	const state: Numbering = { result, decisions, used, context, paragraphs: 0 };
	for (const unit of units) {
		if (unit.type === 'heading') result.blocks.push(unit);
		else addParagraph(state, unit);
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
