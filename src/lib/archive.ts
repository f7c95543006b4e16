/**
 * The archive as the pages see it: every report of every year, its Chinese page,
 * its English page if there is one, and the translation status. The one module
 * that queries the content collection; everything is sorted here once.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { type Committee, getCommittee } from './committees.ts';
import { shownHead, type ShownHead, untranslatedFields } from './content/en-fields.ts';
import type { MetaSuffix } from './content/page-units.ts';
import { isChinese, type Lang, LOCALES } from './i18n.ts';
import type { EnReport, ZhReport } from './schemas.ts';
import {
	type ParagraphStatus,
	paragraphStatus,
	type TranslationStatus,
	translationStatus,
} from './translation-status.ts';

type Entry = CollectionEntry<'reports'>;
export type ZhEntry = Entry & { data: ZhReport };
export type EnEntry = Entry & { data: EnReport };

export interface ReportRecord {
	year: number;
	slug: string;
	committee: Committee;
	/** Position in the year's source (0 = the lead article). */
	order: number;
	zh: ZhEntry;
	en: EnEntry | undefined;
	translation: TranslationStatus;
	/** Paragraph by paragraph: how many are translated, which are outdated. */
	paragraphs: ParagraphStatus;
}

export interface Archive {
	/** Years with at least one report, newest first. */
	years: number[];
	/** Every report, newest year first, then in source order. */
	reports: ReportRecord[];
}

function checkPath(entry: Entry): void {
	const [year, lang, slug] = entry.id.split('/');
	const { data } = entry;
	const problems = [
		String(data.year) !== year && `year ${data.year} but the folder is ${year}`,
		data.lang !== lang && `lang ${data.lang} but the folder is ${lang}`,
		data.slug !== slug && `slug ${data.slug} but the file is ${slug}.mdx`,
		!getCommittee(data.slug) &&
			`slug ${data.slug} is not in the committee registry (src/lib/committees.ts)`,
	].filter(Boolean);
	if (problems.length > 0) throw new Error(`content/${entry.id}.mdx: ${problems.join('; ')}`);
}

let cached: Promise<Archive> | undefined;

/** Loads and cross-checks the collection once per build. */
export function getArchive(): Promise<Archive> {
	cached ??= loadArchive();
	return cached;
}

async function loadArchive(): Promise<Archive> {
	const entries = await getCollection('reports');
	entries.forEach(checkPath);
	const english = new Map(
		entries
			.filter((e): e is EnEntry => e.data.lang === 'en')
			.map((e) => [`${e.data.year}/${e.data.slug}`, e])
	);
	const reports = entries
		.filter((e): e is ZhEntry => e.data.lang === 'zh')
		.map((zh): ReportRecord => {
			const key = `${zh.data.year}/${zh.data.slug}`;
			const en = english.get(key);
			english.delete(key);
			return {
				year: zh.data.year,
				slug: zh.data.slug,
				committee: getCommittee(zh.data.slug)!,
				order: zh.data.order,
				zh,
				en,
				translation: translationStatus(
					zh.body ?? '',
					en && { ...en.data, untranslated: untranslatedFields(zh.data, en.data) }
				),
				paragraphs: paragraphStatus(zh.body ?? '', en?.data.translationOf),
			};
		})
		.sort((a, b) => b.year - a.year || a.order - b.order);
	const orphan = [...english.values()][0];
	if (orphan)
		throw new Error(`content/${orphan.id}.mdx: an English page with no Chinese page beside it`);
	const years = [...new Set(reports.map((r) => r.year))].sort((a, b) => b - a);
	return { years, reports };
}

/** What a page in `lang` shows of a report: its own translation, or the Chinese text as a fallback. */
export interface LocalizedReport {
	entry: ZhEntry | EnEntry;
	/** The language of the text shown, which differs from the page's for a fallback. */
	contentLang: Lang;
	fallback: boolean;
	/** The heading of the page: the article headline for the lead article, the committee's name otherwise. */
	title: string;
	/** The head fields shown: on an English page, the Chinese where a field is not translated yet. */
	head: ShownHead;
	/** The `lang` of `title` where it is not the page's: an overview's Chinese headline on an English page. */
	titleLang: string | undefined;
}

/**
 * The `lang` a head field shown on the page needs (`undefined`: the page's
 * own): the Chinese one for a fallback page, and on an English page for a
 * field not translated yet.
 */
export function fieldLang(
	shown: Pick<LocalizedReport, 'fallback' | 'contentLang' | 'head'>,
	suffix: MetaSuffix
): string | undefined {
	if (shown.fallback) return LOCALES[shown.contentLang].htmlLang;
	return shown.head.chinese.has(suffix) ? LOCALES.zh.htmlLang : undefined;
}

/**
 * The entry and title a page in `lang` shows for a report. The Traditional
 * edition shows the Chinese entry as its own text (not a fallback): the page is
 * converted as a whole after rendering (see hant.ts).
 */
export function localize(report: ReportRecord, lang: Lang): LocalizedReport {
	const entry = !isChinese(lang) && report.en ? report.en : report.zh;
	const contentLang: Lang = isChinese(lang) ? lang : entry.data.lang;
	const head = shownHead(report.zh.data, entry === report.en ? report.en.data : undefined);
	const title =
		report.committee.kind === 'overview'
			? head.title
			: isChinese(lang)
				? report.committee.zh
				: report.committee.en;
	const shown = { entry, contentLang, fallback: contentLang !== lang, title, head };
	const overview = report.committee.kind === 'overview';
	return { ...shown, titleLang: overview ? fieldLang(shown, 'title') : undefined };
}

/** The reports of one year, in source order. */
export function reportsOfYear(archive: Archive, year: number): ReportRecord[] {
	return archive.reports.filter((r) => r.year === year);
}

/** One committee's reports, newest first. */
export function reportsOfCommittee(archive: Archive, slug: string): ReportRecord[] {
	return archive.reports.filter((r) => r.slug === slug);
}
