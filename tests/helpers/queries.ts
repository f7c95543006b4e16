/** Test queries taken from the archive's own text, and the pages that contain them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../src/lib/i18n.ts';
import { extractIndexedPage } from '../../src/lib/search/extract.ts';
import { regionAt } from '../../src/lib/search/paragraph.ts';
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
			.filter(([, text]) => text.includes(query))
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

/** The indexed text of one paragraph (`#p3`) of a built page, or the whole text for ''. */
export function paragraphText(html: string, anchor: string): string {
	const page = extractIndexedPage(html);
	if (!page) throw new Error('not an indexed page');
	const at = page.anchors.find((a) => `#${a.id}` === anchor);
	if (!anchor || !at) return page.text;
	const region = regionAt(page.anchors, at.location, page.text.length);
	return page.text.slice(region.start, region.end);
}
