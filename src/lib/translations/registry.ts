/**
 * The archive's fixed renderings: a unit whose whole Chinese is a committee's
 * name (in any form ingest accepts as its heading) or a term of the glossary
 * has one English, which is not the translator's to choose. Export writes it as
 * a translated target with a note saying where it comes from.
 */
import { matchCommitteeHeading } from '../committees.ts';
import { TERMS } from '../glossary.ts';

/** A fixed English for a unit, and where it comes from (for the note beside it). */
export interface FixedRendering {
	en: string;
	from: 'registry' | 'glossary';
	/** The note a translator reads on the unit. */
	note: string;
}

/**
 * The fixed English of a Chinese text that is, as a whole, a committee's name
 * (matched by `matchCommitteeHeading`, with or without the 市人大 / 市人大常委会
 * prefix) or a glossary term; `undefined` for any other text.
 *
 * @example fixedRendering('市人大常委会民宗侨外工委')?.en // 'Ethnic, Religious, Overseas Chinese and Foreign Affairs Work Committee'
 * @example fixedRendering('坚持党的领导') // undefined
 */
export function fixedRendering(text: string): FixedRendering | undefined {
	const committee = matchCommitteeHeading(text);
	if (committee?.kind === 'committee')
		return {
			en: committee.en,
			from: 'registry',
			note: `From the committee registry (src/lib/committees.ts): the archive’s English name of ${committee.zh}. Keep it as it is.`,
		};
	const key = text.trim();
	const term = TERMS.find((t) => t.zh === key);
	if (term)
		return {
			// The unit is a whole title or heading: its first word is capitalised.
			en: term.en.charAt(0).toUpperCase() + term.en.slice(1),
			from: 'glossary',
			note: `From the glossary (src/data/glossary.json): the archive’s English for ${term.zh}. Keep it as it is.`,
		};
	return undefined;
}
