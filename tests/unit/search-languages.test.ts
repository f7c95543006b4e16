import { describe, expect, it } from 'vitest';
import { langOfTag, searchLang, swapLang } from '../../src/lib/search/languages.ts';

const locales = { zh: 'zh-Hans', en: 'en' };

describe('searchLang', () => {
	it('searches the Chinese text for a query with Han characters, whatever the reader reads', () => {
		expect(searchLang('黄花', 'en', locales)).toBe('zh');
		expect(searchLang('黃花', 'zh', locales)).toBe('zh');
		expect(searchLang('2022年 daylily', 'en', locales)).toBe('zh');
	});
	it('searches the English text for a query in Latin letters', () => {
		expect(searchLang('daylily', 'zh', locales)).toBe('en');
		expect(searchLang('Café', 'zh', locales)).toBe('en');
	});
	it("keeps the reader's language for a query in neither script", () => {
		expect(searchLang('2022', 'zh', locales)).toBe('zh');
		expect(searchLang('2022', 'en', locales)).toBe('en');
	});
	it('takes the languages from the table, whatever their keys', () => {
		expect(searchLang('黄花', 'fr', { 'zh-cn': 'zh-Hans', fr: 'fr', 'zh-tw': 'zh-Hant' })).toBe(
			'zh-cn'
		);
		expect(searchLang('daylily', 'fr', { fr: 'fr' })).toBe('fr');
	});
});

describe('langOfTag', () => {
	it('finds the language of an <html lang> tag, case-insensitively, or by its primary subtag', () => {
		expect(langOfTag(locales, 'zh-hans')).toBe('zh');
		expect(langOfTag(locales, 'en')).toBe('en');
		expect(langOfTag({ 'zh-hant': 'zh-Hant', zh: 'zh-Hans' }, 'zh-Hant')).toBe('zh-hant');
		expect(langOfTag(locales, 'fr')).toBeUndefined();
	});
});

describe('swapLang', () => {
	it('swaps the language segment after the site root', () => {
		expect(swapLang('/zh/2022/legal-affairs/', '/', 'zh', 'en')).toBe('/en/2022/legal-affairs/');
		expect(swapLang('/reports/en/2022/x/', '/reports/', 'en', 'zh')).toBe('/reports/zh/2022/x/');
		expect(swapLang('zh/2022/x/#p3', '', 'zh', 'en')).toBe('en/2022/x/#p3');
	});
	it('leaves other paths alone', () => {
		expect(swapLang('/zhx/2022/', '/', 'zh', 'en')).toBe('/zhx/2022/');
		expect(swapLang('/en/2022/', '/', 'zh', 'en')).toBe('/en/2022/');
		expect(swapLang('/zh/2022/', '/', 'zh', 'zh')).toBe('/zh/2022/');
	});
});
