/**
 * Layouts of the same text: blank lines or none, hard wraps at any width,
 * indentation, trailing spaces, line endings, a byte-order mark. Ingest must
 * give the same pages, headings and paragraphs for all of them, with line
 * numbers that stay those of the file it read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toSourceLines } from '../../src/lib/ingest/decode.ts';
import { assembleLines, describeLayout, displayWidth } from '../../src/lib/ingest/layout.ts';
import { sha256 } from '../../src/lib/hash.ts';
import { ingestSource } from '../../src/lib/ingest/pipeline.ts';
import { formatReport } from '../../src/lib/ingest/report.ts';
import { fixtureInput, ingestFixture, readerView } from '../helpers/fixtures.ts';
import { seed2022 } from '../helpers/seeds.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const lines = (text: string) => toSourceLines(text);

describe('assembleLines', () => {
	it('joins the lines of a hard-wrapped paragraph, keeping where each physical line starts', () => {
		const text = '标题\n\n一年来，常委会依法履\n职，各项工作取得新进\n展。\n\n第二段。';
		const { lines: assembled, layout } = assembleLines(lines(text));
		expect(assembled.map((line) => [line.n, line.text])).toEqual([
			[1, '标题'],
			[3, '一年来，常委会依法履职，各项工作取得新进展。'],
			[7, '第二段。'],
		]);
		expect(assembled[1]!.wraps).toEqual([
			{ n: 4, offset: 10 },
			{ n: 5, offset: 20 },
		]);
		expect(layout).toEqual({ kind: 'blank-lines', wrapWidth: 10, softWraps: 2 });
	});

	it('keeps one paragraph per line when the file has no blank lines', () => {
		const text = '标题\n——副标题2031年\n一年来，常委会依法履\n职，各项工作取得新进\n展。';
		const { lines: assembled, layout } = assembleLines(lines(text));
		expect(assembled).toHaveLength(5);
		expect(layout.kind).toBe('line-per-paragraph');
	});

	it('ends a paragraph at a short line, and keeps a marked heading and a subtitle apart from the text under them', () => {
		const text =
			'一年来，常委会依法履\n职。\n一、标题\n代表们走进田间，调研\n产业发展\n\n标题\n——副标题2031年';
		const assembled = assembleLines(lines(text)).lines.map((line) => line.text);
		expect(assembled).toEqual([
			'一年来，常委会依法履职。',
			'一、标题',
			'代表们走进田间，调研产业发展',
			'标题',
			'——副标题2031年',
		]);
	});

	it('reads a hard-wrapped copy without blank lines one paragraph per line, and says the lines look wrapped', () => {
		const text = new TextDecoder()
			.decode(fixtureInput('hard-wrapped').bytes)
			.replace(/\n\n+/g, '\n');
		expect(assembleLines(lines(text)).layout).toEqual({
			kind: 'line-per-paragraph',
			softWraps: 0,
			suspectedWrap: 38,
		});
		expect(
			assembleLines(lines(new TextDecoder().decode(fixtureInput('one-per-line').bytes))).layout
		).toEqual({ kind: 'line-per-paragraph', softWraps: 0 });
	});

	it('joins a line cut short because the next ASCII word did not fit (a word-wrapping copy)', () => {
		const text =
			'标题\n\n一年来，常委会依法履\n职，持续推进各项工作\n，相关资料详见\nwww.datong-example.gov\n，工作取得新进展。';
		expect(assembleLines(lines(text)).lines.map((line) => line.text)).toEqual([
			'标题',
			'一年来，常委会依法履职，持续推进各项工作，相关资料详见www.datong-example.gov，工作取得新进展。',
		]);
		// A short line whose next word would have fitted ends its paragraph.
		const fits = '标题\n\n一年来，常委会依法履\n职，持续推进各项工作\n，已建成\n3个站点。\n\n尾。';
		expect(assembleLines(lines(fits)).lines.map((line) => line.text)).toEqual([
			'标题',
			'一年来，常委会依法履职，持续推进各项工作，已建成',
			'3个站点。',
			'尾。',
		]);
	});

	it('wraps a full subtitle like text but never into the byline under it', () => {
		const text =
			'标题\n——市人大常委会20\n33年工作综述\n本报记者 王五\n\n一年来，常委会依\n法履职，工作有\n序推进。';
		expect(assembleLines(lines(text)).lines.map((line) => line.text)).toEqual([
			'标题',
			'——市人大常委会2033年工作综述',
			'本报记者 王五',
			'一年来，常委会依法履职，工作有序推进。',
		]);
	});

	it('cuts a block where a heading decision says a line is a heading', () => {
		const text = '一年来，常委会依法履\n代表们走进田间，调研\n职，各项工作取得新进\n\n尾。';
		const decided = new Map([[2, 'heading' as const]]);
		expect(assembleLines(lines(text), decided).lines.map((line) => line.n)).toEqual([1, 2, 3, 5]);
		expect(assembleLines(lines(text)).lines.map((line) => line.n)).toEqual([1, 5]);
	});
});

describe('describeLayout', () => {
	it('says how the file is laid out, as the report shows it', () => {
		expect(describeLayout({ kind: 'blank-lines', wrapWidth: 38, softWraps: 12 })).toBe(
			'paragraphs separated by blank lines, soft-wrapped at ~38 characters (12 line breaks joined, no mark)'
		);
		expect(describeLayout({ kind: 'blank-lines', softWraps: 0 })).toBe(
			'paragraphs separated by blank lines, not wrapped'
		);
		expect(describeLayout({ kind: 'line-per-paragraph', softWraps: 0 })).toBe(
			'one paragraph per line'
		);
		expect(describeLayout({ kind: 'line-per-paragraph', softWraps: 0, suspectedWrap: 38 })).toBe(
			'one paragraph per line (but most lines end at ~38 characters: a hard-wrapped copy?)'
		);
	});
});

describe('displayWidth', () => {
	it('counts ASCII as half a Chinese character', () => {
		expect(displayWidth('2022年')).toBe(3);
		expect(displayWidth('市人大')).toBe(3);
	});
});

/** How a copy may lay out the same text. */
interface Style {
	/** Hard-wrap width in characters, or 0 for none (only with blank lines: without them each line is a paragraph). */
	width: number;
	/** Whether ASCII words move whole to the next line rather than being cut. */
	words: boolean;
	indent: string;
	trailing: string;
	/** What separates two lines of the clean text. */
	blank: 'none' | 'one' | 'two' | 'spaces';
	eol: '\n' | '\r\n' | '\r' | 'mixed';
	bom: boolean;
}

/**
 * Breaks a line into pieces of `width` characters, never next to a space (a copy
 * drops a space at a break); with `words`, an ASCII word that would cross the
 * width moves whole to the next piece, as a word-wrapping program does.
 */
function wrap(line: string, width: number, words = false): string[] {
	const chars = [...line];
	const out: string[] = [];
	const ascii = (char: string | undefined) => char !== undefined && /[\u0021-\u007E]/u.test(char);
	while (chars.length > width) {
		let cut = width;
		if (words) {
			let start = cut;
			while (start > 0 && ascii(chars[start - 1]) && ascii(chars[start])) start -= 1;
			if (start > 0) cut = start;
		}
		while (cut < chars.length && (chars[cut - 1] === ' ' || chars[cut] === ' ')) cut += 1;
		out.push(chars.splice(0, cut).join(''));
	}
	out.push(chars.join(''));
	return out;
}

/** Lays out the lines of a clean text in a style; `keep` are the lines never wrapped (headings, titles). */
function relayout(clean: string[], keep: ReadonlySet<string>, style: Style): Uint8Array {
	const physical: string[] = [];
	clean.forEach((line, index) => {
		if (index > 0) {
			if (style.blank === 'one') physical.push('');
			if (style.blank === 'two') physical.push('', '');
			if (style.blank === 'spaces') physical.push(' \u3000 ');
		}
		const parts =
			style.width > 0 && !keep.has(line) ? wrap(line, style.width, style.words) : [line];
		for (const part of parts) physical.push(`${style.indent}${part}${style.trailing}`);
	});
	const text = physical
		// Mixed endings are LF and CRLF (a CR followed by the LF of an empty line would read as one CRLF).
		.map((line, index) => line + (style.eol === 'mixed' ? ['\n', '\r\n'][index % 2]! : style.eol))
		.join('');
	return utf8(`${style.bom ? '\uFEFF' : ''}${text}`);
}

const style: fc.Arbitrary<Style> = fc
	.record({
		width: fc.oneof(fc.constant(0), fc.integer({ min: 10, max: 60 })),
		words: fc.boolean(),
		indent: fc.constantFrom('', '  ', '\u3000\u3000', '\t', ' \u3000'),
		trailing: fc.constantFrom('', ' ', '\t', '\u3000', '  '),
		blank: fc.constantFrom<Style['blank']>('none', 'one', 'two', 'spaces'),
		eol: fc.constantFrom<Style['eol']>('\n', '\r\n', '\r', 'mixed'),
		bom: fc.boolean(),
	})
	.map((s) => (s.blank === 'none' ? { ...s, width: 0 } : s));

describe('ingestSource under any layout of a fixture', () => {
	it('the real 2022 seed: any wrap width, indentation, trailing space, blank-line style, line ending and BOM give the same pages and paragraphs', () => {
		const seed = seed2022();
		const ingest = (bytes: Uint8Array) =>
			ingestSource({
				...seed,
				bytes,
				meta: {
					...seed.meta,
					data: { ...seed.meta.data, source: { ...seed.meta.data.source, sha256: sha256(bytes) } },
				},
			});
		const clean = ingest(seed.bytes);
		const physical = toSourceLines(new TextDecoder().decode(seed.bytes));
		const body = new Set(
			clean.pages.flatMap((page) =>
				page.model.blocks.flatMap((block) => (block.type === 'paragraph' ? block.lines : []))
			)
		);
		const keep = new Set(physical.filter((line) => !body.has(line.n)).map((line) => line.text));
		const expected = readerView(clean);
		fc.assert(
			fc.property(style, (s) => {
				expect(
					readerView(
						ingest(
							relayout(
								physical.map((line) => line.text),
								keep,
								s
							)
						)
					)
				).toEqual(expected);
			}),
			{ numRuns: 25 }
		);
	});

	it.each(['clean-2033', 'year-2031', 'mini', 'numbered-headings', 'decorated-headings'])(
		'%s: any wrap width, indentation, trailing space, blank-line style, line ending and BOM give the same pages and paragraphs',
		(name) => {
			const clean = ingestFixture(name);
			const expected = readerView(clean);
			const text = new TextDecoder().decode(fixtureInput(name).bytes);
			const cleanLines = toSourceLines(text).map((line) => line.text);
			// Headlines, subtitles, bylines and headings are set on a line of their own; only paragraphs wrap.
			const body = new Set(
				clean.pages.flatMap((page) =>
					page.model.blocks.flatMap((block) => (block.type === 'paragraph' ? block.lines : []))
				)
			);
			const keep = new Set(
				toSourceLines(text)
					.filter((line) => !body.has(line.n))
					.map((line) => line.text)
			);
			fc.assert(
				fc.property(style, (s) => {
					expect(readerView(ingestFixture(name, relayout(cleanLines, keep, s)))).toEqual(expected);
				}),
				{ numRuns: 60 }
			);
		}
	);

	it('a PDF-like copy of the real 2022 text (all the traces at once) gives the same pages, and the report says what it read', () => {
		const seed = seed2022();
		const clean = ingestSource(seed);
		const headings = new Set(
			clean.pages.flatMap((page) =>
				page.model.blocks.flatMap((block) => (block.type === 'heading' ? [block.text] : []))
			)
		);
		const committees = new Set(clean.pages.slice(1).map((page) => page.model.title));
		const numbers = ['一、', '二、', '三、', '四、', '五、'];
		const out: string[] = [];
		let numbered = 0;
		for (const line of new TextDecoder()
			.decode(seed.bytes)
			.split('\n')
			.map((l) => l.trim())) {
			if (line === '') out.push('');
			// A numbered heading set right above its paragraph, with no blank line between.
			else if (headings.has(line)) out.push(`${numbers[numbered++]}${line}\u0000`);
			else if (committees.has(line)) out.push(`【${line}】`);
			else if (line.startsWith('——')) out.push(`—${line.slice(2)}`);
			else out.push(...wrap(line, 38).map((part) => `\u3000\u3000${part}`));
		}
		// NUL marks where the blank line after a numbered heading goes; it never occurs in the text.
		// eslint-disable-next-line no-control-regex
		const copy = `\uFEFF${out.join('\r\n').replace(/\u0000\r\n\r\n/gu, '\r\n')}`;
		const bytes = utf8(copy);
		const result = ingestSource({
			...seed,
			bytes,
			meta: {
				...seed.meta,
				data: { ...seed.meta.data, source: { ...seed.meta.data.source, sha256: sha256(bytes) } },
			},
		});
		const unnumbered = (view: ReturnType<typeof readerView>) =>
			view.map((page) => ({
				...page,
				blocks: page.blocks.map((block) => block.replace(/^§ [一二三四五]、/u, '§ ')),
			}));
		expect(unnumbered(readerView(result))).toEqual(readerView(clean));
		expect(
			result.pages[0]!.model.blocks.filter((block) => block.type === 'heading').map((block) =>
				block.type === 'heading' ? block.text.slice(0, 2) : ''
			)
		).toEqual(numbers);
		const report = formatReport(result, [], { dryRun: true, check: false });
		expect(report).toMatch(
			/layout: paragraphs separated by blank lines, soft-wrapped at ~38 characters \(\d+ line breaks joined, no mark\)/
		);
		expect(report).toContain('“【市人大法制委】” → “市人大法制委” (heading, 【…】 removed)');
		expect(report).toContain('(subtitle dash read as ——)');
		// Provenance points at the copy's own lines: the lacuna follows the physical line that ends with the cut.
		const lacuna = result.pages
			.flatMap((page) => page.model.editorial)
			.find((entry) => entry.type === 'lacuna');
		expect(
			lacuna?.type === 'lacuna' &&
				copy.split('\r\n')[lacuna.line - 1]!.endsWith('《关于加强和规范检察')
		).toBe(true);
	});

	it('keeps line numbers true to the file: a join and a note in a wrapped copy point at its physical lines', () => {
		const wrapped = ingestFixture('hard-wrapped');
		const physical = toSourceLines(new TextDecoder().decode(fixtureInput('hard-wrapped').bytes));
		const at = (n: number) => physical.find((line) => line.n === n)!.text;
		const entries = wrapped.pages[0]!.model.editorial;
		const join = entries.find((entry) => entry.type === 'join');
		const note = entries.find((entry) => entry.type === 'note');
		expect(
			join?.type === 'join' && [
				at(join.lines[0]).endsWith('始终在市委的'),
				at(join.lines[1]).startsWith('统一领导下'),
			]
		).toEqual([true, true]);
		expect(note?.type === 'note' && at(note.line).includes('提出审议意见28条')).toBe(true);
		expect(wrapped.layout).toEqual({ kind: 'blank-lines', wrapWidth: 38, softWraps: 8 });
	});
});
