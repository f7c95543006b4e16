import { describe, expect, it } from 'vitest';
import { paragraphText } from '../../src/lib/content/page-model.ts';
import { ingestSource } from '../../src/lib/ingest/pipeline.ts';
import { ingestText, MINI, seed2022 } from '../helpers/seeds.ts';

const result2022 = () => ingestSource(seed2022());
const page = (slug: string) => result2022().pages.find((p) => p.model.slug === slug)!.model;

describe('applyEditorial on the 2022 source', () => {
	it('yields the eight pages with their paragraph counts', () => {
		expect(
			result2022().pages.map((p) => [
				p.path,
				p.model.blocks.filter((b) => b.type === 'paragraph').length,
			])
		).toEqual([
			['2022/zh/standing-committee.mdx', 27],
			['2022/zh/legal-affairs.mdx', 3],
			['2022/zh/finance-economics.mdx', 3],
			['2022/zh/social-development.mdx', 3],
			['2022/zh/education-science-culture-health.mdx', 2],
			['2022/zh/agriculture-rural-affairs.mdx', 2],
			['2022/zh/ethnic-religious-overseas-affairs.mdx', 2],
			['2022/zh/personnel-deputies.mdx', 2],
		]);
	});

	it('repairs five of the six page breaks and marks the sixth as a lacuna', () => {
		const entries = result2022().pages.flatMap((p) => p.model.editorial);
		expect(
			entries.filter((e) => e.type === 'join').map((e) => (e.type === 'join' ? e.lines : []))
		).toEqual([
			[25, 27],
			[37, 39],
			[53, 55],
			[69, 71],
			[125, 127],
		]);
		expect(
			entries.filter((e) => e.type === 'lacuna').map((e) => (e.type === 'lacuna' ? e.line : 0))
		).toEqual([107]);
	});

	it('joins a broken paragraph into one sentence with a join mark where the page broke', () => {
		const paragraph = page('standing-committee').blocks.find(
			(b) => b.type === 'paragraph' && b.lines.includes(55)
		);
		expect(paragraph?.type === 'paragraph' && paragraph.inlines).toEqual([
			{
				type: 'text',
				value:
					'一年来，围绕“三农”工作加强监督，开展全市农村“颐养工程”实施情况专题调研，检查农业生产托管服务条例实施情况，调研全市农产',
			},
			{ type: 'join', n: 3 },
			{
				type: 'text',
				value: '品、黄花加工产业发展情况，助推我市巩固拓展脱贫攻坚成果同乡村振兴有效衔接。',
			},
		]);
	});

	it('keeps the two sides of the lacuna apart, with the mark between them', () => {
		const blocks = page('social-development').blocks;
		expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'lacuna', 'paragraph']);
		const [before, after] = [blocks[1]!, blocks[3]!];
		expect(
			before.type === 'paragraph' &&
				paragraphText(before).endsWith('在我省首次作出《关于加强和规范检察')
		).toBe(true);
		expect(
			after.type === 'paragraph' && paragraphText(after).startsWith('业形态劳动者合法权益新要求')
		).toBe(true);
	});

	it('keeps the duplicated legal-affairs paragraph and flags it', () => {
		const legal = page('legal-affairs');
		expect(legal.blocks.map((b) => b.type)).toEqual([
			'paragraph',
			'paragraph',
			'duplicate',
			'paragraph',
		]);
		expect(legal.editorial).toContainEqual(
			expect.objectContaining({ type: 'duplicate', paragraph: 3, of: 2, line: 93 })
		);
	});

	it('attaches sic notes right after the quoted phrase', () => {
		const education = page('education-science-culture-health');
		const text = education.blocks
			.flatMap((b) => (b.type === 'paragraph' ? b.inlines : []))
			.map((i) => (i.type === 'text' ? i.value : `[${i.type} ${i.n}]`))
			.join('');
		expect(text).toContain('修复与修复[note 1]');
		expect(text).toContain('大同蓝、大同绿、大同绿[note 2]”');
	});

	it('moves the credit line to the frontmatter of the group article and reports the count mismatch', () => {
		const result = result2022();
		expect(result.pages.filter((p) => p.model.credit === '本组稿件由郑苗苗采写')).toHaveLength(7);
		expect(page('standing-committee').byline).toBe('本报记者 郑苗苗');
		expect(result.candidates).toContainEqual(
			expect.objectContaining({ kind: 'numbers', line: 135 })
		);
	});
});

describe('applyEditorial on small fixtures', () => {
	it('joins a page break and numbers marks in reading order', () => {
		const result = ingestText(MINI);
		const overview = result.pages[0]!.model;
		expect(overview.editorial).toEqual([{ n: 1, type: 'join', paragraph: 2, lines: [11, 13] }]);
		expect(overview.blocks.map((b) => b.type)).toEqual([
			'paragraph',
			'heading',
			'paragraph',
			'heading',
			'paragraph',
		]);
	});

	it('does not join where a decision says the line ends a paragraph', () => {
		const result = ingestText(
			MINI,
			'  - type: join\n    after: 始终在市委的\n    join: false\n    note: {zh: 不接续, en: Not joined}\n'
		);
		const overview = result.pages[0]!.model;
		expect(overview.editorial).toEqual([]);
		expect(overview.blocks.filter((b) => b.type === 'paragraph')).toHaveLength(4);
	});

	it('joins where a decision says so, even after sentence punctuation', () => {
		const result = ingestText(MINI, '  - type: join\n    after: 开篇第一段。\n    join: true\n');
		expect(result.pages[0]!.model.editorial[0]).toEqual({
			n: 1,
			type: 'join',
			paragraph: 1,
			lines: [7, 9],
		});
	});

	it('marks a file that ends mid-sentence as truncated, with a warning', () => {
		const result = ingestText(
			MINI.replace('民宗侨外工委正文。本组稿件由张三采写', '民宗侨外工委正文，到此为止')
		);
		const last = result.pages.at(-1)!.model;
		expect(last.blocks.at(-1)).toEqual({ type: 'truncation', n: 1 });
		expect(last.editorial).toEqual([{ n: 1, type: 'truncation', paragraph: 1, line: 29 }]);
		expect(result.warnings.join('\n')).toMatch(/fixture\.txt:29: the source ends mid-sentence/);
	});

	it('reports a line without punctuation before a heading as a candidate, without joining', () => {
		const result = ingestText(MINI.replace('第二部分正文。', '第二部分正文，句子没有结尾'));
		expect(result.candidates).toContainEqual(
			expect.objectContaining({ kind: 'unjoined', line: 17 })
		);
	});
});
