import { describe, expect, it } from 'vitest';
import { decodeSeed, toSourceLines } from '../../src/lib/ingest/decode.ts';
import { findArticles, splitSections, yearFromSubtitle } from '../../src/lib/ingest/segment.ts';
import { MINI, seed2022 } from '../helpers/seeds.ts';

const linesOf = (text: string) => toSourceLines(text);
const real = () => toSourceLines(decodeSeed(seed2022().bytes, 'seeds/2022.txt').text);

describe('findArticles', () => {
	it('finds the two articles of 2022 with their byline and credit', () => {
		const articles = findArticles(real(), 'seeds/2022.txt');
		expect(articles.map((a) => [a.title.n, a.title.text, a.subtitle.text])).toEqual([
			[5, '凝心聚力促发展 依法履职谱新篇', '——市人大常委会2022年工作综述'],
			[83, '履职尽责勇担当 服务大局善作为', '——市十六届人大及其常委会各专工委2022年工作综述'],
		]);
		expect(articles[0]!.byline).toEqual({ n: 9, text: '本报记者 郑苗苗' });
		expect(articles[0]!.credit).toBeUndefined();
		expect(articles[1]!.credit).toEqual({ n: 135, text: '本组稿件由郑苗苗采写' });
		expect(articles[1]!.body.at(-1)!.text.endsWith('补选市十六届人大代表10名。')).toBe(true);
	});

	it('refuses a text with no article title', () => {
		expect(() => findArticles(linesOf('只有正文。\n\n第二段。'), 'x.txt')).toThrow(
			'x.txt: no article title found'
		);
	});

	it('refuses text before the first headline, giving its line', () => {
		expect(() =>
			findArticles(linesOf('前言。\n\n标题\n\n——副标题2022年\n\n正文。'), 'x.txt')
		).toThrow('x.txt:1: text before the first article headline');
	});
});

describe('yearFromSubtitle', () => {
	it('reads the year from the subtitle', () => {
		expect(yearFromSubtitle({ n: 3, text: '——各专工委2031年工作综述' }, 'x.txt')).toBe(2031);
	});
	it('says which line has no year', () => {
		expect(() => yearFromSubtitle({ n: 3, text: '——工作综述' }, 'x.txt')).toThrow(
			'x.txt:3: no year'
		);
	});
});

describe('splitSections', () => {
	it('splits 2022 into the lead article and seven committees in source order', () => {
		const sections = splitSections(findArticles(real(), 'seeds/2022.txt'), 'seeds/2022.txt');
		expect(sections.map((s) => s.committee?.slug ?? s.kind)).toEqual([
			'overview',
			'legal-affairs',
			'finance-economics',
			'social-development',
			'education-science-culture-health',
			'agriculture-rural-affairs',
			'ethnic-religious-overseas-affairs',
			'personnel-deputies',
		]);
		const headings = sections[0]!.items.filter((i) => i.type === 'heading').map((i) => i.line.text);
		expect(headings).toEqual([
			'坚持党的领导 强化政治引领',
			'坚持良法善治 推进市域治理',
			'坚持服务大局 促进高质量发展',
			'强化服务保障 抓实代表工作',
			'打造“四个机关” 强化自身建设',
		]);
	});

	it('accepts alias headings such as 市人大法制委员会 and 市人大常委会民宗侨外工委', () => {
		const sections = splitSections(findArticles(linesOf(MINI), 'mini.txt'), 'mini.txt');
		expect(sections.map((s) => s.heading?.text)).toEqual([
			undefined,
			'市人大法制委员会',
			'市人大常委会民宗侨外工委',
		]);
	});

	it('stops on a committee heading missing from the registry, naming file, line and the fix', () => {
		const text = MINI.replace('市人大常委会民宗侨外工委', '市人大常委会外事侨务工委');
		expect(() =>
			splitSections(findArticles(linesOf(text), 'seeds/2031.txt'), 'seeds/2031.txt')
		).toThrow(
			/seeds\/2031\.txt:27: the heading "市人大常委会外事侨务工委" names no committee of the registry.*add it .* to COMMITTEES in src\/lib\/committees\.ts/
		);
	});

	it('refuses the same committee twice in one source', () => {
		const text = MINI.replace('市人大常委会民宗侨外工委', '法制委');
		expect(() => splitSections(findArticles(linesOf(text), 'x.txt'), 'x.txt')).toThrow(
			/x\.txt:27: "法制委" repeats the committee legal-affairs/
		);
	});
});
