/**
 * The laws, regulations, documents and publications the reports cite by title
 * (《…》), with the English title the translation gives each
 * (src/data/documents.json). Shared by the translation check, the index of
 * laws and documents and the open data.
 */
import documentsData from '../../data/documents.json' with { type: 'json' };
import { z } from 'zod';

/** `src/data/documents.json`: every 《…》 title of the reports with its English title. */
export const DocumentsSchema = z.strictObject({
	$comment: z.string().optional(),
	documents: z.array(
		z.strictObject({
			/** The title as printed, without 《》. */
			zh: z
				.string()
				.min(1)
				.refine((zh) => !/[《》]/.test(zh), 'the title without 《》'),
			/** The English title exactly as the English text writes it. */
			en: z.string().min(1),
		})
	),
});
export type DocumentEntry = z.infer<typeof DocumentsSchema>['documents'][number];

/** The entries of src/data/documents.json, in file order. */
export const DOCUMENTS: DocumentEntry[] = DocumentsSchema.parse(documentsData).documents;

/**
 * The titles a Chinese text cites in 《》, in order of appearance (repeats kept),
 * without the brackets.
 *
 * @example citedTitles('对《山西省动物防疫条例》《大同市文明行为条例》实施情况') // ['山西省动物防疫条例', '大同市文明行为条例']
 */
export function citedTitles(text: string): string[] {
	return [...text.matchAll(/《([^《》]+)》/g)].map((match) => match[1]!);
}

/** Issuers a title names first, which the text may leave out when it cites it without 《》. */
const ISSUERS = ['中华人民共和国', '山西省', '大同市'];

/**
 * The title with its issuer left out, as a text may cite it without 《》, or
 * `undefined` when the title names no issuer (or little is left).
 *
 * @example shortTitle('大同市文明行为条例') // '文明行为条例'
 * @example shortTitle('人民日报') // undefined
 */
export function shortTitle(zh: string): string | undefined {
	const issuer = ISSUERS.find((prefix) => zh.startsWith(prefix));
	const rest = issuer ? zh.slice(issuer.length) : '';
	return [...rest].length >= 4 ? rest : undefined;
}

/** The paragraph of a report that cites a title. */
export interface Citation {
	year: number;
	slug: string;
	/** Paragraph number (the `#pN` anchor). */
	paragraph: number;
}

/** A cited title, its English title when documents.json has one, and every paragraph citing it. */
export interface CitedDocument {
	zh: string;
	en: string | undefined;
	citations: Citation[];
}

/** One paragraph's Chinese text, where it stands. */
export interface ParagraphText extends Citation {
	text: string;
}

/**
 * Every title the paragraphs cite, in order of first citation, with the
 * paragraphs citing it (each once) and its English title.
 */
export function citedDocuments(
	paragraphs: Iterable<ParagraphText>,
	entries: readonly DocumentEntry[] = DOCUMENTS
): CitedDocument[] {
	const english = new Map(entries.map((entry) => [entry.zh, entry.en]));
	const byTitle = new Map<string, CitedDocument>();
	for (const { text, ...citation } of paragraphs) {
		for (const zh of new Set(citedTitles(text))) {
			const cited = byTitle.get(zh) ?? { zh, en: english.get(zh), citations: [] };
			byTitle.set(zh, cited);
			cited.citations.push(citation);
		}
	}
	return [...byTitle.values()];
}
