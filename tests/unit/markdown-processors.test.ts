/**
 * The two Markdown pipelines (src/lib/prose/processors.ts): the hand-written
 * prose gets GFM (tables, footnotes in its language, strikethrough, autolinks),
 * the reports none of it — on raw text, and on a page ingested by the real CLI
 * from a seed that prints an address, `~~x~~`, a table and a footnote
 * (tests/fixtures/report-markup/).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { afterAll, describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/content/mdx-page.ts';
import { select, textOf } from '../helpers/html.ts';
import { renderProse, renderReportBody } from '../helpers/markdown.ts';
import { ROOT } from '../helpers/site.ts';

/**
 * Text GFM reads as markup: an address, strikethrough, a table, a footnote
 * reference without its definition (with one, CommonMark itself makes a link:
 * ingest escapes that, see the seed below).
 */
const GFM_TEXT = `材料照录 ~~x~~，见 https://example.com 与 www.example.com 。注[^1]

| a | b |
| --- | --- |
| 1 | 2 |
`;
/** What GFM would make of it; a report's own links are its paragraph numbers (`a.pn`). */
const GFM_ELEMENTS = 'a:not(.pn), del, table, sup, section[data-footnotes]';
/** A report paragraph's text without its number. */
const paragraphText = (html: string, selector = 'p') =>
	select(html, selector).map((e) => textOf(e).replace(/^\d+/, ''));

/** The elements matching a selector inside an element. */
const within = (element: Element, selector: string) => selectAll(selector, element);

const fixture = (name: string) => readFileSync(join(ROOT, 'tests', 'fixtures', name), 'utf8');

describe('the prose processor (.md)', () => {
	it('renders a GFM table, wrapped so that it scrolls on its own on a phone', async () => {
		const html = await renderProse(
			fixture('prose/zh/year/2031.md').replace(/^---[\s\S]*?---\n/, '')
		);
		const table = select(html, '.table-wrap > table')[0]!;
		expect(select(html, 'table')).toHaveLength(1);
		expect(within(table, 'thead th').map(textOf)).toEqual(['文章', '所收报告']);
		expect(within(table, 'tbody tr')).toHaveLength(2);
	});

	it('renders footnotes in the document’s language, with ids of its own', async () => {
		const markdown = '正文。[^a] 再引。[^a]\n\n[^a]: 注文。\n';
		const path = join(ROOT, 'content', 'prose', 'zh', 'year', '2031.md');
		const html = await renderProse(markdown, path);
		const refs = select(html, 'sup a[data-footnote-ref]');
		expect(refs.map((a) => a.properties['href'])).toEqual(['#year-2031-fn-a', '#year-2031-fn-a']);
		expect(refs.map((a) => a.properties['id'])).toEqual([
			'year-2031-fnref-a',
			'year-2031-fnref-a-2',
		]);
		const notes = select(html, 'section[data-footnotes]')[0]!;
		const label = within(notes, 'h2')[0]!;
		expect([label.properties['id'], textOf(label), label.properties['className']]).toEqual([
			'year-2031-notes',
			'注释',
			['visually-hidden'],
		]);
		expect(refs.map((a) => a.properties['ariaDescribedBy'])).toEqual([
			['year-2031-notes'],
			['year-2031-notes'],
		]);
		expect(within(notes, 'li')[0]!.properties['id']).toBe('year-2031-fn-a');
		expect(within(notes, 'a[data-footnote-backref]').map((a) => a.properties['ariaLabel'])).toEqual(
			['返回正文第1处', '返回正文第1-2处']
		);
		expect(textOf(within(notes, 'li p')[0]!)).toContain('注文。');
	});

	it('names the notes in English in an English document', async () => {
		const html = await renderProse(
			'Text.[^1]\n\n[^1]: A note.\n',
			join(ROOT, 'content', 'prose', 'en', 'data', 'licence.md')
		);
		expect(textOf(select(html, 'section[data-footnotes] h2')[0]!)).toBe('Notes');
		expect(select(html, 'a[data-footnote-backref]')[0]!.properties['ariaLabel']).toBe(
			'Back to reference 1'
		);
		expect(select(html, '[id^="data-licence-"]').length).toBeGreaterThan(0);
	});

	it('gives two documents on one page different ids for the same footnote', async () => {
		const ids = async (name: string) =>
			select(
				await renderProse(
					'A.[^1]\n\n[^1]: B.\n',
					join(ROOT, 'content', 'prose', 'en', `${name}.md`)
				),
				'[id]'
			).map((e) => String(e.properties['id']));
		const [cite, method] = [await ids('about/cite'), await ids('about/method')];
		expect(cite.length).toBeGreaterThan(0);
		expect(cite.filter((id) => method.includes(id))).toEqual([]);
	});

	it('reads strikethrough with two tildes only, and links an address', async () => {
		const html = await renderProse('范围 3~5 件，~~删去~~，见 https://example.com 。\n');
		expect(select(html, 'del').map(textOf)).toEqual(['删去']);
		expect(textOf(select(html, 'p')[0]!)).toContain('3~5 件');
		expect(select(html, 'a').map((a) => a.properties['href'])).toEqual(['https://example.com']);
	});

	it('keeps the text as written: no typographic replacements', async () => {
		const html = await renderProse('"quoted" -- and ... and \'single\'\n');
		expect(textOf(select(html, 'p')[0]!)).toBe('"quoted" -- and ... and \'single\'');
	});

	it('refuses raw HTML, naming the line, and takes an escaped < as text', async () => {
		await expect(renderProse('Recorded in seeds/<year>.yaml.\n')).rejects.toThrow(
			/line 1, column 19: raw HTML "<year>" in prose/
		);
		await expect(renderProse('<div>x</div>\n')).rejects.toThrow(/raw HTML/);
		const html = await renderProse('Recorded in seeds/\\<year>.yaml.\n<!-- a comment -->\n');
		expect(textOf(select(html, 'p')[0]!)).toBe('Recorded in seeds/<year>.yaml.');
	});
});

describe('the report processor (.mdx)', () => {
	it('leaves what GFM reads as markup as text: no link, strikethrough, table or footnote', async () => {
		const html = await renderReportBody(GFM_TEXT);
		expect(select(html, GFM_ELEMENTS)).toEqual([]);
		expect(paragraphText(html)[0]).toBe(
			'材料照录 ~~x~~，见 https://example.com 与 www.example.com 。注[^1]'
		);
		// The same text as prose is a link, a strikethrough, a table and a footnote: the difference is the processor's.
		const prose = await renderProse(`${GFM_TEXT}\n[^1]: 注文。\n`);
		for (const element of [
			'a[href="https://example.com"]',
			'del',
			'table',
			'section[data-footnotes]',
		])
			expect(select(prose, element), element).toHaveLength(1);
	});

	it('keeps the text as written: no typographic replacements', async () => {
		const html = await renderReportBody('"引号" -- 与 ...\n');
		expect(paragraphText(html)).toEqual(['"引号" -- 与 ...']);
	});
});

describe('a report ingested from a seed that prints markup (tests/fixtures/report-markup/)', () => {
	const dir = mkdtempSync(join(tmpdir(), 'report-markup-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	function ingest(): string {
		const seeds = join(dir, 'seeds');
		mkdirSync(seeds, { recursive: true });
		mkdirSync(join(dir, 'content'));
		copyFileSync(
			join(ROOT, 'tests', 'fixtures', 'report-markup', '2034.txt'),
			join(seeds, '2034.txt')
		);
		const result = spawnSync(
			join(ROOT, 'node_modules', '.bin', 'node'),
			['scripts/ingest.ts', '--content', join(dir, 'content'), join(seeds, '2034.txt')],
			{ cwd: ROOT, encoding: 'utf8', env: { ...process.env, ARCHIVE_SEEDS_DIR: seeds } }
		);
		expect(result.status, result.stderr).toBe(0);
		const zh = join(dir, 'content', '2034', 'zh');
		return readFileSync(join(zh, readdirSync(zh)[0]!), 'utf8');
	}

	it('shows the address, ~~x~~, the table and the footnote as printed', async () => {
		const page = splitFrontmatter(ingest())!;
		const html = await renderReportBody(page.body);
		const source = fixture('report-markup/2034.txt');
		expect(select(html, GFM_ELEMENTS)).toEqual([]);
		const texts = paragraphText(html, 'p, h2');
		for (const line of [
			'一年来，市人大常委会依法履职。会议材料刊于 https://example.com 及 www.example.com，供代表查阅。',
			'原文第二段照录删除号~~x~~与表格残行| a | b |，另有原注号[^1]，均非标记。',
			'| a | b |',
			'| --- | --- |',
			'[^1]: 原文此处为注文。',
		]) {
			expect(source).toContain(line);
			expect(texts).toContain(line);
		}
	});
});
