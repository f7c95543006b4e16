/**
 * The editorial apparatus in words, for the editions that are not the site
 * and for the site's EditorialNotes component, which says the same.
 */
import { isChinese, LOCALES, type Lang, useTranslations } from '../i18n.ts';
import type { EditorialEntry } from '../schemas.ts';

/** The label of an entry's kind in a language, e.g. "Sic", "Editor’s note". */
export function entryLabel(entry: EditorialEntry, lang: Lang): string {
	const t = useTranslations(lang);
	return entry.type === 'note'
		? entry.sic
			? t('mark.sic')
			: t('mark.note')
		: t(`mark.${entry.type}`);
}

/**
 * What the editors did at a mark, in a language, without its note; a note's
 * quoted source is `quote` (the site passes a placeholder and renders the quote
 * apart, as printed).
 *
 * @example describeAction({ n: 1, type: 'lacuna', paragraph: 2, line: 107, note: { zh: '缺', en: 'Missing.' } }, 'en') // 'Text is missing from the source after line 107.'
 */
export function describeAction(
	entry: EditorialEntry,
	lang: Lang,
	quote = entry.type === 'note' ? entry.quote : ''
): string {
	const t = useTranslations(lang);
	switch (entry.type) {
		case 'join':
			return t('apparatus.join', { from: entry.lines[0], to: entry.lines[1] });
		case 'lacuna':
			return t('apparatus.lacuna', { line: entry.line });
		case 'duplicate':
			return t('apparatus.duplicate', {
				paragraph: entry.paragraph,
				of: entry.of,
				line: entry.line,
			});
		case 'note':
			return t('apparatus.note', { line: entry.line, quote });
		case 'truncation':
			return t('apparatus.truncation', { line: entry.line });
	}
}

/**
 * What the editors did at a mark, in a language: the description of the entry
 * followed by its note, when it has one.
 *
 * @example describeEntry({ n: 1, type: 'lacuna', paragraph: 2, line: 107, note: { zh: '缺', en: 'Missing.' } }, 'en') // 'Text is missing from the source after line 107. Missing.'
 */
export function describeEntry(entry: EditorialEntry, lang: Lang): string {
	const described = describeAction(entry, lang);
	const note = 'note' in entry && entry.note ? entry.note[LOCALES[lang].text] : '';
	return note ? `${described}${isChinese(lang) ? '' : ' '}${note}` : described;
}
