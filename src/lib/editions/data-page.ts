/**
 * What the Data page (`/{lang}/data/`) lists: each download with its
 * description in the reader's language and its size, grouped. The offline
 * edition and the PDFs come first, when the hosted build publishes them.
 */
import { LOCALES, type Lang, type Translate, useTranslations } from '../i18n.ts';
import { type Download, type DownloadKind, formatSize } from './downloads.ts';
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
	/** The id of the group's heading, to link to (`offline`, `data`, `tei`, `epub`). */
	id: string;
	title: string;
	rows: DownloadRow[];
}

/** The id of the Data page's heading over the offline edition and the PDFs. */
export const OFFLINE_GROUP_ID = 'offline';

function describe(d: Download, t: Translate, titleOf: (id: string) => string): string {
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
		case 'epub': {
			const key =
				d.variant === 'zh'
					? 'data.epubZh'
					: d.variant === 'en'
						? 'data.epubEn'
						: 'data.epubBilingual';
			return t(key, { year: d.year ?? '' });
		}
		case 'tmx':
			return t('data.tmx');
		case 'offline':
			return t('data.offlineZip');
		case 'pdf':
			return t(d.pdfLang === 'en' ? 'data.pdfEn' : 'data.pdfZh', { year: d.year ?? '' });
	}
}

/** The groups, in the order the page shows them. */
const GROUPS: { id: string; title: Parameters<Translate>[0]; kinds: DownloadKind[] }[] = [
	{ id: OFFLINE_GROUP_ID, title: 'data.groupOffline', kinds: ['offline', 'pdf'] },
	{ id: 'data', title: 'data.groupData', kinds: ['json', 'schema', 'csv', 'documents', 'tmx'] },
	{ id: 'tei', title: 'data.groupTei', kinds: ['tei'] },
	{ id: 'epub', title: 'data.groupEpub', kinds: ['epub'] },
];

/** The Data page's groups of downloads, in a language; empty groups are left out. */
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
	const row = (d: Download): DownloadRow => ({
		path: d.path,
		name: d.path.replace(/^data\//, ''),
		description: describe(d, t, titleOf),
		size: formatSize(d.bytes.length),
		bytes: d.bytes.length,
	});
	return GROUPS.map((group) => ({
		id: group.id,
		title: t(group.title),
		rows: downloads.filter((d) => group.kinds.includes(d.kind)).map(row),
	})).filter((g) => g.rows.length > 0);
}
