/**
 * Provenance for people: where a year's text was printed (the newspaper, the
 * day, the page), who wrote it (the people its bylines name) and who made the
 * English and how. Archivists record it in `seeds/<year>.yaml`; ingest copies
 * it into every Chinese page's frontmatter, from which the pages, citations
 * and editions read it. What is not recorded is absent, never guessed: the
 * readers are told it was not recorded.
 */
import { z } from 'zod';
import { formatDate, isIsoDate } from './dates.ts';

/** A day written `YYYY-MM-DD` that exists in the calendar. */
export const CalendarDateSchema = z
	.string()
	.refine(isIsoDate, 'expected a date as YYYY-MM-DD (a day that exists)');

/** A name or a phrase in both languages. */
export const BilingualTextSchema = z
	.object({
		/** In Chinese (as printed, for a name). */
		zh: z.string().trim().min(1),
		/** In English. */
		en: z.string().trim().min(1),
	})
	.strict();
export type BilingualText = z.infer<typeof BilingualTextSchema>;

/** Where the source text was printed. Record only what is known; the newspaper at least. */
export const PublicationSchema = z
	.object({
		/** The newspaper's name, as printed and in English. */
		newspaper: BilingualTextSchema,
		/** The day of the issue. */
		date: CalendarDateSchema.optional(),
		/** The page (版) as the newspaper numbers it, e.g. 3 or A3. */
		page: z
			.union([z.string().trim().min(1), z.number().int().positive()])
			.transform(String)
			.optional(),
	})
	.strict();
export type Publication = z.infer<typeof PublicationSchema>;

/** Who made the English translation of a year, and how, in both languages. */
export const TranslationCreditSchema = z
	.object({
		/** Who translated, e.g. the archive's team (and the tools that helped). */
		credit: BilingualTextSchema,
		/** How the translation was made and checked. */
		method: BilingualTextSchema,
	})
	.strict();
export type TranslationCredit = z.infer<typeof TranslationCreditSchema>;

/** A person a byline or credit line names: the name as printed and in English. */
export const AuthorSchema = BilingualTextSchema;
export type Author = z.infer<typeof AuthorSchema>;

/**
 * The publication as one line for readers: newspaper, day and page.
 *
 * @example describePublication({ newspaper: { zh: '大同日报', en: 'Datong Daily' }, date: '2023-01-10', page: '3' }, 'zh') // '大同日报，2023年1月10日，第3版'
 * @example describePublication({ newspaper: { zh: '大同日报', en: 'Datong Daily' }, date: '2023-01-10', page: '3' }, 'en') // 'Datong Daily, January 10, 2023, page 3'
 */
export function describePublication(publication: Publication, lang: 'zh' | 'en'): string {
	const parts = [publication.newspaper[lang]];
	if (publication.date) parts.push(formatDate(publication.date, lang));
	if (publication.page) parts.push(lang === 'zh' ? `第${publication.page}版` : `page ${publication.page}`);
	return parts.join(lang === 'zh' ? '，' : ', ');
}
