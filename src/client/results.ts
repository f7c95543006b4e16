/**
 * What a result shows the reader, from a found page (src/lib/search/run.ts):
 * its title, linking to the paragraph with most of the words, and up to three
 * excerpts, each naming its paragraph and linking to it, with the words marked
 * and "…" where the paragraph is cut. The links carry the words to highlight on
 * the page they land on (`?highlight=`, see highlight.ts). On the Traditional
 * edition a result found in the Simplified text is shown in the reader's
 * characters: the Traditional page's own text, looked up in its index. And the
 * status line, which counts what is listed.
 */
import { type Excerpt, pageExcerpts } from '../lib/search/excerpt.ts';
import { sameLanguage, swapLang } from '../lib/search/languages.ts';
import type { Found, FoundPage } from '../lib/search/run.ts';
import { queryWords } from '../lib/search/query-words.ts';
import { type IndexedPage, pageEngine, pageLocales, searchTranslations } from './engines.ts';
import type { Searched } from './query.ts';

type Translate = ReturnType<typeof searchTranslations>;

/** An excerpt as shown: where its paragraph is and what it is called (第3段, ¶ 3). */
export interface ShownExcerpt extends Excerpt {
	href: string;
	label: string | undefined;
}

/** A result as shown. */
export interface Hit {
	/** The reader's page at the paragraph with most of the words. */
	href: string;
	title: string;
	excerpts: ShownExcerpt[];
	/** The BCP 47 tag of the text shown, when it is not the page's language. */
	lang: string | undefined;
	/** The archive language whose text matched, when it is not the reader's (`zh` on an English page). */
	matchedIn: string | undefined;
}

/** Words to highlight on the page a link lands on, at most this many. */
const MAX_HIGHLIGHTS = 12;

/** A link to a paragraph of a page, with the words to highlight there. */
function linkTo(url: string, anchor: string | undefined, highlights: string[]): string {
	const query = new URLSearchParams(highlights.map((word) => ['highlight', word])).toString();
	return `${url}${query ? `?${query}` : ''}${anchor ? `#${anchor}` : ''}`;
}

/** The words as they stand on the page (each form once): what the page it lands on highlights. */
function highlightsOf(page: FoundPage): string[] {
	const forms = new Map<string, string>();
	for (const range of page.located.flat()) {
		const form = page.text.slice(range.start, range.end);
		if (!forms.has(form.toLowerCase())) forms.set(form.toLowerCase(), form);
	}
	return [...forms.values()].slice(0, MAX_HIGHLIGHTS);
}

/** 第3段 for `p3`, a section heading's number for `s2`, nothing for the page's header. */
function anchorLabel(anchor: string | undefined, t: Translate): string | undefined {
	const [, kind, n] = /^([ps])(\d+)$/.exec(anchor ?? '') ?? [];
	if (kind === 'p') return t('search.paragraph', { n: n! });
	if (kind === 's') return t('search.section', { n: n! });
	return undefined;
}

/**
 * The page to show: the found one, or on the Traditional edition the reader's
 * own page in their characters, when its text lines up character for character
 * with the one searched (the conversion keeps lengths; if it ever did not, the
 * Simplified text is shown, marked as such).
 */
async function shownPage(
	page: FoundPage<IndexedPage>,
	s: Searched
): Promise<{ page: FoundPage<IndexedPage>; tag: string | undefined }> {
	const locales = pageLocales();
	if (s.lang === s.reader) return { page, tag: undefined };
	if (!sameLanguage(locales, s.lang, s.reader)) return { page, tag: locales[s.lang] };
	const path = swapLang(page.path, '', s.lang, s.reader);
	const own = await pageEngine(s.reader)
		.page(path)
		.catch(() => undefined);
	if (own && own.text.length === page.text.length)
		return { page: { ...own, located: page.located }, tag: undefined };
	return { page, tag: locales[s.lang] };
}

/** Loads a found page and makes the result the reader sees. */
export async function showHit(found: Found<IndexedPage>, s: Searched, t: Translate): Promise<Hit> {
	const { page, tag } = await shownPage(await found.load(), s);
	// Highlight only where the page landed on shows the text that matched.
	const highlights = tag === undefined ? highlightsOf(page) : [];
	const excerpts = pageExcerpts(page.text, page.anchors, page.located).map((excerpt) => ({
		...excerpt,
		href: linkTo(page.url, excerpt.anchor, highlights),
		label: anchorLabel(excerpt.anchor, t),
	}));
	return {
		href: excerpts[0]?.href ?? linkTo(page.url, undefined, highlights),
		title: page.title,
		excerpts,
		lang: tag,
		matchedIn: sameLanguage(pageLocales(), s.lang, s.reader) ? undefined : s.lang,
	};
}

/** Words as a list a reader reads: “立法”和“监督”, “a”, “b” and “c”. */
function wordList(words: string[], t: Translate): string {
	const quoted = words.map((word) => t('search.word', { word }));
	const lang = document.documentElement.lang;
	return typeof Intl.ListFormat === 'function'
		? new Intl.ListFormat(lang, { type: 'conjunction' }).format(quoted)
		: quoted.join(' ');
}

/** The status line: how many reports are listed and which words they contain, in the reader's plural. */
export function statusText(s: Searched, count: number, t: Translate): string {
	const other = !sameLanguage(pageLocales(), s.lang, s.reader);
	const plural = new Intl.PluralRules(document.documentElement.lang).select(count);
	const form = plural === 'one' ? 'one' : 'other';
	const values = { count, query: wordList(queryWords(s.typed), t) };
	const message =
		count === 0
			? t(other ? `search.lang.noResultsIn.${s.lang}` : 'search.noResults', values)
			: t(other ? `search.lang.countIn.${s.lang}.${form}` : `search.count.${form}`, values);
	return s.searched === s.typed
		? message
		: `${message}${t('search.lang.foldedAs', { query: s.searched })}`;
}
