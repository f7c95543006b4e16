import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/lib/hash.ts';
import {
	committeeOfHeading,
	isByline,
	looksLikeHeading,
	numberingOf,
	readHeading,
	readSubtitle,
	stripDecoration,
} from '../../src/lib/ingest/headings.ts';
import { ingestSource } from '../../src/lib/ingest/pipeline.ts';
import { readerView } from '../helpers/fixtures.ts';
import { seed2022 } from '../helpers/seeds.ts';

describe('readSubtitle', () => {
	it.each(['——', '—', '──', '--', '－－', '― ', '-- '])(
		'reads a subtitle introduced by “%s” as ——',
		(dash) => {
			expect(readSubtitle(`${dash}市人大常委会2033年工作综述`)).toBe(
				'——市人大常委会2033年工作综述'
			);
		}
	);
	it('reads no subtitle in a line without a leading dash, or in a dash alone', () => {
		expect(readSubtitle('市人大常委会2033年工作综述')).toBeUndefined();
		expect(readSubtitle('——')).toBeUndefined();
	});
});

describe('stripDecoration', () => {
	it.each([
		['【市人大法制委】', '【…】'],
		['■市人大法制委', '■…'],
		['■ 市人大法制委', '■…'],
		['## 市人大法制委', '## …'],
		['**市人大法制委**', '**…**'],
		['## **市人大法制委**', '## … **…**'],
	])('removes the markup of %s', (line, decoration) => {
		expect(stripDecoration(line)).toEqual({ text: '市人大法制委', decoration });
	});
	it('leaves a line without markup, and markup inside a line, as they are', () => {
		expect(stripDecoration('坚持党的领导')).toEqual({ text: '坚持党的领导' });
		expect(stripDecoration('会议讨论了**加粗**等字符')).toEqual({
			text: '会议讨论了**加粗**等字符',
		});
	});
});

describe('numberingOf', () => {
	it.each([
		['一、坚持党的领导', '一、'],
		['十二、坚持党的领导', '十二、'],
		['（一）坚持党的领导', '（一）'],
		['(三) 坚持党的领导', '(三) '],
		['1.坚持党的领导', '1.'],
		['1. 坚持党的领导', '1. '],
		['2、坚持党的领导', '2、'],
		['１．坚持党的领导', '１．'],
		['第一部分 坚持党的领导', '第一部分 '],
		['第二部分坚持党的领导', '第二部分'],
		['第三部分：坚持党的领导', '第三部分：'],
	])('finds the numbering of %s', (line, numbering) => {
		expect(numberingOf(line)).toBe(numbering);
	});
	it('finds none in running text that starts with a number', () => {
		expect(numberingOf('2022年，是开局之年。')).toBeUndefined();
		expect(numberingOf('10.5亿元用于民生')).toBeUndefined();
		expect(numberingOf('一年来，常委会依法履职。')).toBeUndefined();
		expect(numberingOf('一、')).toBeUndefined();
	});
});

describe('committeeOfHeading', () => {
	it('names the committee of a heading, numbered or not', () => {
		expect(committeeOfHeading('市人大法制委')?.slug).toBe('legal-affairs');
		expect(committeeOfHeading('（二）市人大财经委')?.slug).toBe('finance-economics');
		expect(committeeOfHeading('坚持党的领导')).toBeUndefined();
	});
});

describe('readHeading', () => {
	it('keeps numbering verbatim and calls the heading marked', () => {
		expect(readHeading('一、坚持党的领导 强化政治引领')).toEqual({
			kind: 'marked',
			text: '一、坚持党的领导 强化政治引领',
		});
	});
	it('removes decoration and a committee heading’s colon', () => {
		expect(readHeading('【市人大法制委】')).toEqual({
			kind: 'marked',
			text: '市人大法制委',
			decoration: '【…】',
		});
		expect(readHeading('市人大常委会农工委：')).toEqual({
			kind: 'marked',
			text: '市人大常委会农工委',
			decoration: '…：',
		});
		expect(readHeading('**坚持党的领导**')).toEqual({
			kind: 'marked',
			text: '坚持党的领导',
			decoration: '**…**',
		});
	});
	it('reads a short unpunctuated line as a heading by its shape, and a clause as text', () => {
		expect(readHeading('坚持党的领导 强化政治引领').kind).toBe('shape');
		expect(readHeading('主要做法如下：')).toEqual({ kind: 'text', text: '主要做法如下：' });
		expect(readHeading('律回春渐，万象始更新。').kind).toBe('text');
	});
});

describe('looksLikeHeading', () => {
	it('tells a line that may be a heading of an unknown kind from a clause cut by a page break', () => {
		expect(looksLikeHeading('一、坚持党的领导，强化政治引领')).toBe(true);
		expect(looksLikeHeading('甲、坚持党的领导')).toBe(true);
		expect(looksLikeHeading('一年来，坚决贯彻市委部署，始终在市委的')).toBe(false);
		expect(
			looksLikeHeading('一、坚持党的领导，强化政治引领，推动工作落实落细，各项工作取得明显成效')
		).toBe(false);
	});
});

describe('numbered headings in the real 2022 text (the copy from issue 10)', () => {
	it('are headings, with their numbers, not paragraphs joined to the next one', () => {
		const seed = seed2022();
		const headings = [
			'坚持党的领导 强化政治引领',
			'坚持良法善治 推进市域治理',
			'坚持服务大局 促进高质量发展',
			'强化服务保障 抓实代表工作',
			'打造“四个机关” 强化自身建设',
		];
		const numbers = ['一、', '二、', '三、', '四、', '五、'];
		let text = new TextDecoder().decode(seed.bytes);
		headings.forEach((heading, index) => {
			text = text.replace(`\n${heading}\n`, `\n${numbers[index]}${heading}\n`);
		});
		const bytes = new TextEncoder().encode(text);
		const result = ingestSource({
			...seed,
			bytes,
			meta: {
				...seed.meta,
				data: { ...seed.meta.data, source: { ...seed.meta.data.source, sha256: sha256(bytes) } },
			},
		});
		const overview = result.pages[0]!.model;
		expect(
			overview.blocks.flatMap((block) => (block.type === 'heading' ? [block.text] : []))
		).toEqual(headings.map((heading, index) => `${numbers[index]}${heading}`));
		const unnumbered = (view: ReturnType<typeof readerView>) =>
			view.map((page) => ({
				...page,
				blocks: page.blocks.map((block) => block.replace(/^§ [一二三四五]、/u, '§ ')),
			}));
		expect(unnumbered(readerView(result))).toEqual(readerView(ingestSource(seed)));
	});
});

describe('isByline', () => {
	it('knows a byline from the text under it', () => {
		expect(isByline('本报记者 郑苗苗')).toBe(true);
		expect(isByline('通讯员\u3000李四')).toBe(true);
		expect(isByline('记者们走进田间地头。')).toBe(false);
	});
});
