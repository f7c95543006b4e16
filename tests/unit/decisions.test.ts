import { describe, expect, it } from 'vitest';
import { toSourceLines } from '../../src/lib/ingest/decode.ts';
import { resolveHeadingDecisions } from '../../src/lib/ingest/decisions.ts';
import { IngestError } from '../../src/lib/content/ingest-error.ts';
import { ingestSource } from '../../src/lib/ingest/pipeline.ts';
import { parseSeedMeta } from '../../src/lib/content/seed-meta.ts';
import { decisionsFor, ingestText, MINI } from '../helpers/seeds.ts';

describe('parseSeedMeta', () => {
	it('names the file and the field of a bad value', () => {
		expect(() =>
			parseSeedMeta(
				'source:\n  file: 2031.txt\n  originalName: a\n  sha256: abc\n  received: 2031-01-01\n',
				'seeds/2031.yaml'
			)
		).toThrow('seeds/2031.yaml: source.sha256: expected a lowercase hex sha256');
		expect(() =>
			parseSeedMeta(decisionsFor(MINI, '  - type: lacuna\n    after: 某处\n'), 'seeds/2031.yaml')
		).toThrow(/seeds\/2031\.yaml: decisions\.0\.note: /);
		expect(() =>
			parseSeedMeta(decisionsFor(MINI, '  - type: erase\n    at: 某处\n'), 'seeds/2031.yaml')
		).toThrow(/decisions\.0\.type/);
	});

	it('refuses an alias bomb ("billion laughs") with a message, not a stack trace', () => {
		const bomb =
			'x0: &a0 [l, l, l, l, l, l, l, l, l]\n' +
			Array.from(
				{ length: 8 },
				(_, i) => `x${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]\n`
			).join('');
		expect(() => parseSeedMeta(`${decisionsFor(MINI, '')}\n${bomb}`, 'seeds/2031.yaml')).toThrow(
			/^seeds\/2031\.yaml: not valid for a decisions file: Excessive alias count/
		);
	});

	it('refuses a tag outside YAML core types, with its line', () => {
		expect(() =>
			parseSeedMeta(`${decisionsFor(MINI, '')}  - !!js/function "x"\n`, 'seeds/2031.yaml')
		).toThrow(/seeds\/2031\.yaml:\d+: /);
	});

	it('refuses an empty decisions file and a stray tab with a message (an IngestError), not a crash', () => {
		for (const text of ['', '# only a comment\n', `${decisionsFor(MINI, '')}\t- bad indent\n`]) {
			let error: unknown;
			try {
				parseSeedMeta(text, 'seeds/2031.yaml');
			} catch (caught) {
				error = caught;
			}
			expect(error).toBeInstanceOf(IngestError);
			expect((error as Error).message).toMatch(/^seeds\/2031\.yaml(:\d+)?: /);
		}
	});

	it('refuses YAML that does not parse', () => {
		expect(() => parseSeedMeta('source: [', 'seeds/2031.yaml')).toThrow(
			/seeds\/2031\.yaml: not valid YAML/
		);
	});
});

describe('resolveDecisions', () => {
	it('fails the ingest when a quoted text is no longer in the source', () => {
		expect(() =>
			ingestText(MINI, '  - type: note\n    at: 不存在的文字\n    note: {zh: 注, en: Note}\n')
		).toThrow(
			/fixture\.yaml: decision 1 \(note\): the quoted text “不存在的文字” is not found anywhere in the source/
		);
	});

	it('fails when a quote is ambiguous, listing the lines', () => {
		expect(() =>
			ingestText(MINI, '  - type: note\n    at: 正文\n    note: {zh: 注, en: Note}\n')
		).toThrow(/occurs \d+ times \(lines 17, 25, 29\)/);
	});

	it('needs the text a lacuna follows at the end of a line', () => {
		expect(() =>
			ingestText(MINI, '  - type: lacuna\n    after: 始终在\n    note: {zh: 缺, en: Gap}\n')
		).toThrow(/“始终在” is not found at the end of any line/);
	});

	it('refuses a seed that changed since its sha256 was recorded', () => {
		const yaml = decisionsFor(MINI, '  []').replace(/sha256: "\w+"/, `sha256: "${'0'.repeat(64)}"`);
		const meta = { file: 'seeds/2031.yaml', data: parseSeedMeta(yaml, 'seeds/2031.yaml') };
		expect(() =>
			ingestSource({ file: 'seeds/2031.txt', bytes: new TextEncoder().encode(MINI), meta })
		).toThrow(
			/seeds\/2031\.yaml: source\.sha256 is 0+ but seeds\/2031\.txt has sha256 [0-9a-f]{64}: the seed changed/
		);
	});

	it('places key figures on the page and paragraph that state them, and fails on a figure no longer in the source', () => {
		const withFigure = (at: string) => MINI_FIGURES.replace('AT', at);
		const result = ingestSource({
			file: 'mini.txt',
			bytes: new TextEncoder().encode(MINI),
			meta: { file: 'mini.yaml', data: parseSeedMeta(withFigure('法制委正文'), 'mini.yaml') },
		});
		expect(result.pages.find((p) => p.model.slug === 'legal-affairs')!.model.figures).toEqual([
			{ quote: '法制委正文', en: 'Legal affairs text', paragraph: 1 },
		]);
		expect(() =>
			ingestSource({
				file: 'mini.txt',
				bytes: new TextEncoder().encode(MINI),
				meta: { file: 'mini.yaml', data: parseSeedMeta(withFigure('没有的数字'), 'mini.yaml') },
			})
		).toThrow(
			'mini.yaml: figure 1: the quoted text “没有的数字” is not found anywhere in the source'
		);
	});
});

const MINI_FIGURES = `${decisionsFor(MINI, '  []')}\nfigures:\n  - at: AT\n    en: Legal affairs text\n`;

describe('resolveHeadingDecisions', () => {
	it('locates a heading decision by the whole line, and refuses part of a line or a line printed twice', () => {
		const lines = toSourceLines(MINI);
		expect(
			resolveHeadingDecisions(
				parseSeedMeta(
					decisionsFor(MINI, '  - type: not-heading\n    line: 第一部分 标题\n'),
					'x.yaml'
				).decisions,
				lines,
				'x.yaml'
			)
		).toEqual(new Map([[9, 'not-heading']]));
		expect(() =>
			resolveHeadingDecisions(
				parseSeedMeta(decisionsFor(MINI, '  - type: heading\n    line: 第一部分\n'), 'x.yaml')
					.decisions,
				lines,
				'x.yaml'
			)
		).toThrow(
			'x.yaml: decision 1 (heading): no line of the source reads “第一部分”; quote the whole line as printed'
		);
		const twice = `${MINI}\n\n第一部分 标题\n`;
		expect(() =>
			resolveHeadingDecisions(
				parseSeedMeta(decisionsFor(twice, '  - type: heading\n    line: 第一部分 标题\n'), 'x.yaml')
					.decisions,
				toSourceLines(twice),
				'x.yaml'
			)
		).toThrow(/the line “第一部分 标题” occurs 2 times \(lines 9, 32\)/);
	});

	it('makes a line text (not-heading) or a heading, and fails when the decision applies to no report text', () => {
		const asText = ingestText(MINI, '  - type: not-heading\n    line: 第一部分 标题\n');
		expect(asText.pages[0]!.model.blocks.filter((block) => block.type === 'heading')).toHaveLength(
			1
		);
		const asHeading = ingestText(MINI, '  - type: heading\n    line: 开篇第一段。\n');
		expect(asHeading.pages[0]!.model.blocks[0]).toEqual({
			type: 'heading',
			text: '开篇第一段。',
			line: 7,
		});
		expect(() => ingestText(MINI, '  - type: heading\n    line: 总标题一\n')).toThrow(
			/decisions that do not apply:\n {2}heading decision at line 1: the line is not part of a report's text/
		);
	});
});
