import type { SourceLine } from './decode.ts';
import { isByline, readHeading, readSubtitle } from './headings.ts';
import { endsSentence } from '../content/text-shape.ts';

/** How the paragraphs of a seed are laid out in the file. */
export interface Layout {
	/**
	 * `blank-lines`: paragraphs are separated by blank lines; `line-per-paragraph`:
	 * the file has no blank lines between its lines, so each line is a paragraph.
	 */
	kind: 'blank-lines' | 'line-per-paragraph';
	/** The width the text was hard-wrapped at, in characters, when it was. */
	wrapWidth?: number;
	/** Line breaks inside paragraphs that were joined as soft wraps (no editorial mark). */
	softWraps: number;
	/**
	 * In a file without blank lines: the width most lines end at, when they
	 * cluster like a hard-wrapped text (each line is still read as a paragraph).
	 */
	suspectedWrap?: number;
	/**
	 * Lines that read like a heading (short, no clause punctuation) but fill the
	 * wrap width and were joined to the next line as text: in a narrow column a
	 * heading set right above its paragraph looks the same.
	 */
	doubtfulWraps?: SourceLine[];
}

/** What the archivist decided about a physical line: a heading, or text. */
export type HeadingDecision = 'heading' | 'not-heading';

/**
 * The layout in words, for the report.
 *
 * @example describeLayout({ kind: 'blank-lines', wrapWidth: 38, softWraps: 120 }) // 'paragraphs separated by blank lines, soft-wrapped at ~38 characters (120 line breaks joined, no mark)'
 * @example describeLayout({ kind: 'line-per-paragraph', softWraps: 0 }) // 'one paragraph per line'
 */
export function describeLayout(layout: Layout): string {
	if (layout.kind === 'line-per-paragraph') {
		return layout.suspectedWrap === undefined
			? 'one paragraph per line'
			: `one paragraph per line (but most lines end at ~${layout.suspectedWrap} characters: a hard-wrapped copy?)`;
	}
	if (layout.wrapWidth === undefined) return 'paragraphs separated by blank lines, not wrapped';
	return `paragraphs separated by blank lines, soft-wrapped at ~${layout.wrapWidth} characters (${layout.softWraps} line breaks joined, no mark)`;
}

/**
 * Width of a line in full-width characters: an ASCII or half-width character
 * counts one half, since a PDF or word processor wraps at a width on the page.
 *
 * @example displayWidth('2022年') // 3
 */
export function displayWidth(text: string): number {
	let half = 0;
	for (const char of text) half += /[\u0020-\u007E\uFF61-\uFF9F]/u.test(char) ? 1 : 2;
	return half / 2;
}

const charCount = (text: string) => [...text].length;

/**
 * A wrapped line may fall short of the width by a character or two: CJK line
 * breaking keeps closing punctuation off the start of a line and opening
 * brackets off its end, and pulls or pushes a character to do so.
 */
const WRAP_SLACK = 2;
/** Narrower than this, a run of equal lines is more likely a list than a wrap. */
const MIN_WRAP_WIDTH = 8;
/** Share of the candidate lines that must sit at one width to call the text wrapped. */
const MIN_WRAP_SHARE = 0.5;

/** Runs of lines with no blank line between them. */
function blocksOf(lines: SourceLine[]): SourceLine[][] {
	const blocks: SourceLine[][] = [];
	for (const line of lines) {
		const block = blocks.at(-1);
		if (block && block.at(-1)!.n + 1 === line.n) block.push(line);
		else blocks.push([line]);
	}
	return blocks;
}

/** The width a text was hard-wrapped at, and how a line's width is measured. */
interface Wrap {
	width: number;
	measure: (text: string) => number;
}

/**
 * The width the text was wrapped at and how it is measured (characters, or
 * display width when ASCII counts half), or `undefined` when the lines followed
 * by another line of the same block do not cluster at one width.
 */
function detectWrap(blocks: SourceLine[][]): Wrap | undefined {
	const candidates = blocks.flatMap((block) =>
		block
			.slice(0, -1)
			// Headlines above their subtitle, and headings above their text, are no evidence of wrapping.
			.filter(
				(line, index) =>
					!readSubtitle(line.text) &&
					!readSubtitle(block[index + 1]!.text) &&
					readHeading(line.text).kind === 'text'
			)
	);
	// One line followed by another without a blank line is enough: in a file whose paragraphs are
	// separated by blank lines, such a break is a soft wrap by definition; the width only tells
	// a full line (wrapped) from a short one (the end of a paragraph, or a heading).
	if (candidates.length === 0) return undefined;
	let best: { width: number; share: number; measure: (text: string) => number } | undefined;
	for (const measure of [charCount, displayWidth]) {
		const widths = candidates.map((line) => measure(line.text));
		for (const width of new Set(widths)) {
			if (width < MIN_WRAP_WIDTH) continue;
			const share =
				widths.filter((w) => w >= width - WRAP_SLACK && w <= width + 1).length / widths.length;
			if (!best || share > best.share || (share === best.share && width > best.width))
				best = { width, share, measure };
		}
	}
	return best && best.share >= MIN_WRAP_SHARE
		? { width: best.width, measure: best.measure }
		: undefined;
}

/**
 * Whether a line of a wrapped text goes on in the next line of its block: it is
 * full (at the wrap width) and neither is a heading, a subtitle or a byline
 * (by its shape or by a decision).
 */
function createContinues(
	wrap: Wrap,
	decided: ReadonlyMap<number, HeadingDecision>
): (line: SourceLine, next: SourceLine) => boolean {
	return (line, next) => {
		if (decided.get(line.n) === 'heading' || decided.get(next.n) === 'heading') return false;
		if (readSubtitle(next.text) || isByline(next.text)) return false;
		if (decided.get(line.n) === 'not-heading') return true;
		if (wrap.measure(line.text) < wrap.width - WRAP_SLACK) {
			// A word-wrapping copy moves a whole ASCII word (a number, a URL) to the next line: the
			// line was full if, with that word, it would be (the width found may be one too wide).
			// A line that ends a sentence ends its paragraph all the same.
			const word = /^[\u0021-\u007E]+/u.exec(next.text)?.[0];
			if (
				word === undefined ||
				endsSentence(line.text) ||
				wrap.measure(line.text + word) < wrap.width - WRAP_SLACK
			)
				return false;
		}
		// A full subtitle wraps like text; a full line with heading markup stands alone.
		return readSubtitle(line.text) !== undefined || readHeading(line.text).kind !== 'marked';
	};
}

/** Joins the lines of each block that go on in the next one; notes a heading that may be glued to its text. */
function joinSoftWraps(
	blocks: SourceLine[][],
	continues: (line: SourceLine, next: SourceLine) => boolean,
	decided: ReadonlyMap<number, HeadingDecision>
): { lines: SourceLine[]; doubtful: SourceLine[]; softWraps: number } {
	const lines: SourceLine[] = [];
	const doubtful: SourceLine[] = [];
	let softWraps = 0;
	for (const block of blocks) {
		let current: SourceLine | undefined;
		block.forEach((line, index) => {
			if (current && continues(block[index - 1]!, line)) {
				const previous = block[index - 1]!;
				// Only the first line of a block can be a heading glued to the text under it.
				if (
					index === 1 &&
					!decided.has(previous.n) &&
					!readSubtitle(previous.text) &&
					readHeading(previous.text).kind === 'shape'
				)
					doubtful.push(previous);
				current.wraps = [...(current.wraps ?? []), { n: line.n, offset: current.text.length }];
				current.text += line.text;
				softWraps += 1;
				return;
			}
			current = { n: line.n, text: line.text };
			lines.push(current);
		});
	}
	return { lines, doubtful, softWraps };
}

/**
 * Turns the non-empty physical lines of a seed into its lines of text: in a file
 * whose paragraphs are separated by blank lines and hard-wrapped at a width, the
 * lines of a paragraph are joined (soft wraps, no editorial mark), keeping the
 * physical line where each part starts. A line is joined to the next one of its
 * block only when it is full (at the wrap width): a shorter line ends its
 * paragraph, a line with heading markup stands alone, and a heading decision
 * cuts the block there. A file with no blank lines between its lines keeps one
 * paragraph per line. Page-break joins (across a blank line) are left to the
 * editorial step, which marks them.
 *
 * @param physical the non-empty lines of the file with their line numbers (see `toSourceLines`)
 * @param decided heading decisions by physical line
 */
export function assembleLines(
	physical: SourceLine[],
	decided: ReadonlyMap<number, HeadingDecision> = new Map()
): { lines: SourceLine[]; layout: Layout } {
	const blocks = blocksOf(physical);
	// More line breaks without a blank line than with one: the blank lines, if any, are not what separates paragraphs.
	const perLine = physical.length - blocks.length > blocks.length - 1;
	const wrap = blocks.length > 1 ? detectWrap(blocks) : undefined;
	if (!wrap) {
		// Without blank lines a hard-wrapped copy cannot be read; say so rather than let it pass unseen.
		const suspected = perLine ? detectWrap(blocks) : undefined;
		const layout: Layout = { kind: perLine ? 'line-per-paragraph' : 'blank-lines', softWraps: 0 };
		return {
			lines: physical,
			layout: suspected ? { ...layout, suspectedWrap: suspected.width } : layout,
		};
	}

	const { lines, doubtful, softWraps } = joinSoftWraps(
		blocks,
		createContinues(wrap, decided),
		decided
	);
	const layout: Layout = { kind: 'blank-lines', wrapWidth: wrap.width, softWraps };
	return { lines, layout: doubtful.length > 0 ? { ...layout, doubtfulWraps: doubtful } : layout };
}
