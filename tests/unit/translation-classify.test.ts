/**
 * How import reads a unit's target: by its content first (what CAT tools
 * actually write), by its state second.
 */
import { describe, expect, it } from 'vitest';
import {
	classifyTarget,
	isConfirmed,
	sourceSentences,
} from '../../src/lib/translations/classify.ts';

const SOURCE = '代表们走进田间地头，调研大同黄花产业发展。黄花产业带动群众增收。';

describe('sourceSentences', () => {
	it('cuts after 。！？ with the closing quotes that follow, as a sentence-segmenting tool does', () => {
		expect(sourceSentences(SOURCE)).toEqual([
			'代表们走进田间地头，调研大同黄花产业发展。',
			'黄花产业带动群众增收。',
		]);
		expect(sourceSentences('他说：“好！”然后走了')).toEqual(['他说：“好！”', '然后走了']);
		expect(sourceSentences('')).toEqual([]);
	});
});

describe('isConfirmed', () => {
	it('confirms no state, translated, signed-off and final; nothing else', () => {
		expect([undefined, 'translated', 'signed-off', 'final'].map(isConfirmed)).toEqual([
			true,
			true,
			true,
			true,
		]);
		expect(
			['new', 'needs-translation', 'needs-review-translation', 'needs-review-l10n', 'x-draft'].map(
				isConfirmed
			)
		).toEqual([false, false, false, false, false]);
	});
});

describe('classifyTarget', () => {
	it('reads no target, an empty one and the source copied (whitespace aside) as untranslated, whatever the state', () => {
		for (const state of [undefined, 'translated', 'final', 'new', 'needs-review-translation']) {
			expect(classifyTarget(SOURCE, undefined, state)).toEqual({ kind: 'untranslated' });
			expect(classifyTarget(SOURCE, ' \n ', state)).toEqual({ kind: 'untranslated' });
			expect(classifyTarget(SOURCE, SOURCE.replace('。', '。\n  '), state)).toEqual({
				kind: 'untranslated',
			});
		}
	});

	it('reads English with whole source sentences left as they were as incomplete', () => {
		const half =
			'Deputies went into the fields to study the Datong daylily industry. 黄花产业带动群众增收。';
		expect(classifyTarget(SOURCE, half, undefined)).toEqual({ kind: 'incomplete', left: 1 });
		expect(classifyTarget(SOURCE, half, 'translated')).toEqual({ kind: 'incomplete', left: 1 });
	});

	it('reads Chinese that is not the source as Chinese, confirmed or not by its state', () => {
		expect(classifyTarget(SOURCE, '代表们调研黄花。', undefined)).toEqual({
			kind: 'chinese',
			confirmed: true,
		});
		expect(classifyTarget(SOURCE, 'English and 改写的中文。', 'new')).toEqual({
			kind: 'chinese',
			confirmed: false,
		});
	});

	it('reads English as imported, needing review unless its state confirms it; a parenthesised original term is English', () => {
		const english = 'Deputies studied the Datong daylily (大同黄花) industry. It raised incomes.';
		expect(classifyTarget(SOURCE, english, undefined)).toEqual({ kind: 'english', review: false });
		expect(classifyTarget(SOURCE, english, 'signed-off')).toEqual({
			kind: 'english',
			review: false,
		});
		expect(classifyTarget(SOURCE, english, 'needs-review-translation')).toEqual({
			kind: 'english',
			review: true,
		});
		expect(classifyTarget(SOURCE, english, 'needs-translation')).toEqual({
			kind: 'english',
			review: true,
		});
	});
});
