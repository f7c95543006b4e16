/** The translation memory's matching (src/lib/translations/memory.ts). */
import { describe, expect, it } from 'vitest';
import {
	createMemory,
	fitMarks,
	lookUp,
	memoryKey,
	NEAR_MATCH_THRESHOLD,
	similarity,
} from '../../src/lib/translations/memory.ts';

const text = (value: string) => ({ type: 'text' as const, value });
const memory = createMemory([
	{
		origin: '2022/a/p1',
		source: '全市共建成代表联络站143个',
		target: [text('143 deputy liaison stations were built across the city')],
	},
	{
		origin: '2022/a/p2',
		source: '开展执法检查3次',
		target: [text('It carried out 3 law enforcement inspections')],
	},
]);

describe('memoryKey', () => {
	it('normalises whitespace and leaves marks out', () => {
		expect(memoryKey([text(' 甲  乙'), { type: 'mark', name: 'Join', n: 1 }, text('丙 ')])).toBe(
			'甲 乙丙'
		);
	});
});

describe('similarity', () => {
	it('is 100 for equal strings and falls with each changed character', () => {
		expect(similarity('开展执法检查3次', '开展执法检查3次')).toBe(100);
		expect(similarity('开展执法检查3次', '开展执法检查4次')).toBe(87);
		expect(similarity('甲', '乙')).toBe(0);
	});
});

describe('createMemory', () => {
	it('keeps the first of two pairs with the same Chinese', () => {
		const twice = createMemory([
			{ origin: 'x/1', source: '甲', target: [text('A')] },
			{ origin: 'x/2', source: '甲', target: [text('B')] },
		]);
		expect(twice.exact.get('甲')!.origin).toBe('x/1');
	});
});

describe('lookUp', () => {
	it('finds an exact match after whitespace normalisation, and not as a near match too', () => {
		const match = lookUp(memory, [text(' 开展执法检查3次\n')]);
		expect(match.exact?.origin).toBe('2022/a/p2');
		expect(match.near).toEqual([]);
	});

	it('offers near matches at or above the threshold, best first, and nothing below', () => {
		const match = lookUp(memory, [text('全市共建成代表联络站150个')]);
		expect(match.exact).toBeUndefined();
		expect(match.near.map((n) => n.entry.origin)).toEqual(['2022/a/p1']);
		expect(match.near[0]!.quality).toBeGreaterThanOrEqual(NEAR_MATCH_THRESHOLD);
		expect(lookUp(memory, [text('完全不同的一句话')]).near).toEqual([]);
	});
});

describe('fitMarks', () => {
	it('replaces the memory’s marks by the unit’s when they are as many, else appends the unit’s', () => {
		const unitSource = [text('甲'), { type: 'mark' as const, name: 'Join', n: 1 }, text('乙')];
		expect(
			fitMarks([text('a'), { type: 'mark', name: 'Join', n: 4 }, text('b')], unitSource)
		).toEqual([text('a'), { type: 'mark', name: 'Join', n: 1 }, text('b')]);
		expect(fitMarks([text('ab')], unitSource)).toEqual([
			text('ab'),
			{ type: 'mark', name: 'Join', n: 1 },
		]);
	});
});
