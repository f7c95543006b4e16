/**
 * The print edition of one year in one language, as the print page
 * (`/{lang}/print/{year}/`) renders it and the PDF is typeset from: a title
 * page, a table of contents, every report with numbered paragraphs and its
 * editorial notes. Reports without a translation print the Chinese text,
 * marked as such.
 */
import { LOCALES, type TextLang as Lang, useTranslations } from '../../i18n.ts';
import { describeEntry, entryLabel } from '../apparatus.ts';
import { citeYear } from '../dataset.ts';
import { DATASET_TITLE } from '../dataset.ts';
import type { MetaSuffix } from '../../content/page-units.ts';
import { type EditionReport, type EditionYear, englishTitleIsChinese, type Run } from '../model.ts';
import { type ProvenanceLine, provenanceLines } from '../provenance.ts';
import { textLang } from '../epub/xhtml.ts';

export type PrintBlock =
	| { type: 'heading'; id: string; text: string }
	| { type: 'paragraph'; id: string; n: number; runs: Run[] }
	| { type: 'mark'; n: number; label: string; lacuna: boolean };

export interface PrintReport {
	/** Anchor of the report on the print page. */
	id: string;
	title: string;
	/** `lang` of the text when it differs from the page's (an untranslated report). */
	textLang: string | undefined;
	/** `lang` of the title, the article line and the byline when it differs from the page's: their English not translated yet. */
	titleLang?: string | undefined;
	articleLang?: string | undefined;
	bylineLang?: string | undefined;
	article: string;
	byline: string | undefined;
	blocks: PrintBlock[];
	notes: { n: number; text: string }[];
	source: string;
}

export interface PrintEdition {
	lang: Lang;
	year: number;
	title: string;
	subtitle: string;
	/** The citation line of the PDF footer. */
	citation: string;
	/** The source line of the PDF footer. */
	source: string;
	/** Provenance for people on the title page: publication (or "not recorded"), authors, translation. */
	provenance: ProvenanceLine[];
	reports: PrintReport[];
}

/**
 * The languages with a print edition: Chinese and English. The Traditional
 * edition has none (its notes would quote the source converted, not as printed):
 * its Data page links the Simplified print pages.
 */
export const PRINT_LANGS = ['zh', 'en'] as const satisfies readonly Lang[];

/**
 * A report's article line and byline in the language shown. A field the
 * English page has not translated yet shows the Chinese, marked so (the
 * article line as a whole).
 */
function printHead(
	report: EditionReport,
	shown: Lang
): Pick<PrintReport, 'titleLang' | 'articleLang' | 'bylineLang' | 'article' | 'byline'> {
	const english = shown === 'en' ? report.enHead : undefined;
	const head = english ?? report.zh;
	const chinese = (suffix: MetaSuffix) =>
		english?.chinese.has(suffix) ? LOCALES.zh.htmlLang : undefined;
	const articleLang = chinese('article-title') ?? chinese('article-subtitle');
	const article = articleLang ? report.zh.article : head.article;
	return {
		titleLang: english && englishTitleIsChinese(report) ? LOCALES.zh.htmlLang : undefined,
		articleLang,
		bylineLang: chinese(head.byline !== undefined ? 'byline' : 'credit'),
		article: `${article.title} ${article.subtitle}`,
		byline: head.byline ?? head.credit,
	};
}

/** Prepares the print edition of a year. */
export function toPrintEdition(year: EditionYear, lang: Lang, version: string): PrintEdition {
	const t = useTranslations(lang);
	const reports = year.reports.map((report): PrintReport => {
		const shown = textLang(report, lang);
		return {
			id: `r-${report.slug}`,
			title: report.title[lang],
			textLang: shown !== lang ? LOCALES[shown].htmlLang : undefined,
			...printHead(report, shown),
			blocks: report.blocks.map((aligned): PrintBlock => {
				const block = shown === 'zh' ? aligned.zh : (aligned.en ?? aligned.zh);
				if (block.type === 'heading')
					return { type: 'heading', id: `${report.slug}-s${block.n}`, text: block.text };
				if (block.type === 'paragraph')
					return {
						type: 'paragraph',
						id: `${report.slug}-p${block.n}`,
						n: block.n,
						runs: block.runs,
					};
				const entry = report.zh.editorial.find((e) => e.n === block.n);
				return {
					type: 'mark',
					n: block.n,
					label: entry ? entryLabel(entry, lang) : '',
					lacuna: block.mark === 'lacuna',
				};
			}),
			notes: report.zh.editorial.map((entry) => ({
				n: entry.n,
				text: `${entryLabel(entry, lang)}${lang === 'zh' ? '：' : ': '}${describeEntry(entry, lang)}`,
			})),
			source: t('report.source', {
				file: report.zh.source.file,
				from: report.zh.source.lines[0],
				to: report.zh.source.lines[1],
			}),
		};
	});
	const file = year.source ? `seeds/${year.source.file}` : (year.reports[0]?.zh.source.file ?? '');
	return {
		lang,
		year: year.year,
		title: DATASET_TITLE[lang],
		subtitle: t('year.title', { year: year.year }),
		citation: citeYear(lang, year.year, version),
		source: year.source ? `${file}, SHA-256 ${year.source.sha256.slice(0, 16)}…` : file,
		provenance: provenanceLines(year, lang, lang === 'en'),
		reports,
	};
}
