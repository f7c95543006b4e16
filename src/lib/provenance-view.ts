/**
 * A report's provenance prepared for a page in one language (the Provenance
 * component and the about page): the publication as one line, or nothing when
 * it was not recorded (the page says so), the authors, the translation credit
 * and method where the page shows the English, and the technical details.
 */
import { formatDate } from './content/dates.ts';
import { describePublication } from './content/provenance.ts';
import { isChinese, type Lang } from './i18n.ts';
import type { EnReport, ZhReport } from './schemas.ts';

/** What the Provenance component shows; an absent field is not recorded. */
export interface ProvenanceView {
	/** Newspaper, day and page, in the page's language. */
	publication: string | undefined;
	/** The people the byline names, in the page's language. */
	authors: string | undefined;
	/** Who made the English and how (pages that show the English only). */
	translation: { credit: string | undefined; method: string | undefined } | undefined;
	/** The seed: file, name as received, day received (formatted), lines of the page, checksum. */
	source: {
		file: string;
		originalName: string | undefined;
		received: string | undefined;
		lines: [number, number] | undefined;
		sha256: string;
	};
}

/**
 * The provenance of a Chinese page's text for a page in `lang`.
 *
 * @param english the English page when the page shows it (its translator is the
 *   credit when the year records none), `undefined` otherwise
 * @param withLines whether to name the page's own source lines (not on the about page's year summary)
 */
export function provenanceView(
	zh: ZhReport,
	lang: Lang,
	english: Pick<EnReport, 'translator'> | undefined,
	withLines = true
): ProvenanceView {
	const side = isChinese(lang) ? 'zh' : 'en';
	return {
		publication: zh.publication && describePublication(zh.publication, side),
		authors:
			zh.authors.length > 0
				? zh.authors.map((author) => author[side]).join(side === 'zh' ? '、' : ' and ')
				: undefined,
		translation: english && {
			credit: zh.translation?.credit[side] ?? english.translator,
			method: zh.translation?.method[side],
		},
		source: {
			file: zh.source.file,
			originalName: zh.source.originalName,
			received: zh.source.received && formatDate(zh.source.received, side),
			lines: withLines ? zh.source.lines : undefined,
			sha256: zh.source.sha256,
		},
	};
}
