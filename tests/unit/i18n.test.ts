/** Languages and UI strings (src/lib/i18n.ts, src/i18n/*.json). */
import { describe, expect, it } from 'vitest';
import { LANGS, LOCALES, otherLangs, uiStrings, useTranslations } from '../../src/lib/i18n.ts';

describe('LOCALES', () => {
	it('lists Chinese first, each language with a distinct BCP 47 tag and a direction', () => {
		expect(LANGS[0]).toBe('zh');
		expect(LOCALES.zh.htmlLang).toBe('zh-Hans');
		expect(LOCALES.en.htmlLang).toBe('en');
		expect(new Set(LANGS.map((lang) => LOCALES[lang].htmlLang)).size).toBe(LANGS.length);
		for (const lang of LANGS) expect(['ltr', 'rtl']).toContain(LOCALES[lang].dir);
	});
});

describe('otherLangs', () => {
	it('lists every other language, in the order of LOCALES', () => {
		expect(otherLangs('zh')).toEqual(['zh-hant', 'en']);
		expect(otherLangs('en')).toEqual(['zh', 'zh-hant']);
		for (const lang of LANGS) expect(otherLangs(lang)).not.toContain(lang);
	});
});

describe('useTranslations', () => {
	it('returns the string of the language, with its placeholders filled', () => {
		expect(useTranslations('en')('report.paragraph', { n: 5 })).toBe('Paragraph 5');
		expect(useTranslations('zh')('report.paragraph', { n: 5 })).toBe('第5段');
		expect(useTranslations('zh')('year.title', { year: 2022 })).toBe('2022年工作报告');
	});

	it('leaves a placeholder without a value visible rather than dropping it', () => {
		expect(useTranslations('en')('year.title')).toBe('Reports for {year}');
	});
});

describe('uiStrings', () => {
	it('has the same keys, all non-empty, in every language', () => {
		const keys = Object.keys(uiStrings('zh')).sort();
		for (const lang of LANGS) {
			const strings = uiStrings(lang);
			expect(Object.keys(strings).sort(), lang).toEqual(keys);
			expect(
				Object.values(strings).filter((s) => s.trim() === ''),
				lang
			).toEqual([]);
		}
	});

	it('uses the placeholders of the Chinese string in every language', () => {
		const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		const zh = uiStrings('zh');
		for (const lang of LANGS) {
			const strings = uiStrings(lang);
			for (const key of Object.keys(zh) as (keyof typeof zh)[])
				expect(placeholders(strings[key]), `${lang} ${key}`).toEqual(placeholders(zh[key]));
		}
	});
});
