/**
 * The about page (`/{lang}/about/`): its prose (content/prose/<lang>/about/),
 * and what is computed around it, from content/ and the build: each year's
 * provenance, the citation example, every report's translation status, the
 * link to the offline edition.
 */
import { type Archive, localize, reportsOfYear } from '../archive.ts';
import { formatCitation } from '../citation.ts';
import { pageCitation } from '../citation-parts.ts';
import { OFFLINE_GROUP_ID } from '../editions/data-page.ts';
import { type Lang, useTranslations } from '../i18n.ts';
import { type ProseDocument, requireProse, requireTitle } from '../prose/documents.ts';
import { type ProvenanceView, provenanceView } from '../provenance-view.ts';
import type { TranslationStatus } from '../translation-status.ts';
import type { Routes } from '../urls.ts';

/** The about page's sections, in order: `content/prose/<lang>/about/<section>.md`, anchor `#<section>`. */
export const ABOUT_SECTIONS = ['sources', 'method', 'cite', 'translations', 'offline'] as const;
export type AboutSection = (typeof ABOUT_SECTIONS)[number];

/** The about page's prose: its opening text and one document per section. */
export interface AboutProse {
	intro: ProseDocument;
	sections: Record<AboutSection, ProseDocument>;
}

/** One year's provenance, as the sources section lists it. */
export interface YearSource {
	year: number;
	view: ProvenanceView;
}

/** The citation "Copy citation" gives for a paragraph of an example report, less the access date. */
export interface CitationExample {
	citation: string;
	/** The cited paragraph. */
	href: string;
	/** The link's text: the paragraph's name. */
	label: string;
}

/** A report's line in the translation status table. */
export interface TranslationRow {
	/** `<year>/<slug>`. */
	key: string;
	year: number;
	title: string;
	/** The title's `lang` where it is not the page's (a Chinese headline on an English page). */
	titleLang: string | undefined;
	href: string;
	status: TranslationStatus;
	/** The status in words, in the page's language. */
	label: string;
}

export interface AboutPageProps {
	lang: Lang;
	prose: AboutProse;
	sources: YearSource[];
	example: CitationExample | undefined;
	translations: TranslationRow[];
	/** Where the data page lists the offline edition, when the build publishes it. */
	offlineHref: string | undefined;
}

/** The paragraph the example cites. */
const EXAMPLE_PARAGRAPH = 2;

/** Reads the about page's prose in the language of a page in `lang`. */
export async function loadAboutProse(lang: Lang): Promise<AboutProse> {
	const intro = await requireProse(lang, 'about/intro', 'the about page opens with it');
	const sections = await Promise.all(
		ABOUT_SECTIONS.map(async (section) =>
			requireTitle(
				await requireProse(lang, `about/${section}`, `it is the about page’s section #${section}`)
			)
		)
	);
	return {
		intro,
		sections: Object.fromEntries(ABOUT_SECTIONS.map((s, i) => [s, sections[i]!])) as Record<
			AboutSection,
			ProseDocument
		>,
	};
}

/**
 * Each year's provenance, from its pages' frontmatter (ingest copied it there
 * from seeds/<year>.yaml), newest first; the translation credit where the year
 * has an English page.
 */
export function yearSources(archive: Archive, lang: Lang): YearSource[] {
	return archive.years.map((year) => {
		const reports = reportsOfYear(archive, year);
		const english = reports.find((r) => r.en)?.en?.data;
		return { year, view: provenanceView(reports[0]!.zh.data, lang, english, false) };
	});
}

/**
 * The very citation the cite control copies for paragraph 2 of the
 * legal-affairs report (of the newest year; the first report where there is
 * none), without the access date: the about page is not read on a day.
 */
export function citationExample(
	archive: Archive,
	lang: Lang,
	routes: Routes,
	site?: URL | string
): CitationExample | undefined {
	const example = archive.reports.find((r) => r.slug === 'legal-affairs') ?? archive.reports[0];
	if (!example) return undefined;
	const parts = pageCitation(example, lang, site, routes.landing());
	return {
		citation: formatCitation({ ...parts, paragraph: EXAMPLE_PARAGRAPH }),
		href: `${routes.report(lang, example.year, example.slug)}#p${EXAMPLE_PARAGRAPH}`,
		label: useTranslations(lang)('report.paragraph', { n: EXAMPLE_PARAGRAPH }),
	};
}

/** Every report with the state of its English translation, newest year first. */
export function translationRows(archive: Archive, lang: Lang, routes: Routes): TranslationRow[] {
	const t = useTranslations(lang);
	return archive.reports.map((report) => ({
		key: `${report.year}/${report.slug}`,
		year: report.year,
		title: localize(report, lang).title,
		titleLang: localize(report, lang).titleLang,
		href: routes.report(lang, report.year, report.slug),
		status: report.translation,
		label: t(`translation.${report.translation}`),
	}));
}

/** Everything the about page shows but its interface strings. */
export function aboutPageProps(
	archive: Archive,
	lang: Lang,
	context: { prose: AboutProse; published: boolean; routes: Routes; site?: URL | string }
): AboutPageProps {
	const { routes } = context;
	return {
		lang,
		prose: context.prose,
		sources: yearSources(archive, lang),
		example: citationExample(archive, lang, routes, context.site),
		translations: translationRows(archive, lang, routes),
		offlineHref: context.published ? `${routes.data(lang)}#${OFFLINE_GROUP_ID}` : undefined,
	};
}
