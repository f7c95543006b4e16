/** Test queries taken from the archive's own text, and the pages that contain them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../src/lib/i18n.ts';
import { extractIndexedPage } from '../../src/lib/search/extract.ts';
import { regionAt } from '../../src/lib/search/paragraph.ts';
import { queryWords } from '../../src/lib/search/query-words.ts';
import { normalizeTerm, tokenize } from '../../src/lib/search/tokens.ts';
import { seededRandom } from '../../src/lib/seeded-random.ts';
import { indexedText } from './html.ts';
import { htmlFiles } from './site.ts';

/** The report pages of one language and their indexed text, by URL path (`/zh/2022/x/`). */
export async function reportTexts(dir: string, lang: Lang): Promise<Map<string, string>> {
	const pages = new Map<string, string>();
	for (const file of await htmlFiles(dir)) {
		if (!new RegExp(`^${lang}/\\d{4}/[^/]+/index\\.html$`).test(file)) continue;
		const text = indexedText(readFileSync(join(dir, file), 'utf8'));
		if (text) pages.set(`/${file.replace(/index\.html$/, '')}`, text);
	}
	return pages;
}

/**
 * The URL paths of the pages whose indexed text contains a query (a string, or a
 * pattern such as `/daylil/i`), sorted; `lang` moves them to that language's
 * site (a query found in the Chinese text links to the English page too).
 *
 * @example pagesContaining(await reportTexts(dir, 'zh'), '黄花', 'en') // ['/en/2022/agriculture-rural-affairs/', …]
 */
export function pagesContaining(
	pages: ReadonlyMap<string, string>,
	query: string | RegExp,
	lang?: Lang
): string[] {
	return [...pages]
		.filter(([, text]) => (typeof query === 'string' ? text.includes(query) : query.test(text)))
		.map(([url]) => (lang ? url.replace(/^\/[^/]+\//, `/${lang}/`) : url))
		.sort();
}

/**
 * The queries whose results are not exactly the pages containing them: each as
 * `query: expected … got …`, none when recall and precision are both 1.
 *
 * @param found the result URLs of each query, in the order of `queries`
 */
export function recallMisses(
	pages: ReadonlyMap<string, string>,
	queries: string[],
	found: string[][]
): string[] {
	return queries.flatMap((query, i) => {
		const expected = [...pages]
			.filter(([, text]) => hanPattern(query).test(text))
			.map(([url]) => url)
			.sort();
		const got = [...found[i]!].sort();
		return JSON.stringify(expected) === JSON.stringify(got)
			? []
			: [`${query}: expected ${expected.join(' ')} got ${got.join(' ')}`];
	});
}

/** A deterministic sample of Chinese substrings (2–5 Han characters) of the texts. */
export function sampleChinese(texts: string[], count: number): string[] {
	const next = seededRandom(2022);
	const runs = texts.flatMap((text) => text.match(/\p{Script=Han}{2,}/gu) ?? []);
	const queries = new Set<string>();
	while (queries.size < count) {
		const run = runs[Math.floor(next() * runs.length)]!;
		const length = 2 + Math.floor(next() * 4);
		if (run.length < length) continue;
		const start = Math.floor(next() * (run.length - length + 1));
		queries.add(run.slice(start, start + length));
	}
	return [...queries];
}

/** A deterministic sample of English words (4+ letters) and two-word phrases of the texts. */
export function sampleEnglish(texts: string[], count: number): string[] {
	const next = seededRandom(2023);
	const words = texts.flatMap((text) => text.split(/[^A-Za-z]+/).filter((w) => w.length >= 4));
	const queries = new Set<string>();
	while (queries.size < count) {
		const i = Math.floor(next() * (words.length - 1));
		queries.add(next() < 0.7 ? words[i]! : `${words[i]} ${words[i + 1]}`);
	}
	return [...queries];
}

/**
 * English words (4+ letters) right after characters that HTML or Markdown would
 * read as markup (< > & [ ] * _ ` | { }), each once, at most `count`: queries
 * whose excerpts must quote those characters as they stand. None when the texts
 * have no such characters.
 */
export function wordsBesideMarkup(texts: string[], count = 20): string[] {
	const words = new Set<string>();
	for (const text of texts)
		for (const match of text.matchAll(/[<>&[\]*_`|{}]\s*([A-Za-z]{4,})/g)) words.add(match[1]!);
	return [...words].slice(0, count);
}

/** The named queries of the issues, in each language. */
export const NAMED = {
	zh: [
		'黄花',
		'颐养工程',
		'联络站',
		'双减',
		'桑干河',
		'郑苗苗',
		'大同人大',
		'全过程人民民主',
		'备案审查',
	],
	/** Typed in Traditional characters, as a reader in Hong Kong or Taiwan would (issue 12). */
	'zh-hant': [
		'黃花',
		'頤養工程',
		'聯絡站',
		'雙減',
		'桑乾河',
		'鄭苗苗',
		'大同人大',
		'全過程人民民主',
		'備案審查',
		'幹部',
	],
	en: [
		'daylily',
		'liaison station',
		'Sanggan River',
		'deputies',
		'whole-process people’s democracy',
		'Yiyang Elderly Care Project',
		'double reduction',
		'oversight',
	],
};

/**
 * The anchor (`#p3`, or '' for the page's header) of the first place a page's
 * indexed text contains `query`, read from the built page (see extract.ts):
 * where a search result for it must land.
 */
export function firstMatchAnchor(html: string, query: string | RegExp): string {
	const page = extractIndexedPage(html);
	if (!page) throw new Error('not an indexed page');
	// In the report text first (from its first paragraph or heading), in the page's header only failing that.
	const start = Math.min(
		...page.anchors.filter((a) => /^[ps]\d+$/.test(a.id)).map((a) => a.location)
	);
	const find = (from: number) => {
		const rest = page.text.slice(from);
		const i = typeof query === 'string' ? rest.indexOf(query) : rest.search(query);
		return i < 0 ? -1 : from + i;
	};
	const at = find(start) >= 0 ? find(start) : find(0);
	if (at < 0) throw new Error(`the page does not contain ${String(query)}`);
	const id = regionAt(page.anchors, at, page.text.length).id;
	return id ? `#${id}` : '';
}

/** The indexed text of one paragraph (`#p3`) of a built page, or of its header (title, byline) for ''. */
export function paragraphText(html: string, anchor: string): string {
	const page = extractIndexedPage(html);
	if (!page) throw new Error('not an indexed page');
	const at = page.anchors.find((a) => `#${a.id}` === anchor);
	const region = regionAt(page.anchors, at?.location ?? 0, page.text.length);
	return page.text.slice(region.start, region.end);
}

/**
 * A paragraph's text, or an excerpt's, as the two are compared: the characters
 * as they stand, runs of white space as one space. In the page's header (anchor
 * '') white space is left out: its blocks (title, committee, byline) stand on
 * lines of their own in the page's text, but Pagefind joins some of them without
 * a space (市人大法制委 and 本组稿件由…).
 */
export function comparable(text: string, anchor: string): string {
	return anchor === '' ? text.replace(/\s+/g, '') : text.replace(/\s+/g, ' ').trim();
}

/**
 * A deterministic sample of two-word Chinese queries from one page's text:
 * alternately two substrings (2–4 characters) taken apart, and one substring
 * (4–6 characters) cut in two, whose words are adjacent there.
 */
export function sampleChinesePairs(texts: string[], count: number): string[] {
	const next = seededRandom(2024);
	const queries = new Set<string>();
	while (queries.size < count) {
		const runs = texts[Math.floor(next() * texts.length)]!.match(/\p{Script=Han}{2,}/gu) ?? [];
		const pick = (min: number) => {
			const run = runs[Math.floor(next() * runs.length)] ?? '';
			const length = Math.min(run.length, min + Math.floor(next() * 3));
			const start = Math.floor(next() * (run.length - length + 1));
			return run.slice(start, start + length);
		};
		let [a, b] = [pick(2), pick(2)];
		if (queries.size % 2 === 1) {
			const whole = pick(4);
			const cut = 2 + Math.floor(next() * (whole.length - 3));
			[a, b] = [whole.slice(0, cut), whole.slice(cut)];
		}
		if (a.length >= 2 && b.length >= 2 && !a.includes(b) && !b.includes(a))
			queries.add(`${a} ${b}`);
	}
	return [...queries];
}

/**
 * Two Han characters that both stand on a page but never next to each other
 * there (as 疫 and 情 on a page without 疫情): the query of the two together must
 * not list that page. Returns the queries with the page each is apart on.
 */
export function sampleApartPairs(
	pages: ReadonlyMap<string, string>,
	count: number
): { query: string; apartOn: string }[] {
	const next = seededRandom(2025);
	const entries = [...pages];
	const found = new Map<string, string>();
	for (let tries = 0; found.size < count && tries < count * 1000; tries++) {
		const [path, text] = entries[Math.floor(next() * entries.length)]!;
		const han = text.match(/\p{Script=Han}/gu) ?? [];
		const a = han[Math.floor(next() * han.length)]!;
		const b = han[Math.floor(next() * han.length)]!;
		if (a !== b && !hanPattern(a + b).test(text) && !found.has(a + b)) found.set(a + b, path);
	}
	return [...found].map(([query, apartOn]) => ({ query, apartOn }));
}

/** A deterministic sample of two-word English queries: two different words (5+ letters) of one page. */
export function sampleEnglishPairs(texts: string[], count: number): string[] {
	const next = seededRandom(2026);
	const queries = new Set<string>();
	while (queries.size < count) {
		const words = texts[Math.floor(next() * texts.length)]!.split(/[^A-Za-z]+/).filter(
			(w) => w.length >= 5
		);
		const a = words[Math.floor(next() * words.length)];
		const b = words[Math.floor(next() * words.length)];
		if (a && b && a.toLowerCase() !== b.toLowerCase()) queries.add(`${a} ${b}`);
	}
	return [...queries];
}

/**
 * A Chinese word as the indexes find it: its characters in order, with at most
 * spaces between them (领导 强化 holds 导强), never a line break or punctuation;
 * case ignored for Latin letters.
 */
export function hanPattern(word: string): RegExp {
	const parts = word.match(/\p{Script=Han}|[^\p{Script=Han}]+/gu) ?? [];
	return new RegExp(
		parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\S\\n]*'),
		'iu'
	);
}

/**
 * Whether a page's indexed text holds a word as the search semantics read it:
 * a Chinese word as a substring, another word as a word with the same stem
 * (English) or the same letters (ignoring case).
 */
export function holdsWord(text: string, word: string, lang: string): boolean {
	if (/\p{Script=Han}/u.test(word)) return hanPattern(word).test(text);
	const term = normalizeTerm(word.replace(/[\p{P}]/gu, ''), lang);
	const key = `${lang} ${text}`;
	let terms = termsOf.get(key);
	if (!terms) termsOf.set(key, (terms = new Set(tokenize(text, lang).map((t) => t.term))));
	return terms.has(term);
}
const termsOf = new Map<string, Set<string>>();

/** The pages (URL paths, sorted) whose text holds every word of a query. */
export function pagesHolding(
	pages: ReadonlyMap<string, string>,
	query: string,
	lang: string
): string[] {
	const words = queryWords(query);
	return [...pages]
		.filter(([, text]) => words.every((word) => holdsWord(text, word, lang)))
		.map(([url]) => url)
		.sort();
}

/**
 * Where a result for Chinese words must land (`#p3`, or '' for the page's
 * header): the paragraph or heading holding most of the words, the earliest of
 * equal ones, in the report text first (see firstMatchAnchor).
 */
export function bestAnchor(html: string, words: string[]): string {
	const page = extractIndexedPage(html);
	if (!page) throw new Error('not an indexed page');
	const citable = page.anchors
		.filter((a) => /^[ps]\d+$/.test(a.id))
		.sort((a, b) => a.location - b.location);
	const regions = citable.map((a, i) => ({
		id: `#${a.id}`,
		text: page.text.slice(a.location, citable[i + 1]?.location ?? page.text.length),
	}));
	const held = (text: string) => words.filter((word) => hanPattern(word).test(text)).length;
	let best = { id: '', count: 0 };
	for (const region of regions)
		if (held(region.text) > best.count) best = { id: region.id, count: held(region.text) };
	return best.count > 0 ? best.id : '';
}

/**
 * Where a result for an English word must land: the first paragraph (or
 * heading) with a word of the same stem, in the report text first (see
 * firstMatchAnchor).
 */
export function firstWordAnchor(html: string, word: string, lang: string): string {
	const page = extractIndexedPage(html);
	if (!page) throw new Error('not an indexed page');
	const term = normalizeTerm(word, lang);
	const start = Math.min(
		...page.anchors.filter((a) => /^[ps]\d+$/.test(a.id)).map((a) => a.location)
	);
	const tokens = tokenize(page.text, lang).filter((t) => t.term === term);
	const at = (tokens.find((t) => t.start >= start) ?? tokens[0])?.start;
	if (at === undefined) throw new Error(`the page does not contain ${word}`);
	const id = regionAt(page.anchors, at, page.text.length).id;
	return id ? `#${id}` : '';
}
