/**
 * closing-punctuation: a paragraph whose Chinese ends a sentence (。！？…, a
 * closing quotation mark or bracket after it) ends one in English too (. ! ?
 * or …, before any closing quotation mark or bracket). Catches an English
 * paragraph cut short or whose full stop was lost.
 */
import type { Rule } from '../types.ts';

/** A Chinese text ending a sentence: its last mark, before closing quotes and brackets. */
const CHINESE_END = /[。！？!?…][”’」』）)】]*\s*$/u;
/** An English text ending a sentence. */
const ENGLISH_END = /[.!?…]["'”’)\]]*\s*$/u;

/**
 * Whether a paragraph's English lost the closing punctuation its Chinese has.
 *
 * @example lostClosingPunctuation('会议召开。', 'The meeting was held') // true
 * @example lostClosingPunctuation('会议召开。', 'The meeting was held.”') // false
 */
export function lostClosingPunctuation(zh: string, en: string): boolean {
	return CHINESE_END.test(zh) && !ENGLISH_END.test(en);
}

export const closingPunctuation: Rule = {
	name: 'closing-punctuation',
	description: 'a paragraph whose Chinese ends a sentence ends one in English (. ! ?)',
	unit({ unit, zhText, enText, report }) {
		if (unit.kind !== 'paragraph' || !lostClosingPunctuation(zhText, enText)) return;
		report(
			`the Chinese ends with “${zhText.trimEnd().slice(-1)}” but the English does not end a sentence: …${enText.trimEnd().slice(-30)}`
		);
	},
};
