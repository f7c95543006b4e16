/**
 * The data of the two reference pages: the glossary (`/{lang}/glossary/`: the
 * terms in pinyin order, with pinyin, a line on political terms and the
 * paragraphs where each occurs) and the index of laws and documents
 * (`/{lang}/documents/`: every title the reports cite in 《》, its English
 * title and the paragraphs citing it). Pure: the caller passes the edition
 * model and the URL helpers.
 */
import {
	type CitedDocument,
	citedDocuments,
	DOCUMENTS,
	type ParagraphText,
} from './content/documents.ts';
import { comparePinyin, initialOf, pinyinOf } from './content/pinyin.ts';
import { TERM_LIST, termsOfText } from './content/term-list.ts';
import { paragraphTexts } from './editions/data/documents.ts';
import type { EditionArchive } from './editions/model.ts';
import { type GlossaryTerm, TERMS } from './glossary.ts';
import { type Lang, LOCALES } from './i18n.ts';
import type { Routes } from './urls.ts';

/** The paragraphs of one report where a term or title occurs, linked in the page's language. */
export interface ReportLinks {
	year: number;
	/** The report's title in the page's language (Chinese on the Chinese pages). */
	title: string;
	/** The report page. */
	href: string;
	paragraphs: { n: number; href: string }[];
}

/** A glossary term as the glossary page shows it. */
export interface GlossaryEntry {
	zh: string;
	en: string;
	pinyin: string;
	/** The line on what a political term means, in the page's text language. */
	explanation: string | undefined;
	/** Where it occurs, report by report in archive order. */
	occurrences: ReportLinks[];
}

/** The glossary's terms under one initial letter of their pinyin. */
export interface GlossaryLetter {
	letter: string;
	entries: GlossaryEntry[];
}

/** A cited title as the index of laws and documents shows it. */
export interface DocumentIndexEntry {
	zh: string;
	/** The English title (documents.json), `undefined` when none is recorded yet. */
	en: string | undefined;
	citations: ReportLinks[];
}

/** Links to paragraphs, grouped by report in the order given. */
function linksByReport(
	places: { year: number; slug: string; paragraph: number }[],
	archive: EditionArchive,
	lang: Lang,
	routes: Routes
): ReportLinks[] {
	const reports = new Map(archive.years.flatMap((y) => y.reports).map((r) => [r.id, r]));
	const byReport = new Map<string, ReportLinks>();
	for (const { year, slug, paragraph } of places) {
		const id = `${year}/${slug}`;
		const href = routes.report(lang, year, slug);
		const links = byReport.get(id) ?? {
			year,
			title: reports.get(id)?.title[LOCALES[lang].text] ?? id,
			href,
			paragraphs: [],
		};
		byReport.set(id, links);
		if (!links.paragraphs.some((p) => p.n === paragraph))
			links.paragraphs.push({ n: paragraph, href: `${href}#p${paragraph}` });
	}
	return [...byReport.values()];
}

/** Where each glossary term occurs (the term list's matching: a term inside a longer term is that term). */
function occurrencesOf(
	paragraphs: ParagraphText[],
	terms: readonly GlossaryTerm[]
): Map<string, ParagraphText[]> {
	const wanted = new Set(terms.map((t) => t.zh));
	const found = new Map<string, ParagraphText[]>();
	for (const paragraph of paragraphs) {
		for (const term of termsOfText(paragraph.text, TERM_LIST)) {
			if (!wanted.has(term.zh)) continue;
			found.set(term.zh, [...(found.get(term.zh) ?? []), paragraph]);
		}
	}
	return found;
}

/**
 * The glossary page's terms, in pinyin order, grouped by the initial letter of
 * their pinyin, each with the paragraphs where it occurs.
 */
export function glossaryLetters(
	archive: EditionArchive,
	lang: Lang,
	routes: Routes,
	terms: readonly GlossaryTerm[] = TERMS
): GlossaryLetter[] {
	const occurrences = occurrencesOf(paragraphTexts(archive), terms);
	const letters = new Map<string, GlossaryEntry[]>();
	for (const term of [...terms].sort((a, b) => comparePinyin(a.zh, b.zh))) {
		const letter = initialOf(term.zh);
		letters.set(letter, [
			...(letters.get(letter) ?? []),
			{
				zh: term.zh,
				en: term.en,
				pinyin: term.pinyin ?? pinyinOf(term.zh),
				explanation: term.explanation?.[LOCALES[lang].text],
				occurrences: linksByReport(occurrences.get(term.zh) ?? [], archive, lang, routes),
			},
		]);
	}
	return [...letters].map(([letter, entries]) => ({ letter, entries }));
}

/**
 * The index of laws and documents: every title the reports cite in 《》, in
 * pinyin order of the Chinese on the Chinese pages and in alphabetical order
 * of the English on the English page (titles without an English title last),
 * each with the paragraphs citing it.
 */
export function documentIndex(
	archive: EditionArchive,
	lang: Lang,
	routes: Routes,
	entries = DOCUMENTS
): DocumentIndexEntry[] {
	const cited: CitedDocument[] = citedDocuments(paragraphTexts(archive), entries);
	const english = LOCALES[lang].text === 'en';
	const order = (a: CitedDocument, b: CitedDocument) =>
		english
			? Number(a.en === undefined) - Number(b.en === undefined) ||
				(a.en ?? a.zh).localeCompare(b.en ?? b.zh, 'en')
			: comparePinyin(a.zh, b.zh);
	return cited.sort(order).map((document) => ({
		zh: document.zh,
		en: document.en,
		citations: linksByReport(
			document.citations.map((c) => ({ year: c.year, slug: c.slug, paragraph: c.paragraph })),
			archive,
			lang,
			routes
		),
	}));
}
