/** The jobs applyEditorial is made of, each on its own: joins, apparatus, figures, unused decisions. */
import { describe, expect, it } from 'vitest';
import { numberApparatus } from '../../src/lib/ingest/apparatus.ts';
import { lastLineOf, lineAtOffset, type SourceLine } from '../../src/lib/ingest/decode.ts';
import type { ResolvedDecisions } from '../../src/lib/ingest/decisions.ts';
import { ambiguousLine } from '../../src/lib/ingest/ambiguous-line.ts';
import { placeFigures } from '../../src/lib/ingest/figures.ts';
import { groupParagraphs } from '../../src/lib/ingest/joins.ts';
import type { SourceSection } from '../../src/lib/ingest/segment.ts';
import { checkUnusedDecisions, createUsedDecisions } from '../../src/lib/ingest/unused.ts';

const none = (): ResolvedDecisions => ({
	lacunae: new Map(),
	joins: new Map(),
	duplicates: [],
	notes: [],
	figures: [],
	headings: new Map(),
});
const line = (n: number, text: string, wraps?: SourceLine['wraps']): SourceLine => ({
	n,
	text,
	...(wraps && { wraps }),
});
const section = (...lines: SourceLine[]): SourceSection => ({
	kind: 'overview',
	article: { title: line(1, '标题'), subtitle: line(3, '——副标题2033年'), body: lines },
	items: lines.map((l) => ({ type: 'paragraph', line: l })),
});

describe('groupParagraphs', () => {
	it('joins a paragraph cut mid-sentence to the next one, and not one that ends a sentence', () => {
		const units = groupParagraphs(
			section(
				line(5, '一年来，常委会始终在市委的'),
				line(7, '领导下开展工作。'),
				line(9, '第二段。')
			),
			none(),
			createUsedDecisions(),
			'x.txt',
			'x.yaml'
		);
		expect(
			units.map((unit) => (unit.type === 'group' ? unit.lines.map((l) => l.n) : unit.text))
		).toEqual([[5, 7], [9]]);
	});

	it('stops rather than glue a heading-like line to the next paragraph, and joins it once decided', () => {
		const items = section(
			line(5, '一、坚持党的领导，把稳政治方向'),
			line(7, '一年来，常委会依法履职。')
		);
		expect(() => groupParagraphs(items, none(), createUsedDecisions(), 'x.txt', 'x.yaml')).toThrow(
			/^x\.txt:5: the line “一、坚持党的领导，把稳政治方向” could be a heading or the start of a paragraph cut by a page break and continued at line 7/
		);
		const decided = { ...none(), headings: new Map([[5, 'not-heading' as const]]) };
		expect(groupParagraphs(items, decided, createUsedDecisions(), 'x.txt', 'x.yaml')).toHaveLength(
			1
		);
	});
});

describe('numberApparatus', () => {
	it('gives a join in a soft-wrapped paragraph the physical lines the page broke between', () => {
		const first = line(5, '一年来，常委会始终在市委的', [{ n: 6, offset: 6 }]);
		const units = [
			{
				type: 'group' as const,
				lines: [first, line(8, '领导下开展工作。')],
				joinNotes: [undefined],
			},
		];
		const apparatus = numberApparatus(units, none(), createUsedDecisions(), {
			slug: 'standing-committee',
			file: 'x.txt',
			lastLineOfFile: 8,
		});
		expect(apparatus.editorial).toEqual([{ n: 1, type: 'join', paragraph: 1, lines: [6, 8] }]);
		expect(apparatus.blocks).toEqual([
			{
				type: 'paragraph',
				n: 1,
				lines: [5, 8],
				inlines: [
					{ type: 'text', value: '一年来，常委会始终在市委的' },
					{ type: 'join', n: 1 },
					{ type: 'text', value: '领导下开展工作。' },
				],
			},
		]);
	});

	it('marks a text that ends mid-sentence on its last line as truncated', () => {
		const units = [
			{
				type: 'group' as const,
				lines: [line(5, '一年来，常委会始终在', [{ n: 6, offset: 4 }])],
				joinNotes: [],
			},
		];
		const apparatus = numberApparatus(units, none(), createUsedDecisions(), {
			slug: 'standing-committee',
			file: 'x.txt',
			lastLineOfFile: 6,
		});
		expect(apparatus.editorial).toEqual([{ n: 1, type: 'truncation', paragraph: 1, line: 6 }]);
		expect(apparatus.warnings).toEqual([
			'x.txt:6: the source ends mid-sentence; is the file truncated? A truncation mark was added.',
		]);
	});
});

describe('placeFigures', () => {
	it('links each figure to the paragraph of its line, and leaves figures of other pages', () => {
		const used = createUsedDecisions();
		const figures = [
			{ line: 5, quote: '12次', en: '12 times' },
			{ line: 40, quote: '3件', en: '3 bills' },
		];
		expect(placeFigures(figures, new Map([[5, 2]]), used)).toEqual([
			{ quote: '12次', en: '12 times', paragraph: 2 },
		]);
		expect([...used.figures]).toEqual([5]);
	});
});

describe('createUsedDecisions', () => {
	it('starts with nothing used', () => {
		expect(
			(Object.values(createUsedDecisions()) as Set<number>[]).every((set) => set.size === 0)
		).toBe(true);
	});
});

describe('checkUnusedDecisions', () => {
	it('lists every decision that applied nowhere, heading decisions included', () => {
		const decisions = {
			...none(),
			joins: new Map([[9, { join: true }]]),
			headings: new Map([[1, 'heading' as const]]),
		};
		expect(() => checkUnusedDecisions(decisions, createUsedDecisions(), 'x.txt')).toThrow(
			"x.txt: decisions that do not apply:\n  join decision at line 9: the next line does not continue the same report\n  heading decision at line 1: the line is not part of a report's text"
		);
		const used = createUsedDecisions();
		used.joins.add(9);
		used.headings.add(1);
		expect(() => checkUnusedDecisions(decisions, used, 'x.txt')).not.toThrow();
	});
});

describe('lastLineOf', () => {
	it('is the last physical line of a soft-wrapped line', () => {
		expect(lastLineOf(line(3, '一二三四', [{ n: 4, offset: 2 }]))).toBe(4);
		expect(lastLineOf(line(3, '一二三四'))).toBe(3);
	});
});

describe('lineAtOffset', () => {
	it('is the physical line that holds a character', () => {
		const wrapped = line(3, '一二三四五六', [
			{ n: 4, offset: 2 },
			{ n: 6, offset: 4 },
		]);
		expect([0, 1, 2, 3, 4, 5].map((offset) => lineAtOffset(wrapped, offset))).toEqual([
			3, 3, 4, 4, 6, 6,
		]);
	});
});

describe('ambiguousLine', () => {
	it('names the file, the line, both readings and the decisions to paste', () => {
		const error = ambiguousLine(
			'seeds/2033.txt',
			'seeds/2033.yaml',
			{ n: 9, text: '坚持党的领导' },
			'a heading',
			'text'
		);
		expect(error.line).toBe(9);
		expect(error.message).toBe(
			'seeds/2033.txt:9: the line “坚持党的领导” could be a heading or text, and the rules cannot tell. Ingest does not guess: record the reading in seeds/2033.yaml under decisions, then run ingest again:\n' +
				'    - type: heading        # it is a heading\n      line: "坚持党的领导"\n  or\n    - type: not-heading    # it is text\n      line: "坚持党的领导"'
		);
	});
});
