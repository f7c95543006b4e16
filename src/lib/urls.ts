/**
 * Every URL of the archive, as pure functions of the base path. Paths always end
 * in `/` (the hosted site uses clean directory URLs; the offline edition rewrites
 * them to `…/index.html` files when it is packaged).
 */
import type { Lang } from './i18n.ts';

/**
 * The language segment of a path. Written out rather than built from LANGS, so
 * that the browser script can use this module without the dictionaries; zh-hant
 * comes before zh so that the longer segment wins.
 */
const LANG_SEGMENT = '(zh-hant|zh|en)';

/**
 * Joins the base path and path segments into an absolute path ending in `/`.
 *
 * @example joinPath('/reports/', 'zh', 2022) // '/reports/zh/2022/'
 * @example joinPath('/') // '/'
 */
export function joinPath(base: string, ...segments: (string | number)[]): string {
	const parts = [base, ...segments.map(String)]
		.join('/')
		.split('/')
		.filter((part) => part !== '');
	return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
}

/** Builds the paths of every route for one base path. */
export function createRoutes(base: string) {
	return {
		landing: () => joinPath(base),
		home: (lang: Lang) => joinPath(base, lang),
		year: (lang: Lang, year: number) => joinPath(base, lang, year),
		report: (lang: Lang, year: number, slug: string) => joinPath(base, lang, year, slug),
		bilingual: (lang: Lang, year: number, slug: string) =>
			joinPath(base, lang, year, slug, 'bilingual'),
		committees: (lang: Lang) => joinPath(base, lang, 'committees'),
		committee: (lang: Lang, slug: string) => joinPath(base, lang, 'committees', slug),
		search: (lang: Lang) => joinPath(base, lang, 'search'),
		glossary: (lang: Lang) => joinPath(base, lang, 'glossary'),
		documents: (lang: Lang) => joinPath(base, lang, 'documents'),
		about: (lang: Lang) => joinPath(base, lang, 'about'),
		data: (lang: Lang) => joinPath(base, lang, 'data'),
		print: (lang: Lang, year: number) => joinPath(base, lang, 'print', year),
		asset: (path: string) => `${joinPath(base)}${path.replace(/^\//, '')}`,
	};
}
export type Routes = ReturnType<typeof createRoutes>;

/**
 * The same page in another language: swaps the language segment that follows
 * the base path. Paths outside a language (the landing page) are returned as is.
 *
 * @example switchLangPath('/reports/zh/2022/legal-affairs/', 'en', '/reports/') // '/reports/en/2022/legal-affairs/'
 * @example switchLangPath('/zh-hant/2022/', 'zh', '/') // '/zh/2022/'
 */
export function switchLangPath(pathname: string, to: Lang, base: string): string {
	const prefix = joinPath(base);
	if (!pathname.startsWith(prefix)) return pathname;
	const rest = pathname.slice(prefix.length);
	const match = new RegExp(`^${LANG_SEGMENT}(/.*)?$`).exec(rest);
	if (!match) return pathname;
	return `${prefix}${to}${match[2] ?? '/'}`;
}

/**
 * The language of a page from its path, if it is inside a language.
 *
 * @example langFromPath('/reports/en/about/', '/reports/') // 'en'
 * @example langFromPath('/zh-hant/2022/', '/') // 'zh-hant'
 */
export function langFromPath(pathname: string, base: string): Lang | undefined {
	const rest = pathname.slice(joinPath(base).length);
	const match = new RegExp(`^${LANG_SEGMENT}(/|$)`).exec(rest);
	return match ? (match[1] as Lang) : undefined;
}
