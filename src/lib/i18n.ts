/**
 * Languages of the archive and their UI strings. Strings live in one flat JSON
 * file per written language (src/i18n/); both are checked at import against the
 * Chinese keys, so a missing or extra key breaks the build. The Traditional
 * Chinese edition has no file of its own: its strings are the Chinese ones
 * converted (see hant.ts), like its pages.
 */
import { z } from 'zod';
import { toHant } from './hant.ts';
import { interpolate } from './interpolate.ts';
import enStrings from '../i18n/en.json' with { type: 'json' };
import zhStrings from '../i18n/zh.json' with { type: 'json' };

interface LocaleInfo {
	/** Name of the language in itself. */
	label: string;
	/** The same, as short as can be, for the phone header. */
	short: string;
	/** BCP 47 tag for `<html lang>` and `hreflang`. */
	htmlLang: string;
	dir: 'ltr' | 'rtl';
	/**
	 * The text the pages show: the Chinese pages (`zh`) or their translation
	 * (`en`). The Traditional edition shows the Chinese text, converted.
	 */
	text: 'zh' | 'en';
}

/**
 * The archive's languages, Chinese first (the language of the source); the
 * Traditional Chinese edition (`zh-hant`) is converted from `zh` at build time.
 */
export const LOCALES = {
	zh: { label: '简体中文', short: '简', htmlLang: 'zh-Hans', dir: 'ltr', text: 'zh' },
	'zh-hant': { label: '繁體中文', short: '繁', htmlLang: 'zh-Hant', dir: 'ltr', text: 'zh' },
	en: { label: 'English', short: 'EN', htmlLang: 'en', dir: 'ltr', text: 'en' },
} as const satisfies Record<string, LocaleInfo>;

export type Lang = keyof typeof LOCALES;
/** A language the archive's text is written in: the Chinese pages or their English translation. */
export type TextLang = LocaleInfo['text'];
export const LANGS = Object.keys(LOCALES) as Lang[];

/**
 * The languages a page can switch to, in the order of LOCALES.
 *
 * @example otherLangs('zh') // ['zh-hant', 'en']
 */
export function otherLangs(lang: Lang): Lang[] {
	return LANGS.filter((other) => other !== lang);
}

/**
 * Whether a language's pages show the Chinese text (Simplified or Traditional):
 * they pick the Chinese names, notes and punctuation of the content.
 *
 * @example isChinese('zh-hant') // true
 */
export function isChinese(lang: Lang): boolean {
	return LOCALES[lang].text === 'zh';
}

/**
 * The language whose `<html lang>` is `htmlLang` (case-insensitive), if any.
 *
 * @example langOfHtmlLang('zh-Hant') // 'zh-hant'
 */
export function langOfHtmlLang(htmlLang: string): Lang | undefined {
	return LANGS.find((lang) => LOCALES[lang].htmlLang.toLowerCase() === htmlLang.toLowerCase());
}

type UiKey = keyof typeof zhStrings;
const UiStringsSchema = z.strictObject(
	Object.fromEntries(Object.keys(zhStrings).map((key) => [key, z.string().min(1)])) as Record<
		UiKey,
		z.ZodString
	>
);

const zh = UiStringsSchema.parse(zhStrings);
const dictionaries: Record<Lang, Record<UiKey, string>> = {
	zh,
	// Derived, not kept by hand: the Traditional strings can never drift from the Chinese.
	'zh-hant': Object.fromEntries(
		Object.entries(zh).map(([key, value]) => [key, toHant(value)])
	) as Record<UiKey, string>,
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
