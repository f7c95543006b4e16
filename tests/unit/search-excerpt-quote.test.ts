/**
 * A search excerpt quotes the page's own characters, whichever engine found it,
 * also where the text looks like markup: the 2031 fixture's legal-affairs p2
 * (and its English) holds ASCII braces, an HTML tag, backticks, pipes between
 * spaces, Markdown emphasis and link syntax and entity names, all as text.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/lib/build/pagefind-index.ts';
import { type Excerpt, pageExcerpts } from '../../src/lib/search/excerpt.ts';
import { extractIndexedPage } from '../../src/lib/search/extract.ts';
import { locateWords } from '../../src/lib/search/locate.ts';
import type { Anchor } from '../../src/lib/search/paragraph.ts';
import { type PagefindPageData, pagefindText } from '../../src/lib/search/pagefind-text.ts';

/** Each language's page: its paragraph, the words searched, what the excerpts must show as it stands. */
const PAGES = {
	zh: {
		paragraph:
			'会议讨论了{预算}与<script>alert(1)</script>、`代码`、| 表格 |、**加粗**、_斜体_、[链接](http://example.com)、&amp;与&lt;b&gt;等字符在网页中的显示。',
		words: ['预算', '代码', '表格', '加粗', '斜体', '链接', '字符'],
		literal: ['| 表格 |', '[链接](http', '&amp;与&lt;b&gt;'],
	},
	en: {
		paragraph:
			'The meeting discussed how characters such as {budget} and <script>alert(1)</script>, `code`, | table |, **bold**, _italics_, [link](http://example.com), &amp; and &lt;b&gt; are displayed on web pages.',
		words: ['budget', 'code', 'table', 'bold', 'italics', 'link', 'displayed'],
		literal: ['<script>alert(1)</script>', '| table |', '&amp; and &lt;b&gt;'],
	},
} as const;
type Lang = keyof typeof PAGES;

const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A built report page as the archive writes it: a header, numbered paragraphs, the number links ignored. */
const htmlOf = (lang: Lang) => `<!doctype html><html lang="${lang === 'zh' ? 'zh-Hans' : 'en'}">
<head><title>t</title></head><body><main data-pagefind-body>
<h1 data-pagefind-meta="title">${lang === 'zh' ? '市人大法制委员会' : 'Legal Affairs'}</h1>
<p id="p1"><a data-pagefind-ignore href="#p1">1</a>${lang === 'zh' ? '法制委审议法规草案。' : 'The committee reviewed drafts.'}</p>
<p id="p2"><a data-pagefind-ignore href="#p2">2</a>${escapeHtml(PAGES[lang].paragraph)}</p>
</main></body></html>`;

/** The first excerpt of the page for each word, from a page's indexed text. */
function excerptsOf(lang: Lang, text: string, anchors: readonly Anchor[]): Excerpt[] {
	return PAGES[lang].words.map(
		(word) => pageExcerpts(text, anchors, locateWords(text, [word], lang))[0]!
	);
}

/** Each excerpt is a stretch of the paragraph, character for character, cut where it says, the word marked. */
function expectQuoted(lang: Lang, excerpts: Excerpt[]): void {
	const { paragraph, words, literal } = PAGES[lang];
	const quoted = excerpts.map((excerpt) => excerpt.parts.map((part) => part.text).join(''));
	excerpts.forEach((excerpt, i) => {
		expect(excerpt.anchor).toBe('p2');
		expect(paragraph).toContain(quoted[i]);
		expect(quoted[i]!.length).toBeGreaterThan(words[i]!.length);
		expect(excerpt.cutStart).toBe(!paragraph.startsWith(quoted[i]!));
		expect(excerpt.cutEnd).toBe(!paragraph.endsWith(quoted[i]!));
		expect(excerpt.parts.filter((part) => part.mark).map((part) => part.text)).toEqual([words[i]]);
	});
	for (const text of literal) expect(quoted.some((q) => q.includes(text))).toBe(true);
}

/**
 * A page's result data as Pagefind 1.6's pagefind.js hands it over (its
 * loadFragment): the fragment's content, with the index's word separators and
 * `<` and `>` (only) escaped, as raw_content; without the separators as content.
 */
function asPagefindLoads(fragment: { content: string; anchors: Anchor[] }): PagefindPageData {
	return {
		raw_content: fragment.content.replace(/</g, '&lt;').replace(/>/g, '&gt;'),
		content: fragment.content.replace(/\u200B/g, ''),
		anchors: fragment.anchors,
	};
}

const scratch = mkdtempSync(join(tmpdir(), 'excerpt-quote-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
beforeAll(async () => {
	for (const lang of Object.keys(PAGES) as Lang[]) {
		mkdirSync(join(scratch, lang, 'report'), { recursive: true });
		writeFileSync(join(scratch, lang, 'report', 'index.html'), htmlOf(lang));
	}
	await buildSearchIndex(scratch);
}, 60_000);

/** The page's stored data (a fragment: gzip of a signature and JSON), as Pagefind itself wrote it. */
function fragmentOf(lang: Lang): { content: string; anchors: Anchor[] } {
	const dir = join(scratch, 'pagefind', 'fragment');
	const [name] = readdirSync(dir).filter((file) => file.startsWith(lang));
	const data = gunzipSync(readFileSync(join(dir, name!))).toString('utf8');
	return JSON.parse(data.slice(data.indexOf('{'))) as { content: string; anchors: Anchor[] };
}

describe.each(Object.keys(PAGES) as Lang[])(
	'excerpts of a paragraph that looks like markup (%s)',
	(lang) => {
		it('quote the page’s characters exactly from the offline index’s text', () => {
			const page = extractIndexedPage(htmlOf(lang))!;
			expectQuoted(lang, excerptsOf(lang, page.text, page.anchors));
		});
		it('quote them exactly from the text Pagefind stores', () => {
			const { text, anchors } = pagefindText(asPagefindLoads(fragmentOf(lang)));
			expectQuoted(lang, excerptsOf(lang, text, anchors));
		});
	}
);
