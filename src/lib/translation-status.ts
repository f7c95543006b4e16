import { hashBody } from './hash.ts';

/** Where an English page stands against its Chinese source (the terms Lunaria uses). */
export type TranslationStatus = 'translated' | 'missing' | 'outdated';

/**
 * The status of a translation: `missing` without an English page, `outdated`
 * when the Chinese body changed since the translation recorded its hash,
 * `translated` otherwise.
 *
 * @example translationStatus('正文', undefined) // 'missing'
 */
export function translationStatus(zhBody: string, en: { translationOf: { sha256: string } } | undefined): TranslationStatus {
	if (!en) return 'missing';
	return en.translationOf.sha256 === hashBody(zhBody) ? 'translated' : 'outdated';
}
