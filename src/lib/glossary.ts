/**
 * The glossary of the translation: the terms of src/data/glossary.json and the
 * committee names of the registry, with the English each is rendered by, and
 * how a term is found in a Chinese text and its form in an English one.
 */
import glossaryData from '../data/glossary.json' with { type: 'json' };
import { z } from 'zod';
import { COMMITTEE_NAME_FORMS } from './committees.ts';

/** A line about a term for readers of each language (political formulas and the like). */
export interface TermExplanation {
	zh: string;
	en: string;
}

export interface GlossaryTerm {
	zh: string;
	en: string;
	/** Other English forms accepted in a translation (plurals and the like). */
	accept: string[];
	/** The registry slug when the term names a committee. */
	committee?: string;
	/** The full title (without 《》) when the term is a cited document's title or its short form. */
	document?: string;
	/** The pinyin, where the glossary gives it (pinyin-pro's reading otherwise; see src/lib/pinyin.ts). */
	pinyin?: string;
	/** What the term means, in one line per language, for the glossary page. */
	explanation?: TermExplanation;
}

/**
 * `src/data/glossary.json`. `pinyin` and `explanation` are optional additions
 * for the glossary page; the check reads `zh`, `en` and `accept`.
 */
export const GlossarySchema = z.strictObject({
	$comment: z.string().optional(),
	terms: z.array(
		z.strictObject({
			zh: z.string().min(1),
			en: z.string().min(1),
			accept: z.array(z.string().min(1)).optional(),
			/** Tone-marked pinyin, syllables separated by spaces, where pinyin-pro reads a character wrongly. */
			pinyin: z
				.string()
				.regex(/^[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê ]+$/, 'expected tone-marked pinyin')
				.optional(),
			/** One factual line per language on what the term means (political terms). */
			explanation: z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }).optional(),
		})
	),
});

/** The glossary's own terms, in file order. */
export const TERMS: GlossaryTerm[] = GlossarySchema.parse(glossaryData).terms.map((term) => ({
	zh: term.zh,
	en: term.en,
	accept: term.accept ?? [],
	...(term.pinyin && { pinyin: term.pinyin }),
	...(term.explanation && { explanation: term.explanation }),
}));

/**
 * Every committee name and alias, with and without the 市人大 / 市人大常委会
 * prefix (the forms ingest's heading matcher accepts), with the committee's
 * English name.
 */
export const COMMITTEE_TERMS: GlossaryTerm[] = COMMITTEE_NAME_FORMS.map(({ zh, committee }) => ({
	zh,
	en: committee.en,
	accept: [],
	committee: committee.slug,
}));

/** Quotation marks a term may stand in without being another term (“三农”工作 is 三农工作). */
const QUOTES = /[“”「」『』"]/g;

/**
 * The glossary terms that occur in a Chinese text, longest first, each occurrence
 * counted once: a term inside a longer term that also matches is not reported
 * (inside 人大代表联络站 the term is 代表联络站, not 人大代表). Quotation marks
 * are read through: “三农”工作 is the term 三农工作.
 *
 * @example termsIn('规范建设全市人大代表联络站143个').map((t) => t.zh) // ['代表联络站']
 */
export function termsIn(
	text: string,
	terms: GlossaryTerm[] = [...COMMITTEE_TERMS, ...TERMS]
): GlossaryTerm[] {
	const sorted = [...terms].sort((a, b) => b.zh.length - a.zh.length);
	let rest = text.replace(QUOTES, '');
	const found: GlossaryTerm[] = [];
	for (const term of sorted) {
		if (!rest.includes(term.zh)) continue;
		found.push(term);
		rest = rest.split(term.zh).join('\u0000');
	}
	return found;
}

/** An English text prepared for matching: quotation marks dropped, apostrophes straight, each character's place in the original kept. */
interface Prepared {
	original: string;
	folded: string;
	lower: string;
	at: number[];
}

function prepare(english: string): Prepared {
	let folded = '';
	let lower = '';
	const at: number[] = [];
	// UTF-16 units, so that `at` indexes the original string; a letter whose lower case is
	// longer (İ) is kept as it is.
	for (let i = 0; i < english.length; i++) {
		const unit = english[i]!;
		if (/[“”"]/.test(unit)) continue;
		const char = /[\u2018\u2019]/.test(unit) ? "'" : unit;
		const small = char.toLowerCase();
		folded += char;
		lower += small.length === 1 ? small : char;
		at.push(i);
	}
	return { original: english, folded, lower, at };
}

const foldForm = (form: string) => form.replace(/[“”"]/g, '').replace(/[\u2018\u2019]/g, "'");
const LETTER = /[\p{L}\p{N}]/u;

/**
 * Where a form occurs in a prepared text as a phrase of its own: no letter
 * before it, and after it nothing or a plural ending (s, es) and no letter.
 */
function findForm(text: string, form: string): { start: number; end: number } | undefined {
	for (let start = text.indexOf(form); start >= 0; start = text.indexOf(form, start + 1)) {
		const end = start + form.length;
		const plural = /^(es|s)?/.exec(text.slice(end))![0];
		if (start > 0 && LETTER.test(text[start - 1]!)) continue;
		if (LETTER.test(text[end + plural.length] ?? '')) continue;
		return { start, end: end + plural.length };
	}
	return undefined;
}

/** The form of a term an English text uses: the listed form (`en` or one of `accept`) and the words as written. */
export interface FoundForm {
	form: string;
	text: string;
}

/**
 * For each term found in a Chinese text (longest first, as termsIn gives them),
 * the form the English uses, or `undefined` when it uses none of the term's
 * forms (`en`, then `accept`; a plural -s or -es may follow). The forms of
 * longer terms are taken out of the English before shorter ones are looked
 * for, so that the English of 中央民族工作会议 does not count as the English of
 * 民族工作. Case does not matter, except for document titles (proper names);
 * quotation marks around words and curly or straight apostrophes do not matter.
 *
 * @example formsIn('work related to “agriculture, rural areas and farmers”', [term三农工作]).get(term三农工作)?.text // 'work related to “agriculture, rural areas and farmers”'
 */
export function formsIn(
	english: string,
	found: GlossaryTerm[]
): Map<GlossaryTerm, FoundForm | undefined> {
	const text = prepare(english);
	const masked = { folded: text.folded.split(''), lower: text.lower.split('') };
	const result = new Map<GlossaryTerm, FoundForm | undefined>();
	for (const term of found) {
		const exact = term.document !== undefined;
		const haystack = (exact ? masked.folded : masked.lower).join('');
		let hit: { start: number; end: number; form: string } | undefined;
		for (const form of [term.en, ...term.accept]) {
			const at = findForm(haystack, exact ? foldForm(form) : foldForm(form).toLowerCase());
			if (at) hit = { ...at, form };
			if (hit) break;
		}
		result.set(
			term,
			hit && {
				form: hit.form,
				text: text.original.slice(text.at[hit.start], text.at[hit.end - 1]! + 1),
			}
		);
		for (let i = hit?.start ?? 0; i < (hit?.end ?? 0); i++)
			masked.folded[i] = masked.lower[i] = '\u0000';
	}
	return result;
}

/**
 * Whether an English text renders a term as the glossary says (case-insensitive
 * but for document titles, typographic and straight apostrophes equal,
 * quotation marks read through).
 */
export function rendersTerm(english: string, term: GlossaryTerm): boolean {
	return formsIn(english, [term]).get(term) !== undefined;
}
