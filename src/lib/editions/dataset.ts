/**
 * Facts about the dataset shared by every edition: its title, licence and the
 * citation line. One place, so the lead can change the licence or switch the
 * citation to src/lib/citation.ts without touching the renderers.
 */
import { isChinese, type Lang, type TextLang } from '../i18n.ts';

/** The dataset's title in each language. */
export const DATASET_TITLE = {
	zh: '大同市人大常委会年度工作报告档案',
	en: 'Datong Municipal People’s Congress Standing Committee: Annual Work Report Archive',
} as const satisfies Record<TextLang, string>;

/** The publisher named in the metadata of every edition. */
export const DATASET_PUBLISHER = {
	zh: '大同市人大常委会年度工作报告档案项目',
	en: 'Datong People’s Congress Report Archive project',
} as const satisfies Record<TextLang, string>;

/**
 * The licence of the data (structure, editorial apparatus, English translation).
 * The Chinese text is the newspaper's, reproduced verbatim for documentation.
 */
export const DATASET_LICENCE = {
	name: 'CC BY 4.0',
	url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/**
 * A minimal citation of one year of the archive, for the PDF footer and the
 * e-book title page (src/lib/citation.ts replaces it when it lands).
 *
 * @example citeYear('en', 2022, '1.0.0') // 'Datong Municipal People’s Congress Standing Committee: Annual Work Report Archive, 2022 (version 1.0.0)'
 */
export function citeYear(lang: Lang, year: number, version: string): string {
	return isChinese(lang)
		? `${DATASET_TITLE.zh}，${year}年（版本 ${version}）`
		: `${DATASET_TITLE.en}, ${year} (version ${version})`;
}
