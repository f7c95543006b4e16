/**
 * Traditional → Simplified folding of queries, with opencc-js. Folding goes
 * from Traditional to Simplified because that direction is many-to-one (後 and
 * 后 both fold to 后, 發 and 髮 to 发), while the other is ambiguous. The Hong
 * Kong table's conversion chain (its variants, then OpenCC's Traditional
 * phrases and characters) is used: it folds Taiwan and Hong Kong forms alike,
 * and, unlike the Taiwan chain, leaves characters that Simplified also uses
 * (著, 么) as they are. Phrase-aware: 桑乾河 → 桑干河, but 乾隆 stays.
 *
 * The corrections of src/data/hant-overrides.json are undone first, so that a
 * phrase the edition writes otherwise than OpenCC folds back to its source.
 *
 * This module pulls in opencc-js's tables (≈58 KB gzipped): the browser loads it
 * as a separate script only when a query needs it (see traditional.ts).
 */
import * as OpenCC from 'opencc-js/t2cn';
import { foldHantOverrides } from '../content/hant-overrides.ts';

/**
 * Returns a function folding text to Simplified characters.
 *
 * @example createTraditionalFolder()('聯絡站') // '联络站'
 * @example createTraditionalFolder()('頭髮和後來') // '头发和后来'
 */
export function createTraditionalFolder(): (text: string) => string {
	const fold = OpenCC.Converter({ from: 'hk', to: 'cn' });
	return (text) => fold(foldHantOverrides(text));
}
