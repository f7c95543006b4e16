/**
 * The parts of a report's citation as a page in one language passes them to
 * `formatCitation` (the cite control's `data-cite`, the print citation, the
 * about page's example): every string in the reader's language and script, so
 * that a citation copied on `/zh-hant/` is Traditional throughout (its title,
 * author and newspaper included, which the page converts only as text).
 */
import { localize, type LocalizedReport, type ReportRecord } from './archive.ts';
import type { CitationParts } from './citation.ts';
import { toHant } from './hant.ts';
import { isChinese, type Lang, useTranslations } from './i18n.ts';
import { createRoutes } from './urls.ts';

/** A report's citation parts for any paragraph (the paragraph and the access date are added per use). */
export type ReportCitation = Omit<CitationParts, 'paragraph' | 'accessed'>;

/** Where the page is: its language, the site's public origin and base path. */
export interface CitationPlace {
	lang: Lang;
	/** The hosted origin (Astro's `site`): a citation carries it in every edition. */
	site: URL | string | undefined;
	base: string;
}

/**
 * The citation parts of a report shown in `textLang` (the page's own text, or
 * one column of the side-by-side view) on a page in `place.lang`.
 */
export function reportCitation(
	report: ReportRecord,
	shown: Pick<LocalizedReport, 'title' | 'contentLang'>,
	place: CitationPlace
): ReportCitation {
	const { lang } = place;
	const script = lang === 'zh-hant' ? toHant : (text: string) => text;
	const side = isChinese(lang) ? 'zh' : 'en';
	const { authors, publication } = report.zh.data;
	return {
		lang,
		textLang: shown.contentLang,
		...(authors.length > 0 && { authors: authors.map((author) => script(author[side])) }),
		report: script(shown.title),
		archive: useTranslations(lang)('site.title'),
		year: report.year,
		// null: not recorded, which the citation says (it never guesses a newspaper).
		publication: publication
			? {
					newspaper: script(publication.newspaper[side]),
					date: publication.date,
					page: publication.page,
				}
			: null,
		// Named only where the cited text is the translation (formatCitation ignores it otherwise).
		...(shown.contentLang === 'en' && {
			translator: mapDefined(translatorOf(report, side), script),
		}),
		url: new URL(createRoutes(place.base).report(lang, report.year, report.slug), place.site).href,
	};
}

/**
 * A report's citation parts as its page in `lang` shows it (its own text, or the
 * Chinese where the English is missing): what the cite control, the print
 * citation and the about page's example are made of. The URL is the hosted one
 * in every edition: a file path means nothing to a citation's reader.
 */
export function pageCitation(
	report: ReportRecord,
	lang: Lang,
	site: URL | string | undefined = import.meta.env.SITE,
	base: string = import.meta.env.BASE_URL
): ReportCitation {
	return reportCitation(report, localize(report, lang), { lang, site, base });
}

function mapDefined(value: string | undefined, map: (text: string) => string) {
	return value === undefined ? undefined : map(value);
}

/**
 * Who made the English: the year's credit from seeds/<year>.yaml, else the
 * translation page's own `translator`; undefined when neither is recorded.
 */
export function translatorOf(report: ReportRecord, side: 'zh' | 'en'): string | undefined {
	return report.zh.data.translation?.credit[side] ?? report.en?.data.translator;
}
