/**
 * What the Data page (`/{lang}/data/`) lists: each download with its
 * description in the reader's language and its size, grouped.
 */
import { LOCALES, type Lang } from '../i18n.ts';
import { useTranslations } from '../i18n.ts';
import { type Download, formatSize } from './downloads.ts';
import type { EditionArchive } from './model.ts';

export interface DownloadRow {
	/** Path from the site root. */
	path: string;
	/** The file name shown. */
	name: string;
	description: string;
	size: string;
	bytes: number;
}

export interface DownloadGroup {
	title: string;
	rows: DownloadRow[];
}

/** The Data page's groups of downloads, in a language. */
export function toDownloadGroups(
	downloads: Download[],
	archive: EditionArchive,
	lang: Lang
): DownloadGroup[] {
	const t = useTranslations(lang);
	const titleOf = (id: string) => {
		const report = archive.years.flatMap((y) => y.reports).find((r) => r.id === id);
		return report ? report.title[LOCALES[lang].text] : id;
	};
	const describe = (d: Download): string => {
		switch (d.kind) {
			case 'json':
				return d.year === undefined ? t('data.archiveJson') : t('data.yearJson', { year: d.year });
			case 'schema':
				return t('data.schema');
			case 'csv':
				return t('data.csv');
			case 'documents':
				return t('data.documentsCsv');
			case 'tei':
				return t('data.tei', { report: titleOf(d.report ?? ''), year: d.year ?? '' });
			case 'epub':
				return t(
					d.variant === 'zh'
						? 'data.epubZh'
						: d.variant === 'en'
							? 'data.epubEn'
							: 'data.epubBilingual',
					{ year: d.year ?? '' }
				);
			case 'tmx':
				return t('data.tmx');
		}
	};
	const row = (d: Download): DownloadRow => ({
		path: d.path,
		name: d.path.replace(/^data\//, ''),
		description: describe(d),
		size: formatSize(d.bytes.length),
		bytes: d.bytes.length,
	});
	const groups: DownloadGroup[] = [
		{
			title: t('data.groupData'),
			rows: downloads
				.filter((d) => ['json', 'schema', 'csv', 'documents', 'tmx'].includes(d.kind))
				.map(row),
		},
		{ title: t('data.groupTei'), rows: downloads.filter((d) => d.kind === 'tei').map(row) },
		{ title: t('data.groupEpub'), rows: downloads.filter((d) => d.kind === 'epub').map(row) },
	];
	return groups.filter((g) => g.rows.length > 0);
}
