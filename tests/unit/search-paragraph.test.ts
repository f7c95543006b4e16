import { describe, expect, it } from 'vitest';
import { isCitableAnchor, regionAt, textStart } from '../../src/lib/search/paragraph.ts';

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

describe('textStart', () => {
	it('is where the first paragraph or heading starts', () => {
		expect(textStart(anchors)).toBe(3);
		expect(textStart([{ id: 'editorial', location: 1 }])).toBe(Infinity);
	});
});
