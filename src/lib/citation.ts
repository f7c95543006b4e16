/**
 * The archive's citation form, one pure function shared by the report pages
 * (the cite control reads its parts from data attributes), the print
 * stylesheet's closing citation and the about page's "How to cite". It imports
 * only the date formatter (itself free of imports), so the browser's citation
 * code can include it.
 *
 * English follows the Chicago style for a part of a website (Author. "Part."
 * In Site, year, para. N. … Accessed Month D, YYYY. URL.); Chinese follows
 * GB/T 7714-2015 for an electronic resource that is part of a larger one
 * (作者. 题名[EB/OL]//总题名. 年份: 位置. [引用日期]. URL.). Both say which
 * language the cited text is in, since the paragraph numbers are the same in
 * every language and a quotation's wording is not, and where the text was
 * first printed when that is recorded.
 */
import { formatDate } from './content/dates.ts';
import type { Lang } from './i18n.ts';

/** What a citation names. Every string is already in the citation's language and script. */
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
	/** The people the byline names, in the citation's language. */
	authors?: string[] | undefined;
	/**
	 * Where the text was first printed, when that is recorded: the newspaper, the day
	 * (YYYY-MM-DD), the page. `null`: the archive records that it was not recorded, and the
	 * citation says so (never guessed); absent: the citation does not speak of it.
	 */
	publication?:
		{ newspaper: string; date?: string | undefined; page?: string | undefined } | null | undefined;
	/** Who translated the text, named when the cited text is the English translation. */
	translator?: string | undefined;
	/** The day the reader accessed the page (YYYY-MM-DD); without it the citation has no access date. */
	accessed?: string | undefined;
}

/** The parts as a style writes them: the language named, the URL already the paragraph's. */
type StyleParts = CitationParts & { language: string };

interface CitationStyle {
	/** Names of the text's language, in the citation's language (a missing one falls back to `zh`). */
	languages: { [L in Lang]?: string } & { zh: string };
	format: (parts: StyleParts) => string;
}

/** Words of the Chinese form, in Simplified and in Traditional characters (a test checks they agree). */
const CHINESE_WORDS = {
	zh: {
		languages: { zh: '中文原文', 'zh-hant': '中文原文，繁体字自动转换', en: '英文译文' },
		originally: '原载',
		notRecorded: '未记录',
		translator: '译者',
	},
	'zh-hant': {
		languages: { zh: '中文原文', 'zh-hant': '中文原文，繁體字自動轉換', en: '英文譯文' },
		originally: '原載',
		notRecorded: '未記錄',
		translator: '譯者',
	},
} as const;

/** Authors as Chicago lists them: "A", "A and B", "A, B, and C". */
function englishAuthors(authors: string[]): string {
	if (authors.length <= 2) return authors.join(' and ');
	return `${authors.slice(0, -1).join(', ')}, and ${authors.at(-1)!}`;
}

function englishFormat(parts: StyleParts): string {
	const { authors, report, archive, year, paragraph, language, translator, publication } = parts;
	const printed =
		publication === null
			? 'Original publication not recorded'
			: publication &&
				[
					`Originally published in ${publication.newspaper}`,
					publication.date && formatDate(publication.date, 'en'),
					publication.page && `page ${publication.page}`,
				]
					.filter(Boolean)
					.join(', ');
	return [
		authors?.length ? `${englishAuthors(authors)}.` : '',
		`“${report}.”`,
		`In ${archive}, ${year}${paragraph === undefined ? '' : `, para. ${paragraph}`}.`,
		translator ? `${language} by ${translator}.` : `${language}.`,
		printed ? `${printed}.` : '',
		parts.accessed ? `Accessed ${formatDate(parts.accessed, 'en')}.` : '',
		parts.url ? `${parts.url}.` : '',
	]
		.filter(Boolean)
		.join(' ');
}

function chineseFormat(words: (typeof CHINESE_WORDS)['zh' | 'zh-hant']) {
	return (parts: StyleParts): string => {
		const { authors, report, archive, year, paragraph, language, translator, publication } = parts;
		const printed =
			publication === null
				? `${words.originally}: ${words.notRecorded}.`
				: publication &&
					`${words.originally}: ${publication.newspaper}${publication.date ? `, ${publication.date}` : ''}${publication.page ? `(${publication.page})` : ''}.`;
		const location = paragraph === undefined ? '' : `: 第${paragraph}段`;
		const languageNote = translator ? `${language}，${words.translator}：${translator}` : language;
		return [
			authors?.length ? `${authors.join(', ')}.` : '',
			`${report}[EB/OL]//${archive}.`,
			`${year}${location}（${languageNote}）.`,
			printed ?? '',
			parts.accessed ? `[${parts.accessed}].` : '',
			parts.url ? `${parts.url}.` : '',
		]
			.filter(Boolean)
			.join(' ');
	};
}

const STYLES: { [L in Lang]?: CitationStyle } & Record<'zh' | 'en', CitationStyle> = {
	en: {
		languages: { zh: 'Chinese original', 'zh-hant': 'Chinese original', en: 'English translation' },
		format: englishFormat,
	},
	zh: { languages: CHINESE_WORDS.zh.languages, format: chineseFormat(CHINESE_WORDS.zh) },
	'zh-hant': {
		languages: CHINESE_WORDS['zh-hant'].languages,
		format: chineseFormat(CHINESE_WORDS['zh-hant']),
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
 * The translator is named only when the cited text is the English translation.
 *
 * @example
 * formatCitation({ lang: 'en', textLang: 'en', authors: ['Zheng Miaomiao'], report: 'Legal Affairs Committee', archive: 'Datong Reports', year: 2022, paragraph: 2, accessed: '2026-12-01', url: 'https://archive.example.org/en/2022/legal-affairs/' })
 * // 'Zheng Miaomiao. “Legal Affairs Committee.” In Datong Reports, 2022, para. 2. English translation. Accessed December 1, 2026. https://archive.example.org/en/2022/legal-affairs/#p2.'
 * @example
 * formatCitation({ lang: 'zh', textLang: 'zh', authors: ['郑苗苗'], report: '市人大法制委员会', archive: '大同人大档案', year: 2022, paragraph: 2, accessed: '2026-12-01' })
 * // '郑苗苗. 市人大法制委员会[EB/OL]//大同人大档案. 2022: 第2段（中文原文）. [2026-12-01].'
 */
export function formatCitation(parts: CitationParts): string {
	// A language without a style of its own is cited in the Chinese form.
	const style = STYLES[parts.lang] ?? STYLES.zh;
	const url =
		parts.url &&
		(parts.paragraph === undefined ? parts.url : paragraphUrl(parts.url, parts.paragraph));
	return style.format({
		...parts,
		url,
		translator: parts.textLang === 'en' ? parts.translator : undefined,
		language: style.languages[parts.textLang] ?? style.languages.zh,
	});
}
