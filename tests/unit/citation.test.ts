import { describe, expect, it } from 'vitest';
import { formatCitation, paragraphUrl } from '../../src/lib/citation.ts';

const legalAffairs = {
	report: 'Legal Affairs Committee',
	archive: 'Datong People’s Congress Reports',
	year: 2022,
};
const url = 'https://archive.example.org/en/2022/legal-affairs/';

describe('formatCitation', () => {
	it('names the report, the archive, the year, the paragraph, the language and the paragraph’s URL in English', () => {
		expect(formatCitation({ lang: 'en', textLang: 'en', ...legalAffairs, paragraph: 2, url })).toBe(
			'“Legal Affairs Committee.” In Datong People’s Congress Reports, 2022, para. 2. English translation. https://archive.example.org/en/2022/legal-affairs/#p2.'
		);
	});

	it('writes the Chinese form of GB/T 7714 with the paragraph as the location', () => {
		expect(
			formatCitation({
				lang: 'zh',
				textLang: 'zh',
				report: '市人大法制委员会',
				archive: '大同人大年度报告',
				year: 2022,
				paragraph: 12,
				url: 'https://archive.example.org/zh/2022/legal-affairs/',
			})
		).toBe(
			'市人大法制委员会[EB/OL]//大同人大年度报告. 2022: 第12段（中文原文）. https://archive.example.org/zh/2022/legal-affairs/#p12.'
		);
	});

	it('says the text is the Chinese original when an English page shows an untranslated report', () => {
		expect(formatCitation({ lang: 'en', textLang: 'zh', ...legalAffairs, paragraph: 1 })).toContain(
			'para. 1. Chinese original.'
		);
		expect(
			formatCitation({ lang: 'zh', textLang: 'en', report: 'x', archive: 'y', year: 2022 })
		).toContain('（英文译文）');
	});

	it('cites the whole report without a paragraph, and its URL without an anchor', () => {
		const whole = formatCitation({ lang: 'en', textLang: 'en', ...legalAffairs, url });
		expect(whole).toBe(
			'“Legal Affairs Committee.” In Datong People’s Congress Reports, 2022. English translation. https://archive.example.org/en/2022/legal-affairs/.'
		);
	});

	it('replaces an anchor already in the URL by the paragraph’s', () => {
		expect(
			formatCitation({
				lang: 'en',
				textLang: 'en',
				...legalAffairs,
				paragraph: 3,
				url: `${url}#p9`,
			})
		).toContain(`${url}#p3.`);
	});

	it('omits the URL when there is none', () => {
		expect(
			formatCitation({
				lang: 'zh',
				textLang: 'zh',
				report: '市人大法制委员会',
				archive: '大同人大年度报告',
				year: 2022,
				paragraph: 2,
			})
		).toBe('市人大法制委员会[EB/OL]//大同人大年度报告. 2022: 第2段（中文原文）.');
	});
});

describe('paragraphUrl', () => {
	it('adds the paragraph’s anchor to a page URL', () => {
		expect(paragraphUrl(url, 7)).toBe(`${url}#p7`);
	});

	it('replaces an anchor the URL already has', () => {
		expect(paragraphUrl(`${url}#s2`, 3)).toBe(`${url}#p3`);
	});
});
