import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractIndexedPage } from '../../src/lib/search/extract.ts';

const page = (body: string, lang = 'zh-Hans') =>
	`<!doctype html><html lang="${lang}"><head><title>t</title></head><body><nav>导航</nav>${body}</body></html>`;

describe('extractIndexedPage', () => {
	it('skips a page without data-pagefind-body, as Pagefind does', () => {
		expect(extractIndexedPage(page('<main><p>正文</p></main>'))).toBeUndefined();
	});
	it('reads the body without ignored parts, blocks on lines of their own', () => {
		const result = extractIndexedPage(
			page(`<article data-pagefind-body data-pagefind-filter="year:2022"><header data-pagefind-filter="committee:法制委"><h1 data-pagefind-meta="title">标题</h1></header>
			<p id="p1"><a data-pagefind-ignore href="#p1">1</a>一年来<sup data-pagefind-ignore>注</sup>，黄花</p><p id="p2">联络站</p><div data-pagefind-ignore="all"><p>编辑说明</p></div></article>`)
		)!;
		expect(result.lang).toBe('zh-Hans');
		expect(result.title).toBe('标题');
		expect(result.filters).toEqual({ year: '2022', committee: '法制委' });
		expect(result.text).not.toMatch(/导航|注|编辑说明|1/);
		expect(result.text.split(/\n+/).map((line) => line.trim())).toEqual([
			'标题',
			'一年来，黄花',
			'联络站',
		]);
	});
	it('records where each element with an id starts in the text', () => {
		const result = extractIndexedPage(
			page(
				'<main data-pagefind-body><h2 id="s1">一、立法</h2><p id="p1">甲乙</p><p id="p2">甲乙</p></main>'
			)
		)!;
		const at = (id: string) => result.anchors.find((a) => a.id === id)!.location;
		expect(result.anchors.map((a) => a.id)).toEqual(['s1', 'p1', 'p2']);
		expect(result.text.slice(at('s1'), at('p1')).trim()).toBe('一、立法');
		// Two paragraphs with the same text still get their own offsets.
		expect(result.text.slice(at('p1'), at('p2')).trim()).toBe('甲乙');
		expect(result.text.slice(at('p2')).trim()).toBe('甲乙');
	});
	it('reads the committed 2022 text of a built report the way the reader sees it', () => {
		const mdx = readFileSync(
			new URL('../../content/2022/zh/legal-affairs.mdx', import.meta.url),
			'utf8'
		);
		const html = page(
			`<article data-pagefind-body><p id="p1">${mdx.split('\n').find((line) => line.startsWith('2022年'))}</p></article>`
		);
		expect(extractIndexedPage(html)!.text.trim()).toMatch(/^2022年，市人大法制委员会/);
	});
});
