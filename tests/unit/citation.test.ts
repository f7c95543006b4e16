import { describe, expect, it } from 'vitest';
import { type CitationParts, formatCitation, paragraphUrl } from '../../src/lib/citation.ts';
import { toHant } from '../../src/lib/hant.ts';

const legalAffairs = {
	report: 'Legal Affairs Committee',
	archive: 'Datong People’s Congress Reports',
	year: 2022,
};
const url = 'https://archive.example.org/en/2022/legal-affairs/';
/** A recorded publication, as the English page passes it. */
const daily = { newspaper: 'Datong Daily', date: '2023-01-10', page: 'A3' };

/** A Chinese citation's parts, as the Simplified page passes them. */
const zhParts: CitationParts = {
	lang: 'zh',
	textLang: 'zh',
	authors: ['郑苗苗'],
	report: '凝心聚力促发展 依法履职谱新篇',
	archive: '大同市人大常委会年度工作报告档案',
	year: 2022,
	paragraph: 12,
	publication: { newspaper: '大同日报', date: '2023-01-10', page: '3' },
	accessed: '2026-12-01',
	url: 'https://archive.example.org/zh/2022/standing-committee/',
};

describe('formatCitation', () => {
	it('names the report, the archive, the year, the paragraph, the language and the paragraph’s URL in English', () => {
		expect(formatCitation({ lang: 'en', textLang: 'en', ...legalAffairs, paragraph: 2, url })).toBe(
			'“Legal Affairs Committee.” In Datong People’s Congress Reports, 2022, para. 2. English translation. https://archive.example.org/en/2022/legal-affairs/#p2.'
		);
	});

	it('names the author, the translator, the newspaper with its day and page, and the access date (Chicago)', () => {
		expect(
			formatCitation({
				lang: 'en',
				textLang: 'en',
				authors: ['Zheng Miaomiao'],
				...legalAffairs,
				paragraph: 2,
				translator: 'the archive’s translation team',
				publication: daily,
				accessed: '2026-12-01',
				url,
			})
		).toBe(
			'Zheng Miaomiao. “Legal Affairs Committee.” In Datong People’s Congress Reports, 2022, para. 2. English translation by the archive’s translation team. Originally published in Datong Daily, January 10, 2023, page A3. Accessed December 1, 2026. https://archive.example.org/en/2022/legal-affairs/#p2.'
		);
	});

	it('says plainly that the publication was not recorded when the page records so (null), in each script', () => {
		const en = formatCitation({
			lang: 'en',
			textLang: 'en',
			...legalAffairs,
			paragraph: 2,
			publication: null,
			accessed: '2026-12-01',
			url,
		});
		expect(en).toBe(
			'“Legal Affairs Committee.” In Datong People’s Congress Reports, 2022, para. 2. English translation. Original publication not recorded. Accessed December 1, 2026. https://archive.example.org/en/2022/legal-affairs/#p2.'
		);
		expect(formatCitation({ ...zhParts, publication: null })).toBe(
			'郑苗苗. 凝心聚力促发展 依法履职谱新篇[EB/OL]//大同市人大常委会年度工作报告档案. 2022: 第12段（中文原文）. 原载: 未记录. [2026-12-01]. https://archive.example.org/zh/2022/standing-committee/#p12.'
		);
		const hant = formatCitation({ ...zhParts, lang: 'zh-hant', publication: null });
		expect(hant).toContain('）. 原載: 未記錄. [2026-12-01].');
	});

	it('says nothing of a publication it is not given, and names only what was recorded', () => {
		const unrecorded = formatCitation({
			lang: 'en',
			textLang: 'en',
			authors: ['Zheng Miaomiao'],
			...legalAffairs,
			paragraph: 2,
			accessed: '2026-12-01',
		});
		expect(unrecorded).toBe(
			'Zheng Miaomiao. “Legal Affairs Committee.” In Datong People’s Congress Reports, 2022, para. 2. English translation. Accessed December 1, 2026.'
		);
		expect(unrecorded).not.toMatch(/published|Daily/);
		expect(
			formatCitation({
				lang: 'en',
				textLang: 'en',
				...legalAffairs,
				publication: { newspaper: 'Datong Daily' },
			})
		).toMatch(/\. Originally published in Datong Daily\.$/);
	});

	it('lists several authors as Chicago does', () => {
		const cite = (authors: string[]) =>
			formatCitation({ lang: 'en', textLang: 'en', ...legalAffairs, authors }).split(' “')[0];
		expect(cite(['Li Si', 'Zhang San'])).toBe('Li Si and Zhang San.');
		expect(cite(['Li Si', 'Wang Wu', 'Zhang San'])).toBe('Li Si, Wang Wu, and Zhang San.');
	});

	it('writes the Chinese form of GB/T 7714: author, [EB/OL], paragraph, newspaper, [access date], URL', () => {
		expect(formatCitation(zhParts)).toBe(
			'郑苗苗. 凝心聚力促发展 依法履职谱新篇[EB/OL]//大同市人大常委会年度工作报告档案. 2022: 第12段（中文原文）. 原载: 大同日报, 2023-01-10(3). [2026-12-01]. https://archive.example.org/zh/2022/standing-committee/#p12.'
		);
	});

	it('writes the Chinese form without a publication when none was recorded', () => {
		expect(formatCitation({ ...zhParts, publication: undefined })).toBe(
			'郑苗苗. 凝心聚力促发展 依法履职谱新篇[EB/OL]//大同市人大常委会年度工作报告档案. 2022: 第12段（中文原文）. [2026-12-01]. https://archive.example.org/zh/2022/standing-committee/#p12.'
		);
	});

	it('writes the Traditional form wholly in Traditional characters: the Simplified form, converted', () => {
		// What the /zh-hant/ page passes: its own strings, converted; the citation's words follow.
		const hant: CitationParts = {
			...zhParts,
			lang: 'zh-hant',
			textLang: 'zh-hant',
			authors: zhParts.authors!.map(toHant),
			report: toHant(zhParts.report),
			archive: toHant(zhParts.archive),
			publication: { ...zhParts.publication!, newspaper: toHant(zhParts.publication!.newspaper) },
			url: 'https://archive.example.org/zh-hant/2022/standing-committee/',
		};
		const simplified = formatCitation({ ...zhParts, textLang: 'zh-hant', url: hant.url });
		const traditional = formatCitation(hant);
		expect(traditional).toBe(toHant(simplified));
		expect(traditional).toContain('鄭苗苗. 凝心聚力促發展 依法履職譜新篇[EB/OL]//大同市人大常委會');
		expect(traditional).toContain('原載: 大同日報');
		expect(traditional).toContain('（中文原文，繁體字自動轉換）');
		for (const textLang of ['zh', 'en'] as const)
			expect(formatCitation({ ...hant, textLang, translator: '譯者甲' })).toBe(
				toHant(formatCitation({ ...zhParts, textLang, translator: '译者甲', url: hant.url }))
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

	it('names the translator only when the cited text is the translation', () => {
		const translator = 'the archive’s translation team';
		expect(
			formatCitation({ lang: 'en', textLang: 'zh', ...legalAffairs, translator })
		).not.toContain(translator);
		expect(
			formatCitation({
				lang: 'zh',
				textLang: 'en',
				report: 'x',
				archive: 'y',
				year: 2022,
				translator: '甲',
			})
		).toContain('（英文译文，译者：甲）');
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

	it('omits the URL, the author and the access date when there are none', () => {
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
