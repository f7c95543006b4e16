/**
 * The term list of the translation: the glossary (src/data/glossary.json), the
 * committee registry (src/lib/committees.ts) and the titles the reports cite
 * (src/data/documents.json), each with the one English form it must have. The
 * translation check, `translations terms`, the glossary page and the index of
 * documents find terms in a text through this module, the same way.
 */
import { COMMITTEE_TERMS, type GlossaryTerm, TERMS, termsIn } from '../glossary.ts';
import { DOCUMENTS, type DocumentEntry, shortTitle } from './documents.ts';

/**
 * The document titles as terms: each title in full, and without its issuer
 * where that leaves a title only one document has (文明行为条例 for
 * 大同市文明行为条例), both rendered by the document's English title.
 */
function documentTerms(documents: readonly DocumentEntry[]): GlossaryTerm[] {
	const shorts = new Map<string, DocumentEntry[]>();
	for (const entry of documents) {
		const short = shortTitle(entry.zh);
		if (short) shorts.set(short, [...(shorts.get(short) ?? []), entry]);
	}
	const terms = documents.map((entry) => ({
		zh: entry.zh,
		en: entry.en,
		accept: [],
		document: entry.zh,
	}));
	for (const [short, entries] of shorts) {
		if (entries.length !== 1) continue;
		terms.push({ zh: short, en: entries[0]!.en, accept: [], document: entries[0]!.zh });
	}
	return terms;
}

/**
 * The term list: committee names and aliases, glossary terms, then document
 * titles, one entry per Chinese form (an explicit entry wins over a derived one,
 * a committee over the glossary, the glossary over a document title).
 *
 * @example createTermList([], [], [{ zh: '大同市文明行为条例', en: 'Regulations …' }]).map((t) => t.zh) // ['大同市文明行为条例', '文明行为条例']
 */
export function createTermList(
	glossary: readonly GlossaryTerm[],
	committees: readonly GlossaryTerm[],
	documents: readonly DocumentEntry[]
): GlossaryTerm[] {
	const byZh = new Map<string, GlossaryTerm>();
	for (const term of [...committees, ...glossary, ...documentTerms(documents)])
		if (!byZh.has(term.zh)) byZh.set(term.zh, term);
	return [...byZh.values()];
}

/** The archive's term list (glossary, registry, documents). */
export const TERM_LIST: GlossaryTerm[] = createTermList(TERMS, COMMITTEE_TERMS, DOCUMENTS);

/**
 * The terms of a Chinese text, longest first (termsIn). A title cited in 《》
 * that documents.json lists is left out: it is one title, checked as a whole,
 * not a run of terms (the 桑干河 of 《大同市桑干河流域生态修复与保护条例》).
 *
 * @example termsOfText('对文明行为条例实施情况进行执法调研').map((t) => t.zh) // ['文明行为条例', '执法…'] (those of TERM_LIST)
 */
export function termsOfText(
	text: string,
	terms: GlossaryTerm[] = TERM_LIST,
	documents: readonly DocumentEntry[] = DOCUMENTS
): GlossaryTerm[] {
	const known = new Set(documents.map((entry) => entry.zh));
	const rest = text.replace(/《([^《》]+)》/g, (whole, title: string) =>
		known.has(title) ? '\u0000' : whole
	);
	return termsIn(rest, terms);
}
