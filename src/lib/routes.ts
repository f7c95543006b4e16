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
import { pageCitation, type ReportCitation } from './citation-parts.ts';
import { COMMITTEES, type Committee } from './committees.ts';
import { archiveVersion, getDownloads, getEditionArchive } from './editions/from-collection.ts';
import { aboutPageProps, loadAboutProse } from './page-data/about.ts';
import {
	type CommitteeCard,
	committeeCards,
	type CommitteeOption,
	committeeOptions,
	reportedCommittees,
} from './page-data/committees.ts';
import { dataPageProps } from './page-data/data.ts';
import { type PagerLinks, pagerLinks, reportProvenance } from './page-data/report.ts';
import {
	type ArticleGroup,
	figureLinks,
	type FigureLink,
	groupByArticle,
} from './page-data/year.ts';
import {
	optionalProse,
	type ProseDocument,
	requireProse,
	requireTitle,
} from './prose/documents.ts';
import type { ProvenanceView } from './provenance-view.ts';
import {
	documentIndex,
	type DocumentIndexEntry,
	glossaryLetters,
	type GlossaryLetter,
} from './reference-index.ts';
import { LANGS, type Lang } from './i18n.ts';
import { createRoutes } from './urls.ts';

/** The URLs of the site being built (Astro's base path; `/` under vitest). */
const siteRoutes = () => createRoutes(import.meta.env.BASE_URL);

/** One path per language, for the pages that need nothing but their language. */
export async function getLangPaths() {
	return LANGS.map((lang) => ({ params: { lang }, props: { lang } }));
}

/** `/{lang}/about/`: its prose and the data around it (src/lib/page-data/about.ts). */
export async function getAboutPaths() {
	const archive = await getArchive();
	const published = (await getDownloads()).some((d) => d.kind === 'offline');
	const routes = siteRoutes();
	return Promise.all(
		LANGS.map(async (lang) => ({
			params: { lang },
			props: aboutPageProps(archive, lang, {
				prose: await loadAboutProse(lang),
				published,
				routes,
			}),
		}))
	);
}

/** `/{lang}/data/`: the downloads, the print pages, the licence, the dataset's citation. */
export async function getDataPaths() {
	const [downloads, archive] = await Promise.all([getDownloads(), getEditionArchive()]);
	const routes = siteRoutes();
	return Promise.all(
		LANGS.map(async (lang) => ({
			params: { lang },
			props: dataPageProps(lang, {
				downloads,
				archive,
				version: archiveVersion(),
				licence: requireTitle(
					await requireProse(lang, 'data/licence', 'the data page states its licence with it')
				),
				offline: __ARCHIVE_OFFLINE__,
				routes,
			}),
		}))
	);
}

export interface CommitteesPageProps {
	lang: Lang;
	committees: CommitteeCard[];
}

/** `/{lang}/committees/`: every committee that has reported, in registry order. */
export async function getCommitteesIndexPaths() {
	const archive = await getArchive();
	const routes = siteRoutes();
	return LANGS.map((lang) => ({
		params: { lang },
		props: {
			lang,
			committees: committeeCards(archive, lang, routes),
		} satisfies CommitteesPageProps,
	}));
}

export interface SearchPageProps {
	lang: Lang;
	/** The years of the archive, newest first, for the year filter. */
	years: number[];
	/** The committees that have reported, for the committee filter. */
	committees: CommitteeOption[];
}

/** `/{lang}/search/`: the search form and its filters. */
export async function getSearchPaths() {
	const archive = await getArchive();
	return LANGS.map((lang) => ({
		params: { lang },
		props: {
			lang,
			years: archive.years,
			committees: committeeOptions(archive, lang),
		} satisfies SearchPageProps,
	}));
}

/** A year on a language's home page. */
export interface YearCard {
	year: number;
	href: string;
	/** The headline of the year's lead article, in the page's language when translated. */
	headline: string | undefined;
	/** The headline's `lang` where it is not the page's (the Chinese on an English page). */
	headlineLang: string | undefined;
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
				// Localized as the report pages show it: an untranslated title is the Chinese, marked.
				const shown = lead && localize(lead, lang);
				return {
					year,
					href: routes.year(lang, year),
					headline: shown?.title,
					headlineLang: shown?.titleLang,
					reportCount: reports.length,
				};
			}),
		} satisfies HomePageProps,
	}));
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
	/** The year's introduction (content/prose/<lang>/year/<year>.md), if it has one. */
	intro: ProseDocument | undefined;
}

/** `/{lang}/{year}/`: a year's articles, reports and key figures. */
export async function getYearPaths() {
	const archive = await getArchive();
	const pages = LANGS.flatMap((lang) => archive.years.map((year) => ({ lang, year })));
	return Promise.all(
		pages.map(async ({ lang, year }) => {
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
					intro: await optionalProse(lang, `year/${year}`),
				} satisfies YearPageProps,
			};
		})
	);
}

export interface ReportPageProps {
	lang: Lang;
	report: ReportRecord;
	/** The previous and next report of the same year, in source order. */
	pager: PagerLinks;
	/** The same committee's report in every year, newest first, this one included. */
	yearLinks: { year: number; href: string }[];
	/** The citation parts of the text the page shows (the cite control's and the print citation's). */
	cite: ReportCitation;
	/** Where the text comes from; the English pages credit the translation, a Chinese fallback does not. */
	provenance: ProvenanceView;
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
				cite: pageCitation(report, lang),
				provenance: reportProvenance(report, lang),
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
		reportedCommittees(archive).map(({ committee, reports }) => ({
			params: { lang, slug: committee.slug },
			props: { lang, committee, reports } satisfies CommitteePageProps,
		}))
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
