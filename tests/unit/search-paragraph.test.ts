import { describe, expect, it } from 'vitest';
import {
	isCitableAnchor,
	paragraphHit,
	phraseLocations,
	regionAt,
	textStart,
} from '../../src/lib/search/paragraph.ts';

const anchors = [
	{ id: 'p1', location: 3 },
	{ id: 's1', location: 10 },
	{ id: 'p2', location: 12 },
	{ id: 'editorial', location: 20 },
];

describe('isCitableAnchor', () => {
	it('accepts paragraph and section ids and nothing else', () => {
		expect(['p1', 'p12', 's3'].map(isCitableAnchor)).toEqual([true, true, true]);
		expect(['editorial', 'ed-1', 'main', 'p', 'toc-title'].map(isCitableAnchor)).toEqual([
			false,
			false,
			false,
			false,
			false,
		]);
	});
});

describe('regionAt', () => {
	it('is the last citable anchor at or before the location, up to the next one', () => {
		expect(regionAt(anchors, 3, 30)).toEqual({ id: 'p1', start: 3, end: 10 });
		expect(regionAt(anchors, 9, 30)).toEqual({ id: 'p1', start: 3, end: 10 });
		expect(regionAt(anchors, 11, 30)).toEqual({ id: 's1', start: 10, end: 12 });
		// An anchor that is not a paragraph or heading (the apparatus) does not end the last paragraph.
		expect(regionAt(anchors, 25, 30)).toEqual({ id: 'p2', start: 12, end: 30 });
	});
	it('has no anchor before the first paragraph (the page header)', () => {
		expect(regionAt(anchors, 1, 30)).toEqual({ id: undefined, start: 0, end: 3 });
	});
	it('does not depend on the order the anchors come in', () => {
		expect(regionAt([...anchors].reverse(), 13, 30).id).toBe('p2');
	});
});

describe('paragraphHit', () => {
	// Words 0–2 are the header, p1 is words 3–9, s1 10–11, p2 12–19.
	const words = 'h0 h1 h2 a3 b4 c5 d6 e7 f8 g9 S10 S11 x12 y13 z14 w15 v16 u17 t18 r19'.split(' ');
	it('links to the paragraph of the first match and excerpts that paragraph only', () => {
		const hit = paragraphHit(words, ' ', [{ location: 14 }, { location: 4 }], anchors, 4);
		expect(hit.anchor).toBe('p1');
		expect(hit.excerpt).toBe('a3 <mark>b4</mark> c5 d6');
	});
	it('never runs the excerpt into the next paragraph, even when it is short', () => {
		const hit = paragraphHit(words, ' ', [{ location: 9 }], anchors, 6);
		expect(hit.excerpt).toBe('b4 c5 d6 e7 f8 <mark>g9</mark>');
		expect(hit.excerpt).not.toContain('S10');
	});
	it('centres the excerpt on the densest matches within the paragraph', () => {
		const hit = paragraphHit(
			words,
			' ',
			[{ location: 12 }, { location: 17 }, { location: 18 }],
			anchors,
			3
		);
		expect(hit.anchor).toBe('p2');
		expect(hit.excerpt).toContain('<mark>u17</mark> <mark>t18</mark>');
	});
	it('prefers a match in the report text to one in the page header', () => {
		expect(paragraphHit(words, ' ', [{ location: 1 }, { location: 13 }], anchors, 3).anchor).toBe(
			'p2'
		);
	});
	it('joins Chinese words without spaces and links a match in the header to the page', () => {
		const zh = ['标', '题', '一', '年', '来', '黄', '花'];
		const hit = paragraphHit(
			zh,
			'',
			[{ location: 0 }, { location: 1 }],
			[{ id: 'p1', location: 2 }],
			10
		);
		expect(hit).toEqual({ anchor: undefined, excerpt: '<mark>标</mark><mark>题</mark>' });
	});
});

describe('textStart', () => {
	it('is where the first paragraph or heading starts', () => {
		expect(textStart(anchors)).toBe(3);
		expect(textStart([{ id: 'editorial', location: 1 }])).toBe(Infinity);
	});
});

describe('phraseLocations', () => {
	it('finds the first occurrence of a phrase at or after a word', () => {
		const words = ['标', '黄', '花', '。', '黄 ', '花', '黄'];
		expect(phraseLocations(words, ['黄', '花'])).toEqual([1, 2]);
		expect(phraseLocations(words, ['黄', '花'], 2)).toEqual([4, 5]);
		expect(phraseLocations(words, ['黄', '花'], 5)).toEqual([]);
		expect(phraseLocations(words, [])).toEqual([]);
	});
});
