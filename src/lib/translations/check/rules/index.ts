/**
 * The rules of `translations check`, in the order they report: one file each
 * in this folder, each with its own fixtures in tests/unit/translation-check.test.ts.
 * To add a rule: write its file (a `Rule`, see ../types.ts), add it here and
 * to `CheckRule`.
 */
import type { Rule } from '../types.ts';
import { alignment } from './alignment.ts';
import { bannedPhrases } from './banned-phrases.ts';
import { closingPunctuation } from './closing-punctuation.ts';
import { committees } from './committees.ts';
import { consistency } from './consistency.ts';
import { documents } from './documents.ts';
import { doubledWords } from './doubled-words.ts';
import { glossary } from './glossary.ts';
import { han } from './han.ts';
import { invisible } from './invisible.ts';
import { marks } from './marks.ts';
import { numbers } from './numbers.ts';
import { quotes } from './quotes.ts';
import { spelling } from './spelling.ts';

/** Every rule, in reporting order. */
export const RULES: readonly Rule[] = [
	alignment,
	marks,
	numbers,
	glossary,
	committees,
	documents,
	han,
	spelling,
	doubledWords,
	closingPunctuation,
	quotes,
	bannedPhrases,
	invisible,
	consistency,
];
