import { describe, expect, it } from 'vitest';
import { locateWords } from '../../src/lib/search/locate.ts';

const texts = (text: string, ranges: { start: number; end: number }[]) =>
	ranges.map((r) => text.slice(r.start, r.end));

describe('locateWords', () => {
	it('finds every occurrence of a Chinese word as the exact sequence of its characters', () => {
		const text = '疫病防控，民情；疫情防控。疫情';
		const [epidemic] = locateWords(text, ['疫情'], 'zh');
		expect(texts(text, epidemic!)).toEqual(['疫情', '疫情']);
		expect(epidemic![0]!.start).toBe(text.indexOf('疫情'));
		// 疫 and 情 apart are not the word.
		expect(locateWords('疫病防控，民情', ['疫情'], 'zh')).toEqual([[]]);
	});
	it('lists each word’s places in the order of the words', () => {
		const text = '立法和监督，监督';
		expect(locateWords(text, ['监督', '立法'], 'zh')).toEqual([
			[
				{ start: 3, end: 5 },
				{ start: 6, end: 8 },
			],
			[{ start: 0, end: 2 }],
		]);
	});
	it('ignores case for Latin letters inside a Chinese word', () => {
		const text = '全市GDP增长';
		expect(texts(text, locateWords(text, ['gdp增长'], 'zh')[0]!)).toEqual(['GDP增长']);
	});
	it('finds an English word wherever a word with the same stem stands, whole words only', () => {
		const text = 'Legislation and legislative work; legislators. Supervision, not vision.';
		const [legislation, vision] = locateWords(text, ['legislation', 'vision'], 'en');
		expect(texts(text, legislation!)).toEqual(['Legislation', 'legislative', 'legislators']);
		expect(texts(text, vision!)).toEqual(['vision']);
	});
	it('finds a hyphenated or possessive word as the index reads it', () => {
		const text = 'whole-process people’s democracy';
		const [compound, possessive] = locateWords(text, ['whole-process', 'people’s'], 'en');
		expect(texts(text, compound!)).toEqual(['whole-process']);
		expect(texts(text, possessive!)).toEqual(['people’s']);
	});
});

describe('locateWords across spaces and punctuation', () => {
	it('finds a Chinese word across a space, as the indexes do, but not across punctuation or a block', () => {
		const text = '坚持党的领导 强化政治引领\n科学立法，民主';
		expect(texts(text, locateWords(text, ['导强'], 'zh')[0]!)).toEqual(['导 强']);
		expect(locateWords(text, ['法民'], 'zh')).toEqual([[]]);
		expect(locateWords(text, ['引领科'], 'zh')).toEqual([[]]);
	});
});
