import { describe, expect, it } from 'vitest';
import { adjacentOrders, phraseQuery, queryWords } from '../../src/lib/search/query-words.ts';

describe('queryWords', () => {
	it('splits at spaces (ideographic ones too) and keeps a word without spaces whole', () => {
		expect(queryWords('立法 监督')).toEqual(['立法', '监督']);
		expect(queryWords('联络站\u3000代表')).toEqual(['联络站', '代表']);
		expect(queryWords('疫情')).toEqual(['疫情']);
		expect(queryWords('大同人大')).toEqual(['大同人大']);
	});
	it('treats punctuation as a separator and drops it', () => {
		expect(queryWords('《大同人大》')).toEqual(['大同人大']);
		expect(queryWords('立法、监督。')).toEqual(['立法', '监督']);
		expect(queryWords('“双减”')).toEqual(['双减']);
		expect(queryWords('  《》 ')).toEqual([]);
	});
	it('keeps hyphens and apostrophes inside a word, not at its ends', () => {
		expect(queryWords('whole-process people’s democracy')).toEqual([
			'whole-process',
			'people’s',
			'democracy',
		]);
		expect(queryWords("'daylily' -")).toEqual(['daylily']);
	});
	it('lists each word once, the first form typed', () => {
		expect(queryWords('Station station 站 站')).toEqual(['Station', '站']);
	});
});

describe('phraseQuery', () => {
	it('quotes the words one after the other, Han characters one by one', () => {
		expect(phraseQuery(['颐养工程'])).toBe('"颐 养 工 程"');
		expect(phraseQuery(['监督', '立法'])).toBe('"监 督 立 法"');
		expect(phraseQuery(['liaison', 'station'])).toBe('"liaison station"');
		expect(phraseQuery(['GDP增长'])).toBe('"GDP 增 长"');
	});
});

describe('adjacentOrders', () => {
	it('takes every order of two or three words, the typed order of more, none of one', () => {
		expect(adjacentOrders(['甲'])).toEqual([]);
		expect(adjacentOrders(['甲', '乙'])).toEqual([
			['甲', '乙'],
			['乙', '甲'],
		]);
		expect(adjacentOrders(['a', 'b', 'c'])).toHaveLength(6);
		expect(new Set(adjacentOrders(['a', 'b', 'c']).map((o) => o.join(''))).size).toBe(6);
		expect(adjacentOrders(['a', 'b', 'c', 'd'])).toEqual([['a', 'b', 'c', 'd']]);
	});
});
