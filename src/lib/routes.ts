/**
 * `getStaticPaths` for every route, with the data each page needs already
 * prepared, so page files stay thin.
 */
import {
	getArchive,
	localize,
	type ReportRecord,
	reportsOfCommittee,
	reportsOfYear,
} from './archive.ts';
import { COMMITTEES, type Committee } from './committees.ts';
import type { MetaSuffix } from './content/page-units.ts';
import { getEditionArchive } from './editions/from-collection.ts';
import {
	documentIndex,
	type DocumentIndexEntry,
	glossaryLetters,
	type GlossaryLetter,
} from './reference-index.ts';
import { isChinese, LANGS, type Lang, LOCALES } from './i18n.ts';
import { createRoutes } from './urls.ts';

/** The URLs of the site being built (Astro's base path; `/` under vitest). */
const siteRoutes = () => createRoutes(import.meta.env.BASE_URL);

/** One path per language, for the pages that need nothing but their language. */
export async function getLangPaths() {
	return LANGS.map((lang) => ({ params: { lang }, props: { lang } }));
}

/** A year on a language's home page. */
export interface YearCard {
	year: number;
	href: string;
	/** The headline of the year's lead article, in the page's language when translated. */
	headline: string | undefined;
	reportCount: number;
}

export interface HomePageProps {
	lang: Lang;
	/** Every year of the archive, newest first. */
	years: YearCard[];
}

/** `/{lang}/`: the years, newest first, each with its lead article's headline. */
export async function getHomePaths() {
	const archive = await getArchive();
	const routes = siteRoutes();
	return LANGS.map((lang) => ({
		params: { lang },
		props: {
			lang,
			years: archive.years.map((year): YearCard => {
				const reports = reportsOfYear(archive, year);
				const lead = reports.find((r) => r.committee.kind === 'overview');
				const entry = lang === 'en' && lead?.en ? lead.en : lead?.zh;
				return {
					year,
					href: routes.year(lang, year),
					headline: entry?.data.title,
					reportCount: reports.length,
				};
			}),
		} satisfies HomePageProps,
	}));
}

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

export interface YearPageProps {
	lang: Lang;
	year: number;
	reports: ReportRecord[];
	/** The year's reports grouped by the article they belong to, in source order. */
	articles: ArticleGroup[];
	/** Key figures recorded in seeds/<year>.yaml, in source order. */
	figures: FigureLink[];
	/** The archive's other years, newest first. */
	otherYears: number[];
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
	routes = siteRoutes()
): FigureLink[] {
	return reports.flatMap((report) =>
		report.zh.data.figures.map((figure) => ({
			text: isChinese(lang) ? figure.quote : figure.en,
			href: `${routes.report(lang, report.year, report.slug)}#p${figure.paragraph}`,
		}))
	);
}

/** `/{lang}/{year}/`: a year's articles, reports and key figures. */
export async function getYearPaths() {
	const archive = await getArchive();
	return LANGS.flatMap((lang) =>
		archive.years.map((year) => {
			const reports = reportsOfYear(archive, year);
			return {
				params: { lang, year: String(year) },
				props: {
					lang,
					year,
					reports,
					articles: groupByArticle(reports, lang),
					figures: figureLinks(reports, lang),
					otherYears: archive.years.filter((y) => y !== year),
				} satisfies YearPageProps,
			};
		})
	);
}

/** A link to another report, with the title a page in the reader's language shows. */
export interface PagerLink {
	href: string;
	title: string;
	/** The title's `lang` where it is not the page's (a Chinese headline on an English page). */
	lang?: string | undefined;
}

export interface ReportPageProps {
	lang: Lang;
	report: ReportRecord;
	/** The previous and next report of the same year, in source order. */
	pager: { prev: PagerLink | undefined; next: PagerLink | undefined };
	/** The same committee's report in every year, newest first, this one included. */
	yearLinks: { year: number; href: string }[];
}

/** The previous and next report of `report` among its year's reports (in source order). */
export function pagerLinks(
	siblings: ReportRecord[],
	report: ReportRecord,
	lang: Lang,
	routes = siteRoutes()
): ReportPageProps['pager'] {
	const index = siblings.indexOf(report);
	const link = (r: ReportRecord | undefined): PagerLink | undefined => {
		const shown = r && localize(r, lang);
		return (
			r &&
			shown && {
				href: routes.report(lang, r.year, r.slug),
				title: shown.title,
				lang: shown.titleLang,
			}
		);
	};
	return {
		prev: index > 0 ? link(siblings[index - 1]) : undefined,
		next: index >= 0 ? link(siblings[index + 1]) : undefined,
	};
}

/** `/{lang}/{year}/{slug}/` and its bilingual view: one report. */
export async function getReportPaths() {
	const archive = await getArchive();
	const routes = siteRoutes();
	return LANGS.flatMap((lang) =>
		archive.reports.map((report) => ({
			params: { lang, year: String(report.year), slug: report.slug },
			props: {
				lang,
				report,
				pager: pagerLinks(reportsOfYear(archive, report.year), report, lang, routes),
				yearLinks: reportsOfCommittee(archive, report.slug).map((r) => ({
					year: r.year,
					href: routes.report(lang, r.year, r.slug),
				})),
			} satisfies ReportPageProps,
		}))
	);
}

export interface CommitteePageProps {
	lang: Lang;
	committee: Committee;
	reports: ReportRecord[];
}

/** Committee pages exist for every committee of the registry that has reported at least once. */
export async function getCommitteePaths() {
	const archive = await getArchive();
	return LANGS.flatMap((lang) =>
		COMMITTEES.filter((committee) => reportsOfCommittee(archive, committee.slug).length > 0).map(
			(committee) => ({
				params: { lang, slug: committee.slug },
				props: {
					lang,
					committee,
					reports: reportsOfCommittee(archive, committee.slug),
				} satisfies CommitteePageProps,
			})
		)
	);
}

export interface GlossaryPageProps {
	lang: Lang;
	/** The glossary's terms in pinyin order, by initial letter, each linked to its paragraphs. */
	letters: GlossaryLetter[];
	/** The committee registry, in display order. */
	committees: Committee[];
}

/** `/{lang}/glossary/`: the terms of the translation and the committee names. */
export async function getGlossaryPaths() {
	const archive = await getEditionArchive();
	const routes = siteRoutes();
	const committees = [...COMMITTEES].sort((a, b) => a.order - b.order);
	return LANGS.map((lang) => ({
		params: { lang },
		props: {
			lang,
			letters: glossaryLetters(archive, lang, routes),
			committees,
		} satisfies GlossaryPageProps,
	}));
}

export interface DocumentsPageProps {
	lang: Lang;
	/** Every title the reports cite in 《》, with its English title and the paragraphs citing it. */
	documents: DocumentIndexEntry[];
}

/** `/{lang}/documents/`: the index of laws and documents. */
export async function getDocumentsPaths() {
	const archive = await getEditionArchive();
	const routes = siteRoutes();
	return LANGS.map((lang) => ({
		params: { lang },
		props: { lang, documents: documentIndex(archive, lang, routes) } satisfies DocumentsPageProps,
	}));
}
