/**
 * The head fields of a report (page title, article headline and subtitle,
 * byline, credit) as an English page shows them. An English page leaves out a
 * field not translated yet (import never copies the Chinese into it); every
 * reader — pages, editions, search — shows the Chinese page's field in its
 * place and marks it as Chinese, as an untranslated paragraph is.
 */
import { META_UNITS, type MetaSuffix } from './page-units.ts';

/** The head fields of a Chinese page: all there but the byline and credit. */
export interface HeadFields {
	title: string;
	article: { title: string; subtitle: string };
	byline?: string | undefined;
	credit?: string | undefined;
}

/** The head fields of an English page: any of them may be left out, not translated yet. */
export interface EnHeadFields {
	title?: string | undefined;
	article?: { title?: string | undefined; subtitle?: string | undefined } | undefined;
	byline?: string | undefined;
	credit?: string | undefined;
}

/** What a page shows of a head: each field, and which of them are the Chinese standing for English not translated yet. */
export interface ShownHead extends HeadFields {
	chinese: ReadonlySet<MetaSuffix>;
}

/**
 * The head an English page shows: its English where it has it, else the
 * Chinese page's field, listed in `chinese`. Without an English page, the
 * Chinese head with nothing listed (the whole page is a fallback).
 *
 * @example shownHead(zh, { title: 'Report' }).chinese // Set { 'article-title', 'article-subtitle', … }
 */
export function shownHead(zh: HeadFields, en: EnHeadFields | undefined): ShownHead {
	const chinese = new Set<MetaSuffix>();
	if (!en) return { ...zh, chinese };
	const pick = (suffix: MetaSuffix, english: string | undefined, original: string | undefined) => {
		if (english !== undefined || original === undefined) return english;
		chinese.add(suffix);
		return original;
	};
	const title = pick('title', en.title, zh.title)!;
	const article = {
		title: pick('article-title', en.article?.title, zh.article.title)!,
		subtitle: pick('article-subtitle', en.article?.subtitle, zh.article.subtitle)!,
	};
	const byline = pick('byline', en.byline, zh.byline);
	const credit = pick('credit', en.credit, zh.credit);
	return {
		title,
		article,
		...(byline !== undefined && { byline }),
		...(credit !== undefined && { credit }),
		chinese,
	};
}

/**
 * The head fields an English page leaves untranslated (`title`,
 * `article-title`, …: those the Chinese page has and it lacks), in reading order.
 *
 * @example untranslatedFields({ title: '甲', article: { title: '乙', subtitle: '丙' } }, { title: 'A' }) // ['article-title', 'article-subtitle']
 */
export function untranslatedFields(
	zh: Record<string, unknown>,
	en: Record<string, unknown>
): MetaSuffix[] {
	return META_UNITS.filter(
		({ get }) => typeof get(zh) === 'string' && typeof get(en) !== 'string'
	).map(({ suffix }) => suffix);
}
