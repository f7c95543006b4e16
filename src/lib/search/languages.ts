/**
 * Which language's index a query searches, and how a result found there links
 * back into the reader's language. The script of the query decides: Han
 * characters search the Chinese text (the source; Traditional queries are folded
 * to Simplified first, see traditional.ts), Latin letters the English
 * translation; anything else (digits) the reader's own language. The reader
 * stays in their language: a result found in the other language's index links
 * to the reader's page at the same paragraph (`#pN` is the same in every
 * language). Shared with the browser bundle: no imports.
 */

/** The archive's languages as the page tells the script: language key → BCP 47 tag (`{ zh: 'zh-Hans', en: 'en' }`). */
export type LocaleTags = Readonly<Record<string, string>>;

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

/** The language whose `<html lang>` is the tag, or the one whose tag starts with it (`en` for `en-GB`). */
function langWithTag(locales: LocaleTags, tag: string): string | undefined {
	const entries = Object.entries(locales);
	const lower = tag.toLowerCase();
	return (entries.find(([, t]) => t.toLowerCase() === lower) ??
		entries.find(([, t]) => t.toLowerCase().split('-')[0] === lower))?.[0];
}

/**
 * The language whose index a query searches, for a reader of `reader`.
 *
 * @example searchLang('黄花', 'en', { zh: 'zh-Hans', en: 'en' }) // 'zh'
 * @example searchLang('daylily', 'zh', { zh: 'zh-Hans', en: 'en' }) // 'en'
 * @example searchLang('2022', 'en', { zh: 'zh-Hans', en: 'en' }) // 'en'
 */
export function searchLang(query: string, reader: string, locales: LocaleTags): string {
	if (HAN.test(query)) return langWithTag(locales, 'zh-Hans') ?? reader;
	if (LATIN.test(query)) return langWithTag(locales, 'en') ?? reader;
	return reader;
}

/** The language of a page whose `<html lang>` is `tag`. */
export function langOfTag(locales: LocaleTags, tag: string): string | undefined {
	return langWithTag(locales, tag);
}

/**
 * A result's path in another language: the language segment right after the
 * site root is swapped. Paths outside a language are returned unchanged.
 *
 * @example swapLang('/reports/zh/2022/legal-affairs/', '/reports/', 'zh', 'en') // '/reports/en/2022/legal-affairs/'
 * @example swapLang('zh/2022/legal-affairs/', '', 'zh', 'en') // 'en/2022/legal-affairs/'
 */
export function swapLang(path: string, root: string, from: string, to: string): string {
	if (from === to || !path.startsWith(`${root}${from}/`)) return path;
	return `${root}${to}/${path.slice(root.length + from.length + 1)}`;
}

/**
 * Whether two archive languages write the same language, perhaps in another
 * script (`zh` and `zh-hant`: Simplified and Traditional Chinese), by their tags'
 * primary subtag. A result found in the one is the reader's own text in the other.
 *
 * @example sameLanguage({ zh: 'zh-Hans', 'zh-hant': 'zh-Hant', en: 'en' }, 'zh', 'zh-hant') // true
 * @example sameLanguage({ zh: 'zh-Hans', 'zh-hant': 'zh-Hant', en: 'en' }, 'zh', 'en') // false
 */
export function sameLanguage(locales: LocaleTags, a: string, b: string): boolean {
	const primary = (lang: string) => (locales[lang] ?? lang).toLowerCase().split('-')[0];
	return primary(a) === primary(b);
}
