import { describe, expect, it } from 'vitest';
import { buildOfflineIndex, createOfflineEngine, excerptAround } from '../../src/lib/search/offline.ts';
import { findPhrase, normalizeTerm, tokenize } from '../../src/lib/search/tokens.ts';

describe('normalizeTerm', () => {
	it('lowercases, strips diacritics and stems English like Pagefind', () => {
		expect(normalizeTerm('Deputies', 'en')).toBe('deputi');
		expect(normalizeTerm('Café', 'en')).toBe('cafe');
		expect(normalizeTerm('organized', 'en')).toBe('organiz');
		expect(normalizeTerm('organs', 'en')).toBe('organ');
		expect(normalizeTerm('organic', 'en')).toBe('organic');
		expect(normalizeTerm('Deputies', 'zh')).toBe('deputies');
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
		expect(tokenize('whole-process democracy', 'en').map((t) => `${t.position}:${t.term}`)).toEqual(['0:wholeprocess', '0:whole', '0:process', '1:democraci']);
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

describe('excerptAround', () => {
	it('escapes the text and marks the match', () => {
		expect(excerptAround('a<b>c 黄花 d', 6, 8, 3)).toBe('…&gt;c <mark>黄花</mark> d');
	});
});

describe('createOfflineEngine', () => {
	const zh = createOfflineEngine(
		buildOfflineIndex('zh', [
			{ id: 0, url: 'zh/2022/a/', title: '甲', text: '刊登在《大同人大》杂志。', filters: { year: '2022' } },
			{ id: 1, url: 'zh/2022/b/', title: '乙', text: '大同市人大常委会', filters: { year: '2022' } },
			{ id: 2, url: 'zh/2023/c/', title: '丙', text: '《大同人大》', filters: { year: '2023' } },
		])
	);
	it('finds a quoted Chinese phrase as a substring only', async () => {
		const results = await zh.find('"大 同 人 大"', {});
		expect((await Promise.all(results.map((r) => r.load()))).map((h) => h.url).sort()).toEqual(['zh/2022/a/', 'zh/2023/c/']);
	});
	it('applies filters', async () => {
		const results = await zh.find('"大 同 人 大"', { year: '2023' });
		expect(results).toHaveLength(1);
		expect((await results[0]!.load()).excerpt).toBe('《<mark>大同人大</mark>》');
	});
	it('matches English words by prefix of their stem, phrases exactly', async () => {
		const en = createOfflineEngine(
			buildOfflineIndex('en', [
				{ id: 0, url: 'en/a/', title: 'A', text: 'deputy liaison stations', filters: {} },
				{ id: 1, url: 'en/b/', title: 'B', text: 'liaison with the station', filters: {} },
			])
		);
		expect((await en.find('deputies', {})).map((r) => r.id)).toEqual(['0']);
		expect((await en.find('liaison station', {})).map((r) => r.id).sort()).toEqual(['0', '1']);
		expect((await en.find('"liaison station"', {})).map((r) => r.id)).toEqual(['0']);
	});
});
