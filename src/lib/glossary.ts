/**
 * The glossary of the translation: the terms of src/data/glossary.json and the
 * committee names of the registry, with the English each is rendered by.
 */
import glossaryData from '../data/glossary.json' with { type: 'json' };
import { z } from 'zod';
import { COMMITTEES, headingKey } from './committees.ts';

export interface GlossaryTerm {
	zh: string;
	en: string;
	/** Other English forms accepted in a translation (plurals and the like). */
	accept: string[];
	/** The registry slug when the term names a committee. */
	committee?: string;
}

const GlossarySchema = z.strictObject({
	$comment: z.string().optional(),
	terms: z.array(
		z.strictObject({
			zh: z.string().min(1),
			en: z.string().min(1),
			accept: z.array(z.string().min(1)).optional(),
		})
	),
});

/** The glossary's own terms, in file order. */
export const TERMS: GlossaryTerm[] = GlossarySchema.parse(glossaryData).terms.map((term) => ({
	zh: term.zh,
	en: term.en,
	accept: term.accept ?? [],
}));

/**
 * Every committee name and alias, with or without the 市人大 / 市人大常委会 prefix
 * (as ingest matches a heading: 市人大常委会民宗侨外工委 is a name of the
 * registry, not 人大常委会 plus a name), with the committee's English name.
 */
export const COMMITTEE_TERMS: GlossaryTerm[] = COMMITTEES.filter(
	(c) => c.kind === 'committee'
).flatMap((c) =>
	[
		...new Set(
			[c.zh, ...c.aliases].flatMap((name) => {
				const key = headingKey(name);
				return [name, key, `市人大${key}`, `市人大常委会${key}`];
			})
		),
	].map((zh) => ({ zh, en: c.en, accept: [], committee: c.slug }))
);

/**
 * The glossary terms that occur in a Chinese text, longest first, each occurrence
 * counted once: a term inside a longer term that also matches is not reported
 * (inside 人大代表联络站 the term is 代表联络站, not 人大代表).
 *
 * @example termsIn('规范建设全市人大代表联络站143个').map((t) => t.zh) // ['代表联络站']
 */
export function termsIn(
	text: string,
	terms: GlossaryTerm[] = [...COMMITTEE_TERMS, ...TERMS]
): GlossaryTerm[] {
	const sorted = [...terms].sort((a, b) => b.zh.length - a.zh.length);
	let rest = text;
	const found: GlossaryTerm[] = [];
	for (const term of sorted) {
		if (!rest.includes(term.zh)) continue;
		found.push(term);
		rest = rest.split(term.zh).join('\u0000');
	}
	return found;
}

/**
 * Whether an English text renders a term as the glossary says (case-insensitive,
 * typographic and straight apostrophes equal).
 */
export function rendersTerm(english: string, term: GlossaryTerm): boolean {
	const normalize = (s: string) => s.replace(/[\u2018\u2019]/g, "'").toLowerCase();
	const text = normalize(english);
	return [term.en, ...term.accept].some((form) => text.includes(normalize(form)));
}
