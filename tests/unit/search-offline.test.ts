import { describe, expect, it } from 'vitest';
import { buildOfflineIndex, createOfflineEngine } from '../../src/lib/search/offline.ts';
import { findPhrase, findPhrases, normalizeTerm, tokenize } from '../../src/lib/search/tokens.ts';

describe('normalizeTerm', () => {
	it('lowercases, strips diacritics and stems English like Pagefind', () => {
		expect(normalizeTerm('Deputies', 'en')).toBe('deputi');
		expect(normalizeTerm('Café', 'en')).toBe('cafe');
		expect(normalizeTerm('organized', 'en')).toBe('organiz');
		expect(normalizeTerm('organs', 'en')).toBe('organ');
		expect(normalizeTerm('organic', 'en')).toBe('organic');
		expect(normalizeTerm('Deputies', 'zh')).toBe('deputies');
	});
	it('keeps apart the words whose starts Snowball 3 treats as exceptional, as Pagefind 1.6 does', () => {
		const stem = (word: string) => normalizeTerm(word, 'en');
		expect(stem('emergency')).not.toBe(stem('emerging'));
		expect(stem('universal')).not.toBe(stem('university'));
		expect(stem('past')).not.toBe(stem('paste'));
		expect(stem('later')).not.toBe(stem('lateral'));
		expect(stem('generate')).not.toBe(stem('general'));
		expect(stem('community')).not.toBe(stem('communication'));
		expect(stem('international')).not.toBe(stem('internal'));
		expect([stem('emerge'), stem('emerged'), stem('emerging')]).toEqual([
			'emerg',
			'emerg',
			'emerg',
		]);
		expect([stem('skis'), stem('skies'), stem('dying')]).toEqual(['ski', 'sky', 'die']);
	});
});

describe('tokenize', () => {
	it('makes each Han character a word and keeps blocks apart', () => {
		expect(tokenize('黄花2022年\n一年', 'zh').map((t) => [t.term, t.block, t.position])).toEqual([
			['黄', 0, 0],
			['花', 0, 1],
			['2022', 0, 2],
			['年', 0, 3],
			['一', 1, 4],
			['年', 1, 5],
		]);
	});
	it('indexes a hyphenated compound as one word with its parts at the same position', () => {
		expect(tokenize('whole-process democracy', 'en').map((t) => `${t.position}:${t.term}`)).toEqual(
			['0:wholeprocess', '0:whole', '0:process', '1:democraci']
		);
	});
});

describe('findPhrase', () => {
	it('finds consecutive Chinese words within one block only', () => {
		const tokens = tokenize('发展。\n一年来', 'zh');
		expect(findPhrase(tokens, ['发', '展'], 'zh')).toBe(0);
		expect(findPhrase(tokens, ['展', '一'], 'zh')).toBe(-1);
	});
	it('lets an English phrase run on into the next block, as Pagefind does', () => {
		const tokens = tokenize('in our city.\nOver the past year', 'en');
		expect(findPhrase(tokens, ['citi', 'over'], 'en')).toBe(2);
		expect(findPhrase(tokens, ['our', 'over'], 'en')).toBe(-1);
	});
});

describe('findPhrases', () => {
	it('finds every occurrence, as its first and last token', () => {
		const tokens = tokenize('黄花黄花。\n黄', 'zh');
		expect(findPhrases(tokens, ['黄', '花'], 'zh')).toEqual([
			[0, 1],
			[2, 3],
		]);
		expect(findPhrases(tokens, ['花', '黄'], 'zh')).toEqual([[1, 2]]);
		expect(findPhrases(tokens, [], 'zh')).toEqual([]);
	});
	it('lets no Chinese phrase run across punctuation, as Pagefind’s Chinese index; across spaces it may', () => {
		expect(findPhrases(tokenize('科学立法，民主立法', 'zh'), ['法', '民'], 'zh')).toEqual([]);
		expect(
			findPhrases(tokenize('坚持党的领导 强化政治引领', 'zh'), ['导', '强'], 'zh')
		).toHaveLength(1);
		// English words run on across punctuation, as in Pagefind's English index.
		expect(
			findPhrases(tokenize('in our city. Over the', 'en'), ['citi', 'over'], 'en')
		).toHaveLength(1);
	});
});

describe('createOfflineEngine', () => {
	const zh = createOfflineEngine(
		buildOfflineIndex('zh', [
			{
				id: 0,
				url: 'zh/2022/a/',
				title: '甲',
				text: '刊登在《大同人大》杂志。',
				filters: { year: '2022' },
				anchors: [],
			},
			{
				id: 1,
				url: 'zh/2022/b/',
				title: '乙',
				text: '大同市人大常委会',
				filters: { year: '2022' },
				anchors: [],
			},
			{
				id: 2,
				url: 'zh/2023/c/',
				title: '丙',
				text: '《大同人大》',
				filters: { year: '2023' },
				anchors: [],
			},
		])
	);
	it('finds a quoted Chinese phrase as a substring only', async () => {
		const results = await zh.find('"大 同 人 大"', {});
		expect((await Promise.all(results.map((r) => r.load()))).map((h) => h.url).sort()).toEqual([
			'zh/2022/a/',
			'zh/2023/c/',
		]);
	});
	it('applies filters', async () => {
		const results = await zh.find('"大 同 人 大"', { year: '2023' });
		expect(results).toHaveLength(1);
		expect((await results[0]!.load()).url).toBe('zh/2023/c/');
	});
	it('gives a found page’s text, anchors and path from the site root', async () => {
		const text = '标题\n\n一年来，黄花产业发展。';
		const anchors = [{ id: 'p1', location: text.indexOf('一年来') }];
		const engine = createOfflineEngine(
			buildOfflineIndex('zh', [
				{ id: 0, url: 'zh/2022/a/', title: '甲', text, filters: {}, anchors },
			])
		);
		const [found] = await engine.find('"黄 花"', {});
		expect(await found!.load()).toEqual({ url: 'zh/2022/a/', title: '甲', text, anchors });
	});
	it('looks a page up by its path', async () => {
		expect((await zh.page!('zh/2023/c/'))?.text).toBe('《大同人大》');
		expect(await zh.page!('zh/2024/none/')).toBeUndefined();
	});
	it('matches English words by prefix of their stem, phrases exactly', async () => {
		const en = createOfflineEngine(
			buildOfflineIndex('en', [
				{
					id: 0,
					url: 'en/a/',
					title: 'A',
					text: 'deputy liaison stations',
					filters: {},
					anchors: [],
				},
				{
					id: 1,
					url: 'en/b/',
					title: 'B',
					text: 'liaison with the station',
					filters: {},
					anchors: [],
				},
			])
		);
		expect((await en.find('deputies', {})).map((r) => r.id)).toEqual(['0']);
		expect((await en.find('liaison station', {})).map((r) => r.id).sort()).toEqual(['0', '1']);
		expect((await en.find('"liaison station"', {})).map((r) => r.id)).toEqual(['0']);
	});
});
