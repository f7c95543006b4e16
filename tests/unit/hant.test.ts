/**
 * The Traditional Chinese edition's conversion (src/lib/hant.ts) and what the
 * languages table, the UI strings and the URL helpers make of the third language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertHtmlToHant, HANT_LANG, toHant } from '../../src/lib/hant.ts';
import { prepareForIndex } from '../../src/lib/search/index-html.ts';
import { select } from '../helpers/html.ts';
import {
	isChinese,
	LANGS,
	langOfHtmlLang,
	LOCALES,
	otherLangs,
	uiStrings,
	useTranslations,
} from '../../src/lib/i18n.ts';
import { langFromPath, switchLangPath } from '../../src/lib/urls.ts';
import { ROOT } from '../helpers/site.ts';
import zh from '../../src/i18n/zh.json' with { type: 'json' };

describe('toHant', () => {
	it('converts by phrase where one Simplified character stands for several Traditional ones', () => {
		// 干: 乾 in the river's name, 幹 in 干部; 后/发 by their words.
		expect(toHant('《大同市桑干河流域生态修复与保护条例》')).toBe(
			'《大同市桑乾河流域生態修復與保護條例》'
		);
		expect(toHant('人大干部')).toBe('人大幹部');
		expect(toHant('先后开展')).toBe('先後開展');
		expect(toHant('发展')).toBe('發展');
		expect(toHant('头发')).toBe('頭髮');
	});

	it('writes the Taiwan standard forms, not OpenCC’s own (为 → 為, 群众 → 群眾, 着力 → 著力)', () => {
		expect(toHant('为全市发展')).toBe('為全市發展');
		expect(toHant('人民群众')).toBe('人民群眾');
		expect(toHant('着力提高立法质量')).toBe('著力提高立法質量');
	});

	it('keeps the mainland vocabulary: characters change, words do not', () => {
		expect(toHant('网络信息软件')).toBe('網絡信息軟件');
		expect(toHant('搜索')).toBe('搜索');
	});

	it('leaves Latin letters, digits, punctuation and markup characters alone', () => {
		const text = '2022年，“双减”{x} <a href="#p1">&amp;</a> 1.5%';
		const converted = toHant(text);
		expect(converted).toBe('2022年，“雙減”{x} <a href="#p1">&amp;</a> 1.5%');
		expect(converted.replace(/\p{Script=Han}/gu, '')).toBe(text.replace(/\p{Script=Han}/gu, ''));
	});

	it('is stable on converted text, so a string converted twice reads the same', () => {
		const text = readFileSync(
			join(ROOT, 'content', '2022', 'zh', 'standing-committee.mdx'),
			'utf8'
		);
		expect(toHant(toHant(text))).toBe(toHant(text));
	});
});

describe('convertHtmlToHant', () => {
	const page = (body: string, lang = HANT_LANG) =>
		`<!DOCTYPE html><html lang="${lang}"><head><title>后来</title></head><body>${body}</body></html>`;

	it('converts the text of a zh-Hant page and keeps every byte of markup', () => {
		const html = page(
			'<p id="p1" class="para"><a class="pn" href="#p1">1</a>发展 &amp; 干部<sup><a href="#ed-1">1</a></sup>后来</p>'
		);
		expect(convertHtmlToHant(html)).toBe(
			page(
				'<p id="p1" class="para"><a class="pn" href="#p1">1</a>發展 &amp; 幹部<sup><a href="#ed-1">1</a></sup>後來</p>'
			).replace('<title>后来</title>', '<title>後來</title>')
		);
	});

	it('leaves text marked as Simplified or English as it is (the quoted source, the other languages)', () => {
		const html = page(
			'<li>原文第1行“<span class="source-quote" lang="zh-Hans">大同蓝、大同绿</span>”：原文如此。<span lang="en">后</span></li>'
		);
		expect(convertHtmlToHant(html)).toContain(
			'<li>原文第1行“<span class="source-quote" lang="zh-Hans">大同蓝、大同绿</span>”：原文如此。<span lang="en">后</span></li>'
		);
	});

	it('converts only the zh-Hant parts of a page in another language', () => {
		const html = page(
			'<section lang="zh-Hant"><p>返回首页</p></section><p>返回首页</p>',
			'zh-Hans'
		);
		expect(convertHtmlToHant(html)).toBe(
			html.replace('<section lang="zh-Hant"><p>返回首页', '<section lang="zh-Hant"><p>返回首頁')
		);
	});

	it('converts the attributes readers see, not URLs, ids, classes or data', () => {
		const html = page(
			'<a href="/zh/发/" title="后" class="发" id="发" data-x="发" aria-label="发">x</a><img src="发.png" alt="发"><input placeholder="发"><select><option value="市人大财政经济委员会">财经</option></select><div data-pagefind-filter="committee:市人大财政经济委员会"></div>'
		);
		const out = convertHtmlToHant(html);
		expect(out).toContain(
			'<a href="/zh/发/" title="後" class="发" id="发" data-x="发" aria-label="發">x</a>'
		);
		expect(out).toContain('<img src="发.png" alt="發">');
		expect(out).toContain('<input placeholder="發">');
		expect(out).toContain('<option value="市人大財政經濟委員會">財經</option>');
		expect(out).toContain('data-pagefind-filter="committee:市人大財政經濟委員會"');
	});

	it('converts the description but no other meta content', () => {
		const html = page('', HANT_LANG).replace(
			'</title>',
			'</title><meta name="description" content="发展"><meta name="generator" content="发">'
		);
		expect(convertHtmlToHant(html)).toContain(
			'<meta name="description" content="發展"><meta name="generator" content="发">'
		);
	});

	it('converts the Open Graph text and the JSON-LD, which stays valid JSON', () => {
		const head =
			'<meta property="og:title" content="法制委员会"><meta property="og:url" content="https://a.example/发/"><script type="application/ld+json">{"name":"法制委员会","url":"https://a.example/zh-hant/"}</script>';
		const out = convertHtmlToHant(page('').replace('</title>', `</title>${head}`));
		expect(out).toContain(
			'<meta property="og:title" content="法制委員會"><meta property="og:url" content="https://a.example/发/">'
		);
		const json = select(out, 'script[type="application/ld+json"]')[0]!;
		expect(JSON.parse(String((json.children[0] as { value: string }).value))).toEqual({
			name: '法制委員會',
			url: 'https://a.example/zh-hant/',
		});
	});

	it('leaves scripts and styles alone', () => {
		const html = page('<script>var s = "后";</script><style>p::after { content: "后"; }</style>');
		expect(convertHtmlToHant(html)).toContain(
			'<script>var s = "后";</script><style>p::after { content: "后"; }</style>'
		);
	});

	it('gives the search indexer a page it indexes per character, like a Simplified one', () => {
		const html = convertHtmlToHant(
			page('<main data-pagefind-body><p>黄花产业<sup data-pagefind-ignore>1</sup>发展</p></main>')
		);
		expect(prepareForIndex(html)).toContain(
			'<p>\u200B黃\u200B花\u200B產\u200B業<sup data-pagefind-ignore="">1</sup>\u200B發\u200B展</p>'
		);
	});

	it('returns a page with no zh-Hant text unchanged', () => {
		const html = page('<p>后来</p>', 'zh-Hans');
		expect(convertHtmlToHant(html)).toBe(html);
	});
});

describe('LOCALES', () => {
	it('has the Traditional edition between the Simplified and the English, showing the Chinese text', () => {
		expect(LANGS).toEqual(['zh', 'zh-hant', 'en']);
		expect(LOCALES['zh-hant']).toEqual({
			label: '繁體中文',
			short: '繁',
			htmlLang: 'zh-Hant',
			dir: 'ltr',
			text: 'zh',
		});
	});
});

describe('otherLangs', () => {
	it('lists the two languages a page can switch to', () => {
		expect(otherLangs('zh')).toEqual(['zh-hant', 'en']);
		expect(otherLangs('zh-hant')).toEqual(['zh', 'en']);
		expect(otherLangs('en')).toEqual(['zh', 'zh-hant']);
	});
});

describe('isChinese', () => {
	it('is true for both Chinese editions and false for English', () => {
		expect(LANGS.filter(isChinese)).toEqual(['zh', 'zh-hant']);
	});
});

describe('langOfHtmlLang', () => {
	it('maps a page’s <html lang> back to the archive language, whatever its case', () => {
		expect(langOfHtmlLang('zh-Hant')).toBe('zh-hant');
		expect(langOfHtmlLang('zh-hans')).toBe('zh');
		expect(langOfHtmlLang('en')).toBe('en');
		expect(langOfHtmlLang('zh')).toBeUndefined();
	});
});

describe('uiStrings', () => {
	it('gives the Traditional edition every Chinese string, converted (no third file to keep)', () => {
		const hant = uiStrings('zh-hant');
		expect(Object.keys(hant)).toEqual(Object.keys(zh));
		for (const [key, value] of Object.entries(zh))
			expect(hant[key as keyof typeof zh], key).toBe(toHant(value));
		expect(useTranslations('zh-hant')('nav.home')).toBe('首頁');
		expect(useTranslations('zh-hant')('apparatus.toParagraph', { n: 2 })).toBe('見第2段');
	});

	it('survives a second conversion unchanged, as the whole page is converted after rendering', () => {
		for (const value of Object.values(uiStrings('zh-hant'))) expect(toHant(value)).toBe(value);
	});
});

describe('switchLangPath', () => {
	it('switches to and from the Traditional edition, under any base', () => {
		expect(switchLangPath('/zh/2022/legal-affairs/', 'zh-hant', '/')).toBe(
			'/zh-hant/2022/legal-affairs/'
		);
		expect(switchLangPath('/reports/zh-hant/2022/legal-affairs/', 'en', '/reports/')).toBe(
			'/reports/en/2022/legal-affairs/'
		);
		expect(switchLangPath('/zh-hant/', 'zh', '/')).toBe('/zh/');
		expect(switchLangPath('/zh-hantx/', 'zh', '/')).toBe('/zh-hantx/');
	});
});

describe('langFromPath', () => {
	it('reads zh-hant as a language of its own, not as zh', () => {
		expect(langFromPath('/zh-hant/2022/', '/')).toBe('zh-hant');
		expect(langFromPath('/reports/zh-hant', '/reports/')).toBe('zh-hant');
		expect(langFromPath('/zh/2022/', '/')).toBe('zh');
	});
});
