/**
 * The built archive, checked file by file: every report in both languages, its
 * title and paragraph anchors, the search index per language, and nothing
 * fetched from another origin.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { PRINT_LANGS } from '../../src/lib/editions/pdf/print-model.ts';
import {
	type Lang,
	LANGS,
	langOfHtmlLang,
	LOCALES,
	otherLangs,
	useTranslations,
} from '../../src/lib/i18n.ts';
import { langFromPath, switchLangPath } from '../../src/lib/urls.ts';
import { corpusReports, corpusYears, reportsOf } from '../helpers/corpus.ts';
import { indexedText, select, textOf } from '../helpers/html.ts';
import { htmlFiles } from '../helpers/site.ts';

let dir: string;
const page = (path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');

beforeAll(() => {
	dir = inject('siteDir');
});

describe('the built site', () => {
	it('has the landing page, both homes, every year page, search, about, glossary and a 404 page', () => {
		for (const path of [
			'index.html',
			'404.html',
			'zh/index.html',
			'en/index.html',
			...corpusYears().flatMap((year) => [`zh/${year}/index.html`, `en/${year}/index.html`]),
			'zh/search/index.html',
			'en/search/index.html',
			'zh/about/index.html',
			'zh/glossary/index.html',
			'en/glossary/index.html',
		]) {
			expect(existsSync(join(dir, path)), path).toBe(true);
		}
	});

	it("has one <h1> on the landing page and each language's text in an element of its own lang", () => {
		const html = readFileSync(join(dir, 'index.html'), 'utf8');
		expect(select(html, 'h1')).toHaveLength(1);
		// The Traditional edition is offered by a link of its own, not a third copy of the introduction.
		const strings = (lang: Lang) =>
			(lang === 'zh-hant'
				? (['landing.title', 'hant.enter'] as const)
				: (['landing.title', 'landing.intro', 'landing.enter'] as const)
			).map((key) => useTranslations(lang)(key));
		for (const lang of LANGS) {
			const htmlLang = LOCALES[lang].htmlLang;
			expect(select(html, `h1 [lang="${htmlLang}"]`).map(textOf)).toEqual([
				useTranslations(lang)('landing.title'),
			]);
			const block = select(html, `main [lang="${htmlLang}"]`).map(textOf).join('\n');
			for (const text of strings(lang)) expect(block).toContain(text);
			// English inside lang="zh-Hans" is drawn with CJK punctuation glyphs (People’ s): never mix.
			for (const other of LANGS.filter((l) => l !== lang))
				for (const text of strings(other)) expect(block).not.toContain(text);
		}
	});

	it('has every report of every year in both languages, with the right <html lang>', () => {
		for (const { year, slug } of corpusReports()) {
			expect(page(`zh/${year}/${slug}`)).toMatch(/^<!DOCTYPE html><html lang="zh-Hans"/);
			expect(page(`en/${year}/${slug}`)).toMatch(/^<!DOCTYPE html><html lang="en"/);
		}
		for (const year of corpusYears()) {
			const reportPages = readdirSync(join(dir, 'zh', String(year)), {
				withFileTypes: true,
			}).filter((e) => e.isDirectory());
			expect(reportPages.map((e) => e.name).sort()).toEqual(
				reportsOf(year)
					.map((r) => r.slug)
					.sort()
			);
		}
	});

	it('titles each Chinese report with its committee or article', () => {
		const title = (slug: string) => textOf(select(page(`zh/2022/${slug}`), 'h1')[0]!);
		expect(title('standing-committee')).toBe('凝心聚力促发展 依法履职谱新篇');
		expect(title('legal-affairs')).toBe('市人大法制委员会');
		expect(title('personnel-deputies')).toBe('市人大常委会人事代表工作委员会');
	});

	it('anchors every paragraph as #p1…#pN, the same in both languages', () => {
		for (const { year, slug, paragraphs } of corpusReports()) {
			const ids = (lang: string) =>
				select(page(`${lang}/${year}/${slug}`), '.report-text > p[id]').map((p) =>
					String(p.properties['id'])
				);
			expect(ids('zh'), `${year}/${slug}`).toEqual(
				Array.from({ length: paragraphs }, (_, i) => `p${i + 1}`)
			);
			expect(ids('en'), `${year}/${slug}`).toEqual(ids('zh'));
		}
	});

	it('gives the lead article its five section headings and a table of contents', () => {
		const html = page('zh/2022/standing-committee');
		expect(select(html, '.report-text h2').map((h) => h.properties['id'])).toEqual([
			's1',
			's2',
			's3',
			's4',
			's5',
		]);
		expect(select(html, '.toc a').map((a) => a.properties['href'])).toEqual([
			'#s1',
			'#s2',
			'#s3',
			'#s4',
			'#s5',
		]);
	});

	it('shows the editorial marks with notes a reader can follow', () => {
		const social = page('zh/2022/social-development');
		expect(select(social, '.mark-lacuna a').map((a) => a.properties['href'])).toEqual(['#ed-2']);
		expect(textOf(select(social, '#ed-2')[0]!)).toContain('原文在此中断');
		const legal = page('en/2022/legal-affairs');
		expect(select(legal, '.mark-duplicate')).toHaveLength(1);
		expect(textOf(select(legal, '#ed-1')[0]!)).toContain('repeats the previous one');
		expect(select(page('zh/2022/standing-committee'), 'sup.mark-join')).toHaveLength(4);
	});

	it('says where the text comes from, its file and lines in the technical part', () => {
		expect(textOf(select(page('zh/2022/legal-affairs'), '.provenance details')[0]!)).toContain(
			'seeds/2022.txt'
		);
		expect(textOf(select(page('zh/2022/legal-affairs'), '.provenance details')[0]!)).toContain(
			'第87—93行'
		);
	});

	it('indexes the report text but not the navigation', () => {
		const text = indexedText(page('zh/2022/agriculture-rural-affairs'));
		expect(text).toContain('黄花生产加工');
		expect(text).toContain('本组稿件由郑苗苗采写');
		expect(text).not.toContain('关于本档案');
		expect(text).not.toContain('编辑说明');
	});

	it('writes a Pagefind index for each language (Simplified, Traditional, English): every report, in English those with an English page', () => {
		const entry = JSON.parse(
			readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')
		) as { languages: Record<string, { page_count: number }> };
		expect(
			Object.fromEntries(
				Object.entries(entry.languages).map(([lang, info]) => [lang, info.page_count])
			)
		).toEqual({
			en: corpusReports().filter((r) => r.english).length,
			'zh-hans': corpusReports().length,
			'zh-hant': corpusReports().length,
		});
	});

	it('loads nothing from another origin and no web font', async () => {
		const external: string[] = [];
		for (const file of await htmlFiles(dir)) {
			const html = readFileSync(join(dir, file), 'utf8');
			for (const element of select(
				html,
				'[src], link[rel="stylesheet"], link[rel="icon"], script, img, iframe'
			)) {
				const url = String(element.properties['src'] ?? element.properties['href'] ?? '');
				if (/^(https?:)?\/\//.test(url)) external.push(`${file}: ${url}`);
			}
		}
		expect(external).toEqual([]);
		const fonts = readdirSync(dir, { recursive: true })
			.map(String)
			.filter((f) => /\.(woff2?|ttf|otf|eot)$/.test(f));
		expect(fonts).toEqual([]);
		const css = readdirSync(join(dir, '_astro'))
			.filter((f) => f.endsWith('.css'))
			.map((f) => readFileSync(join(dir, '_astro', f), 'utf8'));
		expect(css.join('')).not.toMatch(/@font-face|@import|url\(\s*["']?https?:/);
	});

	it('has no render-blocking script: the one script is deferred', async () => {
		for (const file of await htmlFiles(dir)) {
			// JSON-LD blocks are data, never run: only real scripts must be deferred.
			for (const script of select(
				readFileSync(join(dir, file), 'utf8'),
				'script:not([type="application/ld+json"])'
			)) {
				expect(script.properties['defer'], file).toBe(true);
			}
		}
	});
});

describe('language alternates', () => {
	it('link every page to itself in the other languages, both ways, plus x-default, and only to pages that exist', async () => {
		const problems: string[] = [];
		const alternates = new Map<string, Record<string, string>>();
		for (const file of await htmlFiles(dir)) {
			const links = select(
				readFileSync(join(dir, file), 'utf8'),
				'link[rel="alternate"][hreflang]'
			);
			if (links.length === 0) continue;
			const path = `/${file.replace(/index\.html$/, '')}`;
			alternates.set(
				path,
				Object.fromEntries(
					links.map((l) => [
						String(l.properties['hrefLang']),
						new URL(String(l.properties['href'])).pathname,
					])
				)
			);
		}
		const own = (path: string) => LOCALES[langFromPath(path, '/')!].htmlLang;
		for (const [path, links] of alternates) {
			const expected = path.includes('/print/')
				? 'en,x-default,zh-Hans'
				: 'en,x-default,zh-Hans,zh-Hant';
			if (Object.keys(links).sort().join() !== expected)
				problems.push(`${path}: ${Object.keys(links).join()}`);
			if (links[own(path)] !== path)
				problems.push(`${path}: its own alternate is ${links[own(path)]}`);
			for (const [lang, target] of Object.entries(links)) {
				if (!existsSync(join(dir, target, 'index.html')))
					problems.push(`${path}: ${lang} → ${target} does not exist`);
				if (
					lang !== 'x-default' &&
					lang !== own(path) &&
					alternates.get(target)?.[own(path)] !== path
				) {
					problems.push(`${path}: ${target} does not link back`);
				}
			}
		}
		expect(alternates.size).toBeGreaterThan(60);
		expect(problems).toEqual([]);
	});

	it('offer a switch to each other language on every page of a language, leading to the same page there', async () => {
		const files = (await htmlFiles(dir)).filter((f) => /^(zh|zh-hant|en)\//.test(f));
		expect(files.filter((f) => f.startsWith('zh-hant/')).length).toBeGreaterThan(20);
		for (const file of files) {
			const lang = langFromPath(`/${file}`, '/')!;
			const links = select(readFileSync(join(dir, file), 'utf8'), 'header a[data-lang-switch]');
			// The print pages exist in Chinese and English only (PRINT_LANGS).
			const others = otherLangs(lang).filter(
				(other) => !/\/print\//.test(file) || (PRINT_LANGS as readonly string[]).includes(other)
			);
			expect(
				links.map((a) => a.properties['hrefLang']),
				file
			).toEqual(others.map((other) => LOCALES[other].htmlLang));
			for (const link of links) {
				const href = String(link.properties['href']);
				expect(href, file).toBe(
					switchLangPath(
						`/${file.replace(/index\.html$/, '')}`,
						langOfHtmlLang(String(link.properties['hrefLang']))!,
						'/'
					)
				);
				expect(existsSync(join(dir, href, 'index.html')), `${file} → ${href}`).toBe(true);
			}
		}
	});
});

describe('key figures', () => {
	it('are listed on the year page, each linked to the paragraph that states it, in both languages', () => {
		const zh = select(page('zh/2022'), '.figures a');
		expect(zh.map((a) => textOf(a))).toContain('依法任免国家机关工作人员99人次');
		expect(zh).toHaveLength(8);
		for (const link of zh) {
			const [path, anchor] = String(link.properties['href']).split('#');
			const paragraph = select(
				readFileSync(join(dir, path!, 'index.html'), 'utf8'),
				`#${anchor}`
			)[0]!;
			expect(textOf(paragraph)).toContain(textOf(link));
		}
		const en = select(page('en/2022'), '.figures a');
		expect(en.map((a) => String(a.properties['href']))).toEqual(
			zh.map((a) => String(a.properties['href']).replace('/zh/', '/en/'))
		);
		expect(en.map((a) => textOf(a))).toContain(
			'143 deputy liaison stations and 389 liaison points'
		);
	});
});
