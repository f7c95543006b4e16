/**
 * A year's provenance for people as the editions print it (the e-book's title
 * page, the print edition's): where the text was printed, or that this was not
 * recorded, who wrote it, and who made the English and how. Read from the
 * reports' frontmatter, where ingest copied it from `seeds/<year>.yaml`.
 */
import type { Author } from '../content/provenance.ts';
import { describePublication } from '../content/provenance.ts';
import { type TextLang as Lang, useTranslations } from '../i18n.ts';
import type { EditionYear } from './model.ts';

/** One labelled line of provenance. */
export interface ProvenanceLine {
	label: string;
	value: string;
}

/** Every author the year's reports name, once each, in order. */
export function yearAuthors(year: Pick<EditionYear, 'reports'>): Author[] {
	const seen = new Map<string, Author>();
	for (const report of year.reports)
		for (const author of report.zh.authors) if (!seen.has(author.zh)) seen.set(author.zh, author);
	return [...seen.values()];
}

/**
 * The year's provenance in `lang`: the publication (or "not recorded"), the
 * authors where recorded, and with `translation` the English's credit and method.
 */
export function provenanceLines(
	year: Pick<EditionYear, 'reports'>,
	lang: Lang,
	translation: boolean
): ProvenanceLine[] {
	const t = useTranslations(lang);
	const first = year.reports[0]?.zh;
	const authors = yearAuthors(year);
	const lines: ProvenanceLine[] = [
		{
			label: t('provenance.publication'),
			value: first?.publication
				? describePublication(first.publication, lang)
				: t('provenance.notRecorded'),
		},
	];
	if (authors.length > 0)
		lines.push({
			label: t('provenance.authors'),
			value: authors.map((a) => a[lang]).join(lang === 'zh' ? '、' : ' and '),
		});
	if (translation) {
		const credit =
			first?.translation?.credit[lang] ?? year.reports.find((r) => r.en)?.en?.translator;
		lines.push({
			label: t('provenance.translation'),
			value: credit ?? t('provenance.translationNotRecorded'),
		});
		const method = first?.translation?.method[lang];
		if (method) lines.push({ label: t('provenance.method'), value: method });
	}
	return lines;
}
