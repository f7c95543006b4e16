/**
 * Pinyin for the glossary and the index of documents, and the order it gives:
 * pinyin-pro (word-aware readings of polyphonic characters: 银行 yín háng,
 * 重庆 chóng qìng), citation tones (一 and 不 as in a dictionary, no sandhi).
 * Build time only: the library (≈1 MB of dictionaries) never reaches a browser.
 */
import { pinyin } from 'pinyin-pro';

/**
 * The tone-marked pinyin of a Chinese text, syllables separated by spaces;
 * what is not Han (digits, Latin letters, punctuation) is left out.
 *
 * @example pinyinOf('两个确立') // 'liǎng gè què lì'
 * @example pinyinOf('“三农”工作') // 'sān nóng gōng zuò'
 */
export function pinyinOf(zh: string): string {
	const han = zh.replace(/[^\p{Script=Han}]/gu, '');
	return pinyin(han, { toneSandhi: false });
}

/** A syllable as a sort key: its letters (ü after u, as v), then its tone (neutral 0 last). */
function syllableKey(syllable: string): [string, number] {
	const match = /^([a-zv]+)([0-5]?)$/.exec(syllable);
	if (!match) return [syllable, 9];
	return [match[1]!, match[2] === '' || match[2] === '0' ? 5 : Number(match[2])];
}

/** The pinyin of a text as sort keys (letters, tone), syllable by syllable. */
function sortKey(zh: string): [string, number][] {
	const han = zh.replace(/[^\p{Script=Han}]/gu, '');
	return pinyin(han, { toneType: 'num', type: 'array', v: true, toneSandhi: false }).map(syllableKey);
}

/**
 * Orders Chinese texts as a dictionary does: syllable by syllable, by letters
 * then tone; equal readings by the characters themselves.
 *
 * @example ['两个维护', '监督', '两个确立'].sort(comparePinyin) // ['监督', '两个确立', '两个维护']
 */
export function comparePinyin(a: string, b: string): number {
	const [ka, kb] = [sortKey(a), sortKey(b)];
	for (let i = 0; i < Math.min(ka.length, kb.length); i++) {
		const [la, ta] = ka[i]!;
		const [lb, tb] = kb[i]!;
		if (la !== lb) return la < lb ? -1 : 1;
		if (ta !== tb) return ta - tb;
	}
	return ka.length - kb.length || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The first letter of a text's pinyin, upper case, for a letter index (`#` when it has no Han).
 *
 * @example initialOf('郑苗苗') // 'Z'
 */
export function initialOf(zh: string): string {
	const [first] = sortKey(zh);
	return first ? first[0].charAt(0).toUpperCase() : '#';
}
