/**
 * Languages of the archive and their UI strings. Strings live in one flat JSON
 * file per language (src/i18n/); both are checked at import against the Chinese
 * keys, so a missing or extra key breaks the build.
 */
import { z } from 'zod';
import { interpolate } from './interpolate.ts';
import enStrings from '../i18n/en.json' with { type: 'json' };
import zhStrings from '../i18n/zh.json' with { type: 'json' };

interface LocaleInfo {
	/** Name of the language in itself. */
	label: string;
	/** BCP 47 tag for `<html lang>` and `hreflang`. */
	htmlLang: string;
	dir: 'ltr' | 'rtl';
}

/** The archive's languages, Chinese first (the language of the source). */
export const LOCALES = {
	zh: { label: '中文', htmlLang: 'zh-Hans', dir: 'ltr' },
	en: { label: 'English', htmlLang: 'en', dir: 'ltr' },
} as const satisfies Record<string, LocaleInfo>;

export type Lang = keyof typeof LOCALES;
export const LANGS = Object.keys(LOCALES) as Lang[];
/** The other language of the pair. */
export function otherLang(lang: Lang): Lang {
	return lang === 'zh' ? 'en' : 'zh';
}

type UiKey = keyof typeof zhStrings;
const UiStringsSchema = z.strictObject(
	Object.fromEntries(Object.keys(zhStrings).map((key) => [key, z.string().min(1)])) as Record<UiKey, z.ZodString>
);

const dictionaries: Record<Lang, Record<UiKey, string>> = {
	zh: UiStringsSchema.parse(zhStrings),
	en: UiStringsSchema.parse(enStrings satisfies Record<UiKey, string>),
};

/** A translation function for one language. */
export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/**
 * Returns `t(key, values)` for a language.
 *
 * @example useTranslations('en')('report.paragraph', { n: 5 }) // 'Paragraph 5'
 */
export function useTranslations(lang: Lang): Translate {
	const dictionary = dictionaries[lang];
	return (key, values) => interpolate(dictionary[key], values);
}

/** The whole dictionary of a language, for the client scripts. */
export function uiStrings(lang: Lang): Readonly<Record<UiKey, string>> {
	return dictionaries[lang];
}
