/**
 * The reviewed corrections to OpenCC's Simplified → Traditional conversion
 * (src/data/hant-overrides.json): phrases whose conversion OpenCC gets wrong
 * in the archive's text, with the right form. Applied after the conversion of
 * the Traditional edition (src/lib/hant.ts) and before the folding of
 * Traditional queries (src/lib/search/fold.ts). Shared with the browser: no
 * schema library, a small check of its own.
 */
import overridesData from '../../data/hant-overrides.json' with { type: 'json' };

/** One correction: a Simplified phrase, its right Traditional form, the wrong one OpenCC writes, and why. */
export interface HantOverride {
	simplified: string;
	traditional: string;
	wrong: string;
	reason: string;
}

const length = (text: string) => [...text].length;

/**
 * Checks the override list and returns it. Throws, naming the entry, when a
 * field is missing or empty, or when the three forms differ in length (the
 * override replaces the conversion of exactly the Simplified phrase).
 */
export function checkHantOverrides(data: unknown): HantOverride[] {
	const list = (data as { overrides?: unknown }).overrides;
	if (!Array.isArray(list)) throw new Error('src/data/hant-overrides.json: expected { "overrides": [ … ] }');
	return list.map((entry: Partial<HantOverride>, i) => {
		const where = `src/data/hant-overrides.json, override ${i + 1}`;
		for (const key of ['simplified', 'traditional', 'wrong', 'reason'] as const)
			if (typeof entry[key] !== 'string' || entry[key] === '')
				throw new Error(`${where}: "${key}" must be a non-empty string`);
		const { simplified, traditional, wrong, reason } = entry as HantOverride;
		if (length(traditional) !== length(simplified) || length(wrong) !== length(simplified))
			throw new Error(
				`${where} (${simplified}): simplified, traditional and wrong must have as many characters`
			);
		return { simplified, traditional, wrong, reason };
	});
}

/** The archive's overrides. */
export const HANT_OVERRIDES: readonly HantOverride[] = checkHantOverrides(overridesData);

/** Where a phrase occurs in a text, as indexes of code points. */
function codePointIndexes(text: string, phrase: string): number[] {
	const found: number[] = [];
	for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length))
		found.push(length(text.slice(0, at)));
	return found;
}

/**
 * Corrects a conversion: wherever the Simplified source has an override's
 * phrase, the converted text gets its Traditional form. OpenCC converts
 * character for character, so the phrase is at the same place in both; should
 * the lengths ever differ, each wrong form is replaced where it stands.
 *
 * @example applyHantOverrides('保护发展', '保護髮展') // '保護發展'
 */
export function applyHantOverrides(
	source: string,
	converted: string,
	overrides: readonly HantOverride[] = HANT_OVERRIDES
): string {
	const relevant = overrides.filter((o) => source.includes(o.simplified));
	if (relevant.length === 0) return converted;
	const out = [...converted];
	if (out.length !== length(source))
		return relevant.reduce((text, o) => text.replaceAll(o.wrong, o.traditional), converted);
	for (const override of relevant) {
		const replacement = [...override.traditional];
		for (const at of codePointIndexes(source, override.simplified))
			out.splice(at, replacement.length, ...replacement);
	}
	return out.join('');
}

/**
 * Undoes the overrides before folding a Traditional text to Simplified: their
 * Traditional forms (and the wrong ones, as a reader may copy them from
 * another converter) become the Simplified phrase.
 *
 * @example foldHantOverrides('保護發展與保護髮展') // '保护发展与保护发展'
 */
export function foldHantOverrides(
	text: string,
	overrides: readonly HantOverride[] = HANT_OVERRIDES
): string {
	let folded = text;
	for (const o of overrides)
		folded = folded.replaceAll(o.traditional, o.simplified).replaceAll(o.wrong, o.simplified);
	return folded;
}
