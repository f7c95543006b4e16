/**
 * A report page's data (`/{lang}/{year}/{slug}/`) beyond the report itself: the
 * links to its neighbours, its provenance as the page shows it.
 */
import { localize, type ReportRecord } from '../archive.ts';
import type { Lang } from '../i18n.ts';
import { type ProvenanceView, provenanceView } from '../provenance-view.ts';
import { createRoutes, type Routes } from '../urls.ts';

/** A link to another report, with the title a page in the reader's language shows. */
export interface PagerLink {
	href: string;
	title: string;
	/** The title's `lang` where it is not the page's (a Chinese headline on an English page). */
	lang?: string | undefined;
}

/** The previous and next report of a report, where there is one. */
export interface PagerLinks {
	prev: PagerLink | undefined;
	next: PagerLink | undefined;
}

/** The previous and next report of `report` among its year's reports (in source order). */
export function pagerLinks(
	siblings: ReportRecord[],
	report: ReportRecord,
	lang: Lang,
	routes: Routes = createRoutes(import.meta.env.BASE_URL)
): PagerLinks {
	const index = siblings.indexOf(report);
	const link = (r: ReportRecord | undefined): PagerLink | undefined => {
		if (!r) return undefined;
		const shown = localize(r, lang);
		return { href: routes.report(lang, r.year, r.slug), title: shown.title, lang: shown.titleLang };
	};
	return {
		prev: index > 0 ? link(siblings[index - 1]) : undefined,
		next: index >= 0 ? link(siblings[index + 1]) : undefined,
	};
}

/** A report's provenance for its page in `lang`: the translation credited where the page shows the English. */
export function reportProvenance(report: ReportRecord, lang: Lang): ProvenanceView {
	const shown = localize(report, lang);
	return provenanceView(
		report.zh.data,
		lang,
		shown.contentLang === 'en' ? report.en?.data : undefined
	);
}
