/**
 * The head of the side-by-side view: a report's article headline, subtitle,
 * title, byline and credit, in Chinese and in English, each side in its own
 * language (its BCP 47 tag goes on the side's elements); a field the English
 * page has not translated yet shows the Chinese, in its own language.
 */
import type { ReportRecord } from './archive.ts';
import { shownHead, type ShownHead } from './content/en-fields.ts';
import type { MetaSuffix } from './content/page-units.ts';
import { isChinese, type Lang, LOCALES } from './i18n.ts';

/** One language's side of the head. */
export interface HeadSide {
	/** BCP 47 tag of the side's text (`zh-Hans`, `zh-Hant`, `en`). */
	lang: string;
	/** The headline of the group article (committee reports; the overview's title is the headline). */
	article?: string;
	subtitle?: string;
	/** Absent on the English side of an overview whose headline is not translated. */
	title?: string;
	byline?: string;
	credit?: string;
	/** Fields of the English side not translated yet: they show the Chinese, in this language (`zh-Hans`). */
	chinese?: { lang: string; fields: ReadonlySet<MetaSuffix> };
}

function toSide(data: ShownHead, committeeName: string, overview: boolean, lang: string): HeadSide {
	// A committee's side shows its registry name as the title; an overview's untranslated headline is left out.
	const chinese = new Set([...data.chinese].filter((suffix) => suffix !== 'title'));
	return {
		lang,
		...(chinese.size > 0 && { chinese: { lang: LOCALES.zh.htmlLang, fields: chinese } }),
		...(!overview && { article: data.article.title }),
		subtitle: data.article.subtitle,
		...(!(overview && data.chinese.has('title')) && {
			title: overview ? data.title : committeeName,
		}),
		...(data.byline !== undefined && { byline: data.byline }),
		...(data.credit !== undefined && { credit: data.credit }),
	};
}

/**
 * The Chinese side, then the English one. The Chinese side is in the page's
 * script (Traditional on `/zh-hant/`, converted with the page). Without a
 * translation the English side is the committee's registry name alone, or
 * absent for the overview, whose English headline only a translation gives.
 */
export function parallelHead(report: ReportRecord, lang: Lang): HeadSide[] {
	const overview = report.committee.kind === 'overview';
	const zhLang = LOCALES[isChinese(lang) ? lang : 'zh'].htmlLang;
	const sides = [
		toSide(shownHead(report.zh.data, undefined), report.committee.zh, overview, zhLang),
	];
	if (report.en)
		sides.push(
			toSide(shownHead(report.zh.data, report.en.data), report.committee.en, overview, 'en')
		);
	else if (!overview) sides.push({ lang: 'en', title: report.committee.en });
	return sides;
}
