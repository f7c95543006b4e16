/**
 * The Traditional Chinese edition in the built archive: it mirrors every
 * Simplified page, its text is the Simplified text converted (checked against
 * Debian's OpenCC command-line tool, an implementation we did not write), the
 * source quoted in the notes stays as printed, every page says it is a
 * conversion and links to the original, and the sitemap lists it. (Its own
 * Pagefind index: site.test.ts; its recall: e2e/hant.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { applyHantOverrides, HANT_OVERRIDES } from '../../src/lib/content/hant-overrides.ts';
import { convertHtmlToHant } from '../../src/lib/hant.ts';
import { corpusReports } from '../helpers/corpus.ts';
import { select, textOf } from '../helpers/html.ts';
import { htmlFiles } from '../helpers/site.ts';
import zhStrings from '../../src/i18n/zh.json' with { type: 'json' };

let dir: string;
const read = (file: string) => readFileSync(join(dir, file), 'utf8');
const page = (path: string) => read(join(path, 'index.html'));

beforeAll(() => {
	dir = inject('siteDir');
});

/** Debian's `opencc` (the C++ OpenCC) with its Simplified → Taiwan standard configuration. */
function openccCli(text: string): string | undefined {
	const result = spawnSync('opencc', ['-c', 's2tw.json'], { input: text, encoding: 'utf8' });
	return result.status === 0 ? result.stdout : undefined;
}
// CI installs Debian's opencc (.ci/run) and requires it, like Chromium.
const hasOpenccCli = openccCli('后') === '後';
if (!hasOpenccCli && process.env['CI'])
	throw new Error('Debian’s opencc is missing: apt-get install -y opencc');

/**
 * Where Debian's OpenCC (bookworm, 1.1.6) and opencc-js 1.4.2 (newer OpenCC
 * dictionaries) disagree on this text: 并包 (并 = "and") is 並包 in the newer
 * dictionary, 幷包 in the older one. Each pair is [older, newer].
 */
const DICTIONARY_UPDATES: [string, string][] = [['幷', '並']];

describe('the Traditional Chinese edition', () => {
	it('mirrors every Simplified page under /zh-hant/', async () => {
		const files = await htmlFiles(dir);
		// The print pages are the one exception: the Traditional edition has none (see PRINT_LANGS).
		const zh = files
			.filter((f) => f.startsWith('zh/') && !f.startsWith('zh/print/'))
			.map((f) => f.slice('zh/'.length));
		const hant = files
			.filter((f) => f.startsWith('zh-hant/'))
			.map((f) => f.slice('zh-hant/'.length));
		expect(hant.sort()).toEqual(zh.sort());
		expect(hant).toEqual(
			expect.arrayContaining([
				'index.html',
				'2022/index.html',
				'2022/legal-affairs/index.html',
				'2022/legal-affairs/bilingual/index.html',
				'committees/index.html',
				'committees/legal-affairs/index.html',
				'search/index.html',
				'glossary/index.html',
				'documents/index.html',
				'about/index.html',
			])
		);
	});

	it('declares zh-Hant and says on every page that it is converted, linking to the same page in Simplified', async () => {
		for (const file of (await htmlFiles(dir)).filter((f) => f.startsWith('zh-hant/'))) {
			const html = read(file);
			expect(html, file).toMatch(/^<!DOCTYPE html><html lang="zh-Hant"/);
			const notice = select(html, 'main .conversion-notice')[0];
			expect(notice && textOf(notice), file).toContain('本頁由簡體中文原文自動轉換為繁體字');
			const link = selectAll('a', notice)[0]!;
			expect(link.properties['href'], file).toBe(
				`/zh/${file.slice('zh-hant/'.length).replace(/index\.html$/, '')}`
			);
			expect(link.properties['hrefLang']).toBe('zh-Hans');
		}
	});

	it('leaves nothing to convert: converting any of its pages again changes no byte', async () => {
		const files = (await htmlFiles(dir)).filter((f) => !/^(zh|en)\//.test(f));
		expect(files.length).toBeGreaterThan(30);
		expect(files.filter((file) => convertHtmlToHant(read(file)) !== read(file))).toEqual([]);
	});

	it.skipIf(!hasOpenccCli)(
		'reads, paragraph by paragraph, what Debian’s OpenCC makes of the Simplified text',
		async () => {
			const reports = (await htmlFiles(dir)).filter((f) =>
				/^zh\/\d{4}\/[^/]+\/index\.html$/.test(f)
			);
			expect(reports.length).toBe(corpusReports().length);
			const differences: string[] = [];
			let paragraphs = 0;
			for (const file of reports) {
				const texts = (html: string) =>
					select(html, '.report-text > p[id], .report-text > h2, h1, .report-head dd').map((el) =>
						textOf(el)
					);
				const zh = texts(read(file));
				const hant = texts(read(`zh-hant/${file.slice(3)}`));
				// One call per page: the tool converts line by line, as the page converts node by node.
				let expected = openccCli(zh.join('\n'))!.split('\n');
				for (const [older, newer] of DICTIONARY_UPDATES)
					expected = expected.map((line) => line.replaceAll(older, newer));
				// The reviewed corrections (src/data/hant-overrides.json) are where the edition differs on purpose.
				expected = expected.map((line, i) => applyHantOverrides(zh[i]!, line));
				expect(hant.length, file).toBe(zh.length);
				hant.forEach((text, i) => {
					if (text !== expected[i]) differences.push(`${file} #${i}: ${text} ≠ ${expected[i]}`);
				});
				paragraphs += zh.length;
			}
			expect(differences).toEqual([]);
			expect(paragraphs).toBeGreaterThan(60);
		}
	);

	it('has none of the conversions OpenCC gets wrong (src/data/hant-overrides.json) on any page', async () => {
		const files = (await htmlFiles(dir)).filter((f) => f.startsWith('zh-hant/'));
		const found = files.flatMap((file) =>
			HANT_OVERRIDES.filter((o) => read(file).includes(o.wrong)).map((o) => `${file}: ${o.wrong}`)
		);
		expect(found).toEqual([]);
		// The phrases they correct are on the pages, in their right form.
		const all = files.map(read).join('\n');
		for (const o of HANT_OVERRIDES)
			if (files.some((f) => read(f.replace(/^zh-hant\//, 'zh/')).includes(o.simplified)))
				expect(all).toContain(o.traditional);
	});

	it('converts by phrase: 桑干河 is 桑乾河, 干部 is 幹部, and no Simplified-only character is left in the text', () => {
		const legal = page('zh-hant/2022/legal-affairs');
		expect(legal).toContain('《大同市桑乾河流域生態修復與保護條例》');
		expect(legal).not.toContain('桑干河');
		const lead = page('zh-hant/2022/standing-committee');
		expect(lead).toContain('人大幹部');
		expect(lead).toContain('機關幹部');
		// Characters that exist only in Simplified writing: none may survive outside the quoted source.
		const text = select(lead, 'main')[0]!;
		for (const quote of selectAll('[lang="zh-Hans"]', text)) quote.children = [];
		expect(textOf(text)).not.toMatch(/[这们发会为说时过个对进后经动实现关开现织务报质]/u);
	});

	it('converts the editorial apparatus and keeps the source it quotes as printed', () => {
		const zh = page('zh/2022/education-science-culture-health');
		const hant = page('zh-hant/2022/education-science-culture-health');
		const quotes = (html: string) => select(html, '#editorial .source-quote').map((q) => textOf(q));
		expect(quotes(hant)).toEqual(['红色资源保护和利用修复与修复', '大同蓝、大同绿、大同绿']);
		expect(quotes(hant)).toEqual(quotes(zh));
		for (const quote of select(hant, '#editorial .source-quote'))
			expect(quote.properties['lang']).toBe('zh-Hans');
		const entries = select(hant, '#editorial li').map((li) => textOf(li));
		expect(entries[0]).toBe(
			'原文如此：原文第115行“红色资源保护和利用修复与修复”： 原文如此，“修復與修復”疑有誤。 見第2段'
		);
		expect(textOf(select(hant, '#editorial h2')[0]!)).toBe('編輯說明');
		// The marks in the text are labelled in Traditional characters too.
		expect(select(hant, '.report-text .mark a').map((a) => a.properties['title'])).toEqual([
			'編者注',
			'編者注',
		]);
	});

	it('shows the interface in the Chinese strings, converted', () => {
		const html = page('zh-hant/2022/legal-affairs');
		const nav = select(html, '.site-nav a').map((a) => textOf(a));
		expect(nav).toEqual([
			'首頁',
			'委員會',
			'搜索',
			'術語表',
			'法規與文件',
			'關於本檔案',
			'開放數據',
		]);
		expect(nav[3]).not.toBe(zhStrings['nav.glossary']);
		expect(select(html, 'title').map((t) => textOf(t))).toEqual([
			'市人大法制委員會 (2022) · 大同人大年度報告',
		]);
		// The header's box says what it is, short enough for a phone (nav.search, converted).
		expect(select(html, '#site-search')[0]!.properties['placeholder']).toBe('搜索');
		// The search script's strings (loaded on first use) carry the converted strings too.
		const script = String(
			select(page('zh-hant/search'), 'script[src*="/search."]')[0]!.properties['src']
		);
		expect(readFileSync(join(inject('siteDir'), script), 'utf8')).toContain(
			'"search.placeholder":"輸入關鍵詞，如：黃花、聯絡站"'
		);
	});

	it('files its pages under the Traditional committee names for the search filters', () => {
		const html = page('zh-hant/2022/finance-economics');
		expect(
			select(html, '[data-pagefind-filter^="committee:"]')[0]!.properties['dataPagefindFilter']
		).toBe('committee:市人大財政經濟委員會');
		const options = select(page('zh-hant/search'), 'select[name="committee"] option').map((o) =>
			String(o.properties['value'])
		);
		expect(options).toContain('市人大財政經濟委員會');
	});

	it('converts the Traditional parts of the landing and 404 pages, and nothing on the Simplified and English pages', () => {
		const landing = read('index.html');
		expect(textOf(select(landing, 'section[lang="zh-Hant"] a.enter')[0]!)).toBe('進入繁體中文版 →');
		expect(textOf(select(landing, 'section[lang="zh-Hans"] a.enter')[0]!)).toBe('进入中文版 →');
		expect(textOf(select(read('404.html'), 'h1 > span[lang="zh-Hant"]')[0]!)).toBe('頁面不存在');
		// On a Simplified page the switch to Traditional is labelled in Traditional, titled in the reader's Simplified.
		const link = select(page('zh/2022/legal-affairs'), 'header a[hreflang="zh-Hant"]')[0]!;
		expect([textOf(selectAll('.lang-switch__full', link)[0]!), link.properties['title']]).toEqual([
			'繁體中文',
			'切换到繁体中文版本',
		]);
		expect(page('zh/2022/legal-affairs')).toContain('《大同市桑干河流域生态修复与保护条例》');
	});

	// A run that builds only some sites (ARCHIVE_TEST_SITES, the staged run) skips the fixtures' tests.
	it.skipIf(!inject('subpathDir'))(
		'is converted under a sub-path too, its notice linking within it',
		() => {
			const html = readFileSync(
				join(inject('subpathDir'), 'zh-hant', '2022', 'legal-affairs', 'index.html'),
				'utf8'
			);
			expect(html).toContain('《大同市桑乾河流域生態修復與保護條例》');
			expect(select(html, '.conversion-notice a')[0]!.properties['href']).toBe(
				'/reports/zh/2022/legal-affairs/'
			);
			expect(select(html, 'header a[data-lang-switch]').map((a) => a.properties['href'])).toEqual([
				'/reports/zh/2022/legal-affairs/',
				'/reports/en/2022/legal-affairs/',
			]);
		}
	);

	it.skipIf(!inject('multiyearDir'))(
		'renders hostile source text literally after conversion too (the 2031 fixture)',
		() => {
			const html = readFileSync(
				join(inject('multiyearDir'), 'zh-hant', '2031', 'legal-affairs', 'index.html'),
				'utf8'
			);
			expect(html).toContain('會議討論了{預算}與&lt;script&gt;alert(1)&lt;/script&gt;');
			expect(
				select(html, 'script:not([type="application/ld+json"])').map((s) => s.properties['src'])
			).toEqual([expect.stringMatching(/^\/_app\/site\.[0-9a-f]+\.js$/)]);
		}
	);

	it('is in the sitemap, each page with its Simplified and English alternates', () => {
		const urls = [...read('sitemap-0.xml').matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map(
			([, loc, links]) => ({ loc: loc!, links: links! })
		);
		const hant = urls.filter((u) => new URL(u.loc).pathname.startsWith('/zh-hant/'));
		expect(hant.length).toBe(
			urls.filter((u) => /^\/zh\/(?!print\/)/.test(new URL(u.loc).pathname)).length
		);
		for (const { loc, links } of hant) {
			const path = new URL(loc).pathname;
			expect(links, loc).toContain(`hreflang="zh-Hant" href="${loc}"`);
			expect(links, loc).toContain(
				`hreflang="zh-Hans" href="https://archive.example.org${path.replace('/zh-hant/', '/zh/')}"`
			);
			expect(links, loc).toContain(
				`hreflang="en" href="https://archive.example.org${path.replace('/zh-hant/', '/en/')}"`
			);
		}
	});
});
