/**
 * What a unit's target is, read from its content first and its `state` second,
 * the way CAT tools actually write XLIFF: OmegaT copies the source into the
 * segments it has not reached and never writes a state; a tool that segments
 * by sentence leaves the untouched sentences of a half-done paragraph in
 * Chinese; Weblate marks a draft `needs-translation`.
 */
import { hasStrayHan } from '../content/page-units.ts';

/** Target states that mean "confirmed by the translator". A target without a state counts as confirmed. */
export const CONFIRMED_STATES: ReadonlySet<string> = new Set(['translated', 'signed-off', 'final']);

/**
 * What import does with a unit:
 * - `untranslated`: no target, an empty one, or the source itself (whitespace and
 *   placeholders aside), whatever its state: skipped and listed;
 * - `incomplete`: English with whole sentences of the source left as they were:
 *   skipped and listed;
 * - `chinese`: Chinese that is not the source (refused when the state confirms it);
 * - `english`: imported, and recorded as needing review unless its state confirms it.
 */
export type TargetClass =
	| { kind: 'untranslated' }
	| { kind: 'incomplete'; left: number }
	| { kind: 'chinese'; confirmed: boolean }
	| { kind: 'english'; review: boolean };

/**
 * Whether a target state confirms the translation: none, `translated`,
 * `signed-off` or `final`. Every other state (`new`, `needs-translation`,
 * `needs-review-translation`, `x-…`) does not.
 *
 * @example isConfirmed(undefined) // true
 * @example isConfirmed('needs-review-translation') // false
 */
export function isConfirmed(state: string | undefined): boolean {
	return state === undefined || CONFIRMED_STATES.has(state);
}

const squash = (text: string) => text.replace(/\s+/g, '');

/**
 * The sentences of a Chinese text as a tool that segments by sentence cuts it:
 * after 。！？ (with the closing quotes or brackets that follow them), and
 * whatever follows the last one.
 *
 * @example sourceSentences('甲乙。丙丁！”戊') // ['甲乙。', '丙丁！”', '戊']
 */
export function sourceSentences(text: string): string[] {
	return (
		text.match(/[^。！？]+(?:[。！？]+[’”"」』）)]*|$)|[。！？]+[’”"」』）)]*/g) ?? []
	).filter((s) => s.trim() !== '');
}

/** How many whole source sentences a target holds, and what is left of it without them. */
function withoutSourceSentences(source: string, target: string): { left: number; rest: string } {
	let rest = squash(target);
	let left = 0;
	for (const sentence of sourceSentences(source).map(squash)) {
		if (sentence.length < 2 || !rest.includes(sentence)) continue;
		rest = rest.replace(sentence, ' ');
		left += 1;
	}
	return { left, rest };
}

/**
 * Classifies a unit's target by its text (placeholders left out) and its state.
 *
 * @param source the unit's Chinese, placeholders left out
 * @param target the target's text, placeholders left out; `undefined` without a `<target>`
 * @example classifyTarget('甲。', '甲。', 'translated') // { kind: 'untranslated' }
 * @example classifyTarget('甲乙。丙丁。', 'A b. 丙丁。', undefined) // { kind: 'incomplete', left: 1 }
 * @example classifyTarget('甲。', 'A.', 'needs-review-translation') // { kind: 'english', review: true }
 */
export function classifyTarget(
	source: string,
	target: string | undefined,
	state: string | undefined
): TargetClass {
	if (target === undefined || squash(target) === '' || squash(target) === squash(source))
		return { kind: 'untranslated' };
	const confirmed = isConfirmed(state);
	if (!hasStrayHan(target)) return { kind: 'english', review: !confirmed };
	const { left, rest } = withoutSourceSentences(source, target);
	if (left > 0 && !hasStrayHan(rest) && /\p{Script=Latin}/u.test(rest))
		return { kind: 'incomplete', left };
	return { kind: 'chinese', confirmed };
}
