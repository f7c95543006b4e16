/**
 * Machine-readable metadata of a report page: schema.org JSON-LD (a `Report`
 * that is part of its year's collection and of the archive, in its language,
 * linked to the same report in the other language by `translationOfWork` /
 * `workTranslation`) and Open Graph properties.
 *
 * @see https://schema.org/Report
 * @see https://ogp.me/
 */
import { LOCALES, type Lang, LANGS } from '../../i18n.ts';
import { DATASET_LICENCE, DATASET_PUBLISHER, DATASET_TITLE } from '../dataset.ts';

export interface ReportPageInfo {
	lang: Lang;
	year: number;
	/** The language of the text shown (the Chinese for an untranslated page). */
	contentLang: Lang;
	title: string;
	description: string;
	/** The report's page in each language, absolute on the hosted site, relative offline. */
	urls: Record<Lang, string>;
	/** The year's page and the archive's home page in this language. */
	yearUrl: string;
	homeUrl: string;
	/** The languages the report exists in (Chinese always; English when translated). */
	available: Lang[];
	/** Whether the URLs are absolute (the hosted site); Open Graph needs an absolute og:url. */
	absolute: boolean;
}

/** The JSON-LD object of a report page. */
export function reportJsonLd(page: ReportPageInfo): Record<string, unknown> {
	const ref = (lang: Lang) => ({
		'@type': 'Report',
		'@id': page.urls[lang],
		url: page.urls[lang],
		inLanguage: LOCALES[lang].htmlLang,
	});
	const others = page.available.filter((l) => l !== page.contentLang);
	return {
		'@context': 'https://schema.org',
		'@type': 'Report',
		'@id': page.urls[page.lang],
		url: page.urls[page.lang],
		name: page.title,
		description: page.description,
		inLanguage: LOCALES[page.contentLang].htmlLang,
		temporalCoverage: String(page.year),
		publisher: { '@type': 'Organization', name: DATASET_PUBLISHER[LOCALES[page.lang].text] },
		license: DATASET_LICENCE.url,
		isPartOf: {
			'@type': 'Collection',
			'@id': page.yearUrl,
			url: page.yearUrl,
			name: `${page.year}`,
			isPartOf: {
				'@type': 'Collection',
				'@id': page.homeUrl,
				url: page.homeUrl,
				name: DATASET_TITLE[LOCALES[page.lang].text],
			},
		},
		// The Chinese is the original; the English is its translation, the Traditional its conversion.
		...(page.contentLang === 'zh'
			? others.length > 0 && { workTranslation: others.map(ref) }
			: { translationOfWork: ref('zh') }),
	};
}

/**
 * The JSON-LD as the text of a `<script type="application/ld+json">`: `<` is
 * escaped so that no text can close the element.
 *
 * @example jsonLdText({ name: '</script>' }) // '{"name":"\\u003c/script>"}'
 */
export function jsonLdText(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** Open Graph locale of a language. */
const OG_LOCALES: Record<string, string> = { zh: 'zh_CN', 'zh-hant': 'zh_TW', en: 'en_US' };

/** Open Graph `<meta property content>` pairs of a report page. */
export function openGraph(page: ReportPageInfo): { property: string; content: string }[] {
	return [
		{ property: 'og:type', content: 'article' },
		{ property: 'og:title', content: page.title },
		{ property: 'og:description', content: page.description },
		{ property: 'og:site_name', content: DATASET_TITLE[LOCALES[page.lang].text] },
		{ property: 'og:locale', content: OG_LOCALES[page.lang] ?? page.lang },
		...LANGS.filter((l) => l !== page.lang).map((l) => ({
			property: 'og:locale:alternate',
			content: OG_LOCALES[l] ?? l,
		})),
		...(page.absolute ? [{ property: 'og:url', content: page.urls[page.lang] }] : []),
		{ property: 'article:section', content: String(page.year) },
	];
}
