/**
 * The archive's citation form, one pure function shared by the report pages
 * (the "Copy citation" button reads its parts from data attributes), the print
 * stylesheet's closing citation and the about page's "How to cite". Free of
 * imports at run time so the browser bundle can include it.
 *
 * English follows the Chicago style for a part of a website ("Part." In Site,
 * year, para. N. URL.); Chinese follows GB/T 7714-2015 for an electronic
 * resource that is part of a larger one (题名[EB/OL]//总题名. 年份: 位置. URL.).
 * Both say which language the cited text is in, since the paragraph numbers
 * are the same in both and a quotation's wording is not.
 */
import type { Lang } from './i18n.ts';

/** What a citation names. */
export interface CitationParts {
	/** The language the citation is written in (the reader's language). */
	lang: Lang;
	/** The language of the cited text (an untranslated English page shows the Chinese). */
	textLang: Lang;
	/** The report's title as shown on its page. */
	report: string;
	/** The archive's title in `lang`. */
	archive: string;
	year: number;
	/** The paragraph number; without it the whole report is cited. */
	paragraph?: number | undefined;
	/** The absolute URL of the report page (without `#p…`); without it the citation has no URL. */
	url?: string | undefined;
}

/** The parts as a style writes them: the language named, the URL already the paragraph's. */
interface StyleParts extends Pick<
	CitationParts,
	'report' | 'archive' | 'year' | 'paragraph' | 'url'
> {
	language: string;
}

/** Both base languages are required; a further one (a Chinese variant) may fall back to Chinese. */
type ByLang<T> = { [L in Lang]?: T } & Record<'zh' | 'en', T>;

interface CitationStyle {
	/** Names of the text's language, in the citation's language. */
	languages: ByLang<string>;
	format: (parts: StyleParts) => string;
}

const STYLES: ByLang<CitationStyle> = {
	en: {
		languages: { zh: 'Chinese original', en: 'English translation' },
		format: ({ report, archive, year, paragraph, language, url }) =>
			`“${report}.” In ${archive}, ${year}${paragraph === undefined ? '' : `, para. ${paragraph}`}. ${language}.${url ? ` ${url}.` : ''}`,
	},
	zh: {
		languages: { zh: '中文原文', en: '英文译文' },
		format: ({ report, archive, year, paragraph, language, url }) =>
			`${report}[EB/OL]//${archive}. ${year}${paragraph === undefined ? '' : `: 第${paragraph}段`}（${language}）.${url ? ` ${url}.` : ''}`,
	},
};

/**
 * The URL of one paragraph of a page: the page's URL with `#p<N>` (any anchor replaced).
 *
 * @example paragraphUrl('https://archive.example.org/en/2022/legal-affairs/', 2) // 'https://archive.example.org/en/2022/legal-affairs/#p2'
 */
export function paragraphUrl(pageUrl: string, paragraph: number): string {
	return `${pageUrl.replace(/#.*$/, '')}#p${paragraph}`;
}

/**
 * Formats the citation of a report or of one of its paragraphs. The URL is the
 * paragraph's: `#p<N>` is appended to the page's URL when a paragraph is given.
 *
 * @example
 * formatCitation({ lang: 'en', textLang: 'en', report: 'Legal Affairs Committee', archive: 'Datong Reports', year: 2022, paragraph: 2, url: 'https://archive.example.org/en/2022/legal-affairs/' })
 * // '“Legal Affairs Committee.” In Datong Reports, 2022, para. 2. English translation. https://archive.example.org/en/2022/legal-affairs/#p2.'
 * @example
 * formatCitation({ lang: 'zh', textLang: 'zh', report: '市人大法制委员会', archive: '大同人大档案', year: 2022, paragraph: 2 })
 * // '市人大法制委员会[EB/OL]//大同人大档案. 2022: 第2段（中文原文）.'
 */
export function formatCitation(parts: CitationParts): string {
	// A language without a style of its own (a Chinese variant) is cited in the Chinese form.
	const style = STYLES[parts.lang] ?? STYLES.zh;
	const url =
		parts.url &&
		(parts.paragraph === undefined ? parts.url : paragraphUrl(parts.url, parts.paragraph));
	return style.format({
		report: parts.report,
		archive: parts.archive,
		year: parts.year,
		paragraph: parts.paragraph,
		language: style.languages[parts.textLang] ?? style.languages.zh,
		url,
	});
}
