/**
 * The facts a report page's JSON-LD and Open Graph need, from the page's
 * props: absolute URLs on the hosted site, URLs relative to the page's file
 * in the offline edition (which carries no absolute URL).
 */
import type { LocalizedReport, ReportRecord } from '../../archive.ts';
import { type Lang, LANGS } from '../../i18n.ts';
import { relativeUrl } from '../../package/relative-links.ts';
import { createRoutes } from '../../urls.ts';
import type { ReportPageInfo } from './report-metadata.ts';

/** The metadata facts of one report page. */
export function reportPageInfo(options: {
	report: ReportRecord;
	lang: Lang;
	shown: LocalizedReport;
	base: string;
	site: URL | undefined;
	pathname: string;
}): ReportPageInfo {
	const { report, lang, shown, base, site, pathname } = options;
	const routes = createRoutes(base);
	const file = `${pathname.replace(/^\//, '')}index.html`;
	const url = (path: string) => (site ? new URL(path, site).href : relativeUrl(file, path));
	// On an English page, the Chinese of a field not translated yet.
	const data = shown.head;
	return {
		lang,
		year: report.year,
		contentLang: shown.contentLang,
		title: `${shown.title} (${report.year})`,
		description: `${data.article.title} ${data.article.subtitle}`,
		urls: Object.fromEntries(
			LANGS.map((l) => [l, url(routes.report(l, report.year, report.slug))])
		) as Record<Lang, string>,
		yearUrl: url(routes.year(lang, report.year)),
		homeUrl: url(routes.home(lang)),
		// The Traditional edition exists for every report (converted from the Chinese).
		available: report.en ? ['zh', 'en', 'zh-hant'] : ['zh', 'zh-hant'],
		absolute: site !== undefined,
	};
}
