/**
 * A year page's data (`/{lang}/{year}/`): its reports grouped by newspaper
 * article, its key figures linked to their paragraphs.
 */
import { localize, type ReportRecord } from '../archive.ts';
import type { MetaSuffix } from '../content/page-units.ts';
import { isChinese, type Lang, LOCALES } from '../i18n.ts';
import { createRoutes, type Routes } from '../urls.ts';

/** The reports of one newspaper article on a year page. */
export interface ArticleGroup {
	title: string;
	subtitle: string;
	/** BCP 47 tag of the text shown (Chinese where the article is not translated). */
	lang: string;
	byline: string | undefined;
	credit: string | undefined;
	reports: ReportRecord[];
}

/** A key figure of a year, linked to the paragraph that states it. */
export interface FigureLink {
	text: string;
	href: string;
}

/**
 * Groups a year's reports (in source order) by their newspaper article, as a
 * page in `lang` shows them: consecutive reports of the same article share a group.
 */
export function groupByArticle(reports: ReportRecord[], lang: Lang): ArticleGroup[] {
	const groups: ArticleGroup[] = [];
	let lastKey: string | undefined;
	for (const report of reports) {
		// The Chinese article identifies the group: a translation may be missing for some reports.
		const key = `${report.zh.data.article.title}\n${report.zh.data.article.subtitle}`;
		const last = groups.at(-1);
		if (last && key === lastKey) {
			last.reports.push(report);
			continue;
		}
		lastKey = key;
		const shown = localize(report, lang);
		// An article head the English page has only partly translated is shown in Chinese, as a whole.
		const partly = ['article-title', 'article-subtitle', 'byline', 'credit'].some((suffix) =>
			shown.head.chinese.has(suffix as MetaSuffix)
		);
		const { article, byline, credit } = partly ? report.zh.data : shown.head;
		groups.push({
			...article,
			lang: LOCALES[partly ? 'zh' : shown.contentLang].htmlLang,
			byline,
			credit,
			reports: [report],
		});
	}
	return groups;
}

/** The key figures of some reports, in `lang`, each linked to its paragraph. */
export function figureLinks(
	reports: ReportRecord[],
	lang: Lang,
	routes: Routes = createRoutes(import.meta.env.BASE_URL)
): FigureLink[] {
	return reports.flatMap((report) =>
		report.zh.data.figures.map((figure) => ({
			text: isChinese(lang) ? figure.quote : figure.en,
			href: `${routes.report(lang, report.year, report.slug)}#p${figure.paragraph}`,
		}))
	);
}
