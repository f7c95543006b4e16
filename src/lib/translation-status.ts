import { hashBody } from './hash.ts';
import { blockInlines, hashUnit, parseBody } from './content/page-units.ts';

/** Where an English page stands against its Chinese source (the terms Lunaria uses, plus `partial`). */
export type TranslationStatus = 'translated' | 'partial' | 'missing' | 'outdated';

/** What an English page records of the Chinese it translates (its `translationOf` field). */
export interface TranslationOf {
	sha256: string;
	paragraphs?: (string | null)[] | undefined;
	headings?: (string | null)[] | undefined;
}

/** Paragraph by paragraph: how many there are, which are translated, which are outdated. */
export interface ParagraphStatus {
	total: number;
	/** How many paragraphs have English. */
	translated: number;
	/** Paragraph numbers (`#pN`) whose Chinese changed since they were translated. */
	outdated: number[];
	/** Paragraph numbers (`#pN`) that show the Chinese because they have no English yet. */
	untranslated: number[];
	/** Heading numbers whose Chinese changed since, and those not translated. */
	outdatedHeadings: number[];
	untranslatedHeadings: number[];
}

function compare(current: string[], recorded: (string | null)[] | undefined, pageCurrent: boolean) {
	const outdated: number[] = [];
	const untranslated: number[] = [];
	current.forEach((hash, i) => {
		// A page written before per-paragraph hashes counts as translated throughout, current if its page hash is.
		const entry = recorded ? recorded[i] : pageCurrent ? hash : undefined;
		if (entry === null) untranslated.push(i + 1);
		else if (entry !== hash && recorded) outdated.push(i + 1);
	});
	return { outdated, untranslated };
}

/**
 * Compares an English page's per-paragraph hashes with the current Chinese body.
 *
 * @example paragraphStatus('甲\n\n乙\n', { sha256: '…', paragraphs: [hashOfJia, null] }) // { total: 2, translated: 1, outdated: [], untranslated: [2], … }
 */
export function paragraphStatus(
	zhBody: string,
	translationOf: TranslationOf | undefined
): ParagraphStatus {
	const blocks = parseBody(zhBody);
	const paragraphs = blocks
		.filter((b) => b.type === 'paragraph')
		.map((b) => hashUnit(blockInlines(b)));
	const headings = blocks.filter((b) => b.type === 'heading').map((b) => hashUnit(blockInlines(b)));
	if (!translationOf) {
		const all = paragraphs.map((_, i) => i + 1);
		return {
			total: paragraphs.length,
			translated: 0,
			outdated: [],
			untranslated: all,
			outdatedHeadings: [],
			untranslatedHeadings: headings.map((_, i) => i + 1),
		};
	}
	const pageCurrent = translationOf.sha256 === hashBody(zhBody);
	const p = compare(paragraphs, translationOf.paragraphs, pageCurrent);
	const h = compare(headings, translationOf.headings, pageCurrent);
	return {
		total: paragraphs.length,
		translated: paragraphs.length - p.untranslated.length,
		outdated: p.outdated,
		untranslated: p.untranslated,
		outdatedHeadings: h.outdated,
		untranslatedHeadings: h.untranslated,
	};
}

/**
 * The status of a translation: `missing` without an English page, `outdated`
 * when the Chinese body changed since the translation recorded its hash (or a
 * paragraph's Chinese changed since it was translated), `partial` when some
 * paragraphs, or head fields (`untranslated`: title, article-title, … the
 * page leaves out), have no English yet, `translated` otherwise.
 *
 * @example translationStatus('正文', undefined) // 'missing'
 */
export function translationStatus(
	zhBody: string,
	en: { translationOf: TranslationOf; untranslated?: readonly string[] | undefined } | undefined
): TranslationStatus {
	if (!en) return 'missing';
	const status = paragraphStatus(zhBody, en.translationOf);
	if (
		en.translationOf.sha256 !== hashBody(zhBody) ||
		status.outdated.length > 0 ||
		status.outdatedHeadings.length > 0
	)
		return 'outdated';
	return status.untranslated.length > 0 ||
		status.untranslatedHeadings.length > 0 ||
		(en.untranslated?.length ?? 0) > 0
		? 'partial'
		: 'translated';
}
