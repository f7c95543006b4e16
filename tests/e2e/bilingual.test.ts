/**
 * The bilingual archive in Chromium: switching language keeps the paragraph,
 * English search finds English pages, and the side-by-side view aligns the two
 * languages on a wide screen and interleaves them on a phone; its head gives the
 * title, headline, subtitle and byline in both languages, every text sits in an
 * element whose `lang` is of its script (there and on the landing and 404
 * pages, which speak both languages), and an editorial mark never starts a line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementContent, Root } from 'hast';
import { describe, expect, inject, it } from 'vitest';
import { getCommittee } from '../../src/lib/committees.ts';
import { type ContentPage, contentPairs } from '../helpers/content.ts';
import { parseHtml, select, textOf } from '../helpers/html.ts';
import { useBrowser } from '../helpers/pages.ts';
import { pagesHolding, reportTexts } from '../helpers/queries.ts';
import { htmlFiles, ROOT } from '../helpers/site.ts';

const { browser, open, site } = await useBrowser();

describe.skipIf(!browser)('language switch (Chromium)', () => {
	it('goes from a Chinese paragraph to the same paragraph in English and back', async () => {
		const page = await open('/zh/2022/standing-committee/#p5');
		await page.click('header a[data-lang-switch][hreflang="en"]');
		await page.waitForURL('**/en/2022/standing-committee/#p5');
		expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p5');
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
		await page.click('header a[data-lang-switch][hreflang="zh-Hans"]');
		await page.waitForURL('**/zh/2022/standing-committee/#p5');
		expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p5');
		await page.close();
	});

	it('keeps the query when switching the search page', async () => {
		const page = await open('/zh/search/?q=%E9%BB%84%E8%8A%B1');
		await page.waitForSelector('[data-search-results] li');
		await page.click('header a[data-lang-switch][hreflang="en"]');
		await page.waitForURL('**/en/search/?q=*');
		expect(new URL(page.url()).searchParams.get('q')).toBe('黄花');
		await page.close();
	});
});

describe.skipIf(!browser)('English search (Chromium)', () => {
	it.each(['daylily', 'liaison station', 'Sanggan River', 'deputies'])(
		'finds %s on /en/search/ in exactly the English pages that hold every word (by its stem)',
		async (query) => {
			const expected = pagesHolding(await reportTexts(inject('siteDir'), 'en'), query, 'en');
			expect(expected.length).toBeGreaterThan(0);
			const page = await open(`/en/search/?q=${encodeURIComponent(query)}`);
			await page.waitForSelector('[data-search-results] li');
			const found = await page.$$eval('[data-search-results] > li > a', (links) =>
				links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)
			);
			expect(found.sort()).toEqual(expected);
			expect(await page.textContent('[data-search-status]')).toMatch(/^\d+ reports? contains?/);
			await page.close();
		}
	);
});

describe.skipIf(!browser)('side-by-side view (Chromium)', () => {
	const blockTops = (selector: string) => (document: Document) =>
		[...document.querySelectorAll(`${selector} > *`)].map((el) =>
			Math.round(el.getBoundingClientRect().top)
		);

	it('aligns each English block with its Chinese block on a wide screen', async () => {
		const page = await open('/en/2022/standing-committee/bilingual/', { width: 1400, height: 900 });
		const zh = await page.evaluate<number[]>(`(${blockTops.toString()})('.col--zh')(document)`);
		const en = await page.evaluate<number[]>(`(${blockTops.toString()})('.col--en')(document)`);
		expect(zh.length).toBe(32);
		expect(en).toEqual(zh);
		await page.close();
	});

	it('keeps the English column’s paragraph numbers clear of the Chinese text beside them, from the narrowest two-column width up', async () => {
		const pair = contentPairs().find((p) => p.en)!;
		const covered: string[] = [];
		for (const lang of ['zh', 'en']) {
			const page = await open(`/${lang}/${pair.zh.year}/${pair.zh.slug}/bilingual/`);
			for (const width of [880, 1024, 1280, 1400]) {
				await page.setViewportSize({ width, height: 900 });
				covered.push(
					...(
						await page.$$eval('.col--en > * .pn', (numbers) =>
							numbers.flatMap((pn) => {
								const block = pn.closest('.col--en > *')!;
								const row = [...block.parentElement!.children].indexOf(block);
								const beside = document.querySelector('.col--zh')!.children[row]!;
								const overlap =
									beside.getBoundingClientRect().right - pn.getBoundingClientRect().left;
								return overlap > 0 ? [`${pn.textContent} by ${Math.round(overlap)} px`] : [];
							})
						)
					).map((found) => `/${lang}/ at ${width} px: ${found}`)
				);
			}
			await page.close();
		}
		expect(covered).toEqual([]);
	});

	it('interleaves Chinese and English paragraphs on a phone', async () => {
		const page = await open('/zh/2022/legal-affairs/bilingual/#p2', { width: 390, height: 844 });
		const zh = await page.evaluate<number[]>(`(${blockTops.toString()})('.col--zh')(document)`);
		const en = await page.evaluate<number[]>(`(${blockTops.toString()})('.col--en')(document)`);
		for (let i = 0; i < zh.length; i++) {
			expect(zh[i]!).toBeLessThan(en[i]!);
			if (i + 1 < zh.length) expect(en[i]!).toBeLessThan(zh[i + 1]!);
		}
		expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p2');
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
		).toBe(true);
		await page.close();
	});
});

/** Han or Latin: the script most of a text is written in, URLs aside; undefined for digits and signs. */
function scriptOf(text: string): 'zh' | 'en' | undefined {
	const words = text.replace(/\b(https?:\/\/|data\/|seeds\/)\S*/g, '');
	const han = (words.match(/\p{Script=Han}/gu) ?? []).length;
	const latin = (words.match(/\p{Script=Latin}/gu) ?? []).length;
	if (han + latin === 0) return undefined;
	return han >= latin ? 'zh' : 'en';
}

/** Every text of a page's body (scripts aside) whose nearest `lang` is not of its script. */
function misLabelled(html: string): string[] {
	const wrong: string[] = [];
	const visit = (node: ElementContent | Root, lang: string) => {
		if (node.type === 'text') {
			const script = scriptOf(node.value);
			if (script && !lang.toLowerCase().startsWith(script))
				wrong.push(`lang="${lang}": “${node.value.trim().slice(0, 60)}”`);
			return;
		}
		if (node.type !== 'element' && node.type !== 'root') return;
		if (node.type === 'element' && ['script', 'style', 'template'].includes(node.tagName)) return;
		const own = node.type === 'element' ? node.properties['lang'] : undefined;
		for (const child of node.children as ElementContent[])
			visit(child, typeof own === 'string' ? own : lang);
	};
	const tree = parseHtml(html);
	visit(select(tree, 'body')[0]!, String(select(tree, 'html')[0]!.properties['lang']));
	return wrong;
}

/** The built side-by-side pages of a site: all, or only those of the given years. */
async function sideBySidePages(dir: string, years?: Set<string>): Promise<string[]> {
	return (await htmlFiles(dir)).filter((f) => {
		const match = /^(?:zh|zh-hant|en)\/(\d{4})\/[^/]+\/bilingual\/index\.html$/.exec(f);
		return match !== null && (!years || years.has(match[1]!));
	});
}

describe('side-by-side view: its head and its languages', () => {
	/** What the head must say, from content/ and the committee registry. */
	function expectedHead(zh: ContentPage, en: ContentPage | undefined) {
		const committee = getCommittee(zh.slug)!;
		const overview = committee.kind === 'overview';
		const side = (page: ContentPage, name: string) => {
			// A field the English page leaves out (not translated yet) shows the Chinese page's.
			const chinese = zh.frontmatter;
			const own = page.frontmatter;
			const fm = {
				...(chinese as { title: string; byline?: string; credit?: string }),
				...(own as { title?: string; byline?: string; credit?: string }),
				article: {
					...(chinese['article'] as { title: string; subtitle: string }),
					...(own['article'] as { title?: string; subtitle?: string } | undefined),
				},
			};
			return {
				// An overview's headline not translated yet: no English title (the Chinese one is beside it).
				title: overview ? (own as { title?: string }).title : name,
				// One line each (<br> between them, read back as a line break).
				article: [...(overview ? [] : [fm.article.title]), fm.article.subtitle].join('\n'),
				byline: [fm.byline, fm.credit].filter((x): x is string => x !== undefined).join('\n'),
			};
		};
		return {
			zh: side(zh, committee.zh),
			en: en ? side(en, committee.en) : overview ? undefined : { title: committee.en },
		};
	}

	// The fixture's row where the fixture sites are built (not in the staged run's, ARCHIVE_TEST_SITES).
	type Row = [string, () => string, () => string];
	const rows: Row[] = [['the archive', () => inject('siteDir'), () => join(ROOT, 'content')]];
	if (inject('translatedDir'))
		rows.push([
			'the translated 2031 fixture',
			() => inject('translatedDir'),
			() => inject('translatedContentDir'),
		]);
	it.each(rows)(
		'%s: title, headline, subtitle and byline in Chinese and in English, each in its own lang',
		(_, dir, content) => {
			const pairs = contentPairs(content());
			expect(pairs.length).toBeGreaterThan(0);
			for (const { zh, en } of pairs) {
				const want = expectedHead(zh, en);
				for (const lang of ['zh', 'en']) {
					const file = join(dir(), lang, String(zh.year), zh.slug, 'bilingual', 'index.html');
					const html = readFileSync(file, 'utf8');
					const text = (selector: string) => select(html, selector).map((el) => textOf(el));
					expect(text('h1 > span[lang="zh-Hans"]'), file).toEqual([want.zh.title]);
					expect(text('.parallel-head .article[lang="zh-Hans"]'), file).toEqual([want.zh.article]);
					expect(text('.parallel-head .byline[lang="zh-Hans"]'), file).toEqual(
						want.zh.byline ? [want.zh.byline] : []
					);
					expect(text('h1 > span[lang="en"]'), file).toEqual(
						want.en?.title !== undefined ? [want.en.title] : []
					);
					if (want.en && 'article' in want.en) {
						expect(text('.parallel-head .article[lang="en"]'), file).toEqual([want.en.article]);
						expect(text('.parallel-head .byline[lang="en"]'), file).toEqual(
							want.en.byline ? [want.en.byline] : []
						);
					}
				}
			}
		}
	);

	it('the overview’s subtitle (——…) follows its title, on its page and side by side; a committee’s group headline and subtitle precede the committee’s name', () => {
		const misplaced: string[] = [];
		for (const { zh } of contentPairs()) {
			const overview = getCommittee(zh.slug)!.kind === 'overview';
			for (const lang of ['zh', 'zh-hant', 'en'])
				for (const view of ['', 'bilingual/']) {
					const file = join(inject('siteDir'), lang, String(zh.year), zh.slug, view, 'index.html');
					const html = readFileSync(file, 'utf8');
					const h1 = html.indexOf('<h1');
					const articles = [...html.matchAll(/<p class="article"/g)].map((m) => m.index);
					expect(articles.length, file).toBeGreaterThan(0);
					if (articles.some((at) => at > h1 !== overview)) misplaced.push(file);
				}
		}
		expect(misplaced).toEqual([]);
	});

	it('every text of every side-by-side page (the archive’s and a further year’s, in the three languages) is in an element whose lang is of its script', async () => {
		const years = new Set(readdirSync(join(ROOT, 'content')));
		const files: [string, string][] = [
			...(await sideBySidePages(inject('siteDir'))).map((f): [string, string] => [
				inject('siteDir'),
				f,
			]),
			// A further year's pages, where the fixture sites are built.
			...(inject('translatedDir')
				? await sideBySidePages(
						inject('translatedDir'),
						new Set(readdirSync(inject('translatedContentDir')).filter((year) => !years.has(year)))
					)
				: []
			).map((f): [string, string] => [inject('translatedDir'), f]),
		];
		// Every report of content/ in the three languages, and the fixture's where it is built.
		expect(files.length).toBeGreaterThanOrEqual(contentPairs().length * 3);
		const wrong = files.flatMap(([dir, file]) =>
			misLabelled(readFileSync(join(dir, file), 'utf8')).map((w) => `${file}: ${w}`)
		);
		expect(wrong).toEqual([]);
	});
});

describe('the pages for every reader: landing and 404', () => {
	it.each(['index.html', '404.html'])(
		'/%s speaks Chinese and English in its header, main part and footer, each text in its own lang, with no one-language search box or menu',
		(file) => {
			const html = readFileSync(join(inject('siteDir'), file), 'utf8');
			for (const part of ['.skip-link', '.site-header', 'main', '.site-footer']) {
				const texts = select(html, `${part} [lang]`).map((el) => [
					String(el.properties['lang']),
					textOf(el),
				]);
				for (const lang of ['zh-Hans', 'en'])
					expect(
						texts.some(([l, text]) => l === lang && scriptOf(text!) === lang.slice(0, 2)),
						`${file} ${part}: no ${lang} text`
					).toBe(true);
			}
			expect(misLabelled(html)).toEqual([]);
			expect(select(html, '.site-header form, .site-header details')).toEqual([]);
			const title = textOf(select(html, 'title')[0]!);
			expect(scriptOf(title.split(' · ')[0]!)).toBe('zh');
			expect(scriptOf(title.split(' · ').at(-1)!)).toBe('en');
		}
	);
});

describe.skipIf(!browser)('editorial marks and line breaks (Chromium)', () => {
	/**
	 * For every inline mark of the page, at paragraph widths from 10 to 30 em (phones
	 * to a side-by-side column), 2 px apart (a mark and a comma are wider than that):
	 * a mark after a letter never starts a line, and closing punctuation after a
	 * mark never does either. Measured with Range.getClientRects.
	 */
	const badBreaks = () => {
		const closing = /^[\p{Pe}\p{Pf}、，。；：！？,.;:!?…]/u;
		const found = new Set<string>();
		for (const mark of document.querySelectorAll('sup.mark')) {
			const p = mark.closest('p')!;
			const before = mark.previousSibling;
			const after = mark.nextSibling;
			const rectOf = (node: Node, from: number, to: number) => {
				const range = document.createRange();
				range.setStart(node, from);
				range.setEnd(node, to);
				return [...range.getClientRects()].at(-1)!;
			};
			const em = parseFloat(getComputedStyle(p).fontSize);
			for (let width = Math.round(10 * em); width <= 30 * em; width += 2) {
				p.style.width = `${width}px`;
				const box = mark.getBoundingClientRect();
				if (before?.nodeType === Node.TEXT_NODE && /\S$/.test(before.textContent!)) {
					const last = rectOf(before, before.textContent!.length - 1, before.textContent!.length);
					if (box.top >= last.bottom - 2)
						found.add(`a mark starts a line after “${before.textContent!.slice(-8)}”`);
				}
				if (after?.nodeType === Node.TEXT_NODE && closing.test(after.textContent!)) {
					if (rectOf(after, 0, 1).top >= box.bottom - 2)
						found.add(`“${after.textContent!.slice(0, 8)}” starts a line after a mark`);
				}
			}
			p.style.width = '';
		}
		return [...found];
	};

	it('no mark starts a line, and no comma or other closing punctuation after a mark does, in any side-by-side page with marks (both languages’ marks)', async () => {
		const dir = inject('siteDir');
		const withMarks = (await sideBySidePages(dir)).filter(
			(f) =>
				!f.startsWith('zh-hant/') && readFileSync(join(dir, f), 'utf8').includes('<sup class="mark')
		);
		expect(withMarks.length).toBeGreaterThan(0);
		const context = await browser!.newContext({ bypassCSP: true });
		const page = await context.newPage();
		const wrong: string[] = [];
		for (const file of withMarks) {
			await page.goto(new URL(file.replace(/index\.html$/, ''), site().url).href);
			wrong.push(...(await page.evaluate(badBreaks)).map((w) => `${file}: ${w}`));
		}
		expect(wrong).toEqual([]);
		await context.close();
	});
});
