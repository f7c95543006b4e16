/**
 * `getStaticPaths` for every route, with the data each page needs already
 * prepared, so page files stay thin.
 */
import { type Archive, getArchive, type ReportRecord, reportsOfCommittee, reportsOfYear } from './archive.ts';
import { COMMITTEES, type Committee } from './committees.ts';
import { LANGS, type Lang } from './i18n.ts';

export async function getLangPaths() {
	return LANGS.map((lang) => ({ params: { lang }, props: { lang } }));
}

export interface YearPageProps {
	lang: Lang;
	year: number;
	archive: Archive;
	reports: ReportRecord[];
}

export async function getYearPaths() {
	const archive = await getArchive();
	return LANGS.flatMap((lang) =>
		archive.years.map((year) => ({
			params: { lang, year: String(year) },
			props: { lang, year, archive, reports: reportsOfYear(archive, year) } satisfies YearPageProps,
		}))
	);
}

export interface ReportPageProps {
	lang: Lang;
	report: ReportRecord;
	/** The other reports of the same year, in source order, for previous/next. */
	siblings: ReportRecord[];
	/** The same committee's reports in every year, newest first. */
	otherYears: ReportRecord[];
}

export async function getReportPaths() {
	const archive = await getArchive();
	return LANGS.flatMap((lang) =>
		archive.reports.map((report) => ({
			params: { lang, year: String(report.year), slug: report.slug },
			props: {
				lang,
				report,
				siblings: reportsOfYear(archive, report.year),
				otherYears: reportsOfCommittee(archive, report.slug),
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
		COMMITTEES.filter((committee) => reportsOfCommittee(archive, committee.slug).length > 0).map((committee) => ({
			params: { lang, slug: committee.slug },
			props: { lang, committee, reports: reportsOfCommittee(archive, committee.slug) } satisfies CommitteePageProps,
		}))
	);
}
