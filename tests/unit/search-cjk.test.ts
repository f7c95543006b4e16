import { describe, expect, it } from 'vitest';
import {
	exactQuery,
	INDEX_SEPARATOR,
	splitHan,
	withoutSeparators,
} from '../../src/lib/search/cjk.ts';
import { prepareForIndex } from '../../src/lib/search/index-html.ts';

const Z = INDEX_SEPARATOR;

describe('splitHan', () => {
	it('sets every Han character apart, next to digits and Latin letters too', () => {
		expect(splitHan('黄花2022年')).toBe(`黄${Z}花${Z}2022${Z}年`);
		expect(splitHan('颐养工程', ' ')).toBe('颐 养 工 程');
		expect(splitHan('daylily 黄花')).toBe(`daylily 黄${Z}花`);
	});
	it('continues from the character before the text', () => {
		expect(splitHan('品、黄', Z, '产')).toBe(`${Z}品${Z}、${Z}黄`);
	});
});

describe('exactQuery', () => {
	it('quotes the characters of a Chinese query as one phrase, dropping punctuation', () => {
		expect(exactQuery('颐养工程')).toBe('"颐 养 工 程"');
		expect(exactQuery('《大同人大》')).toBe('"大 同 人 大"');
		expect(exactQuery('“双减”')).toBe('"双 减"');
	});
	it('leaves other queries to Pagefind', () => {
		expect(exactQuery('daylily')).toBe('daylily');
	});
});

describe('withoutSeparators', () => {
	it('removes the index separators from text shown to readers', () => {
		expect(withoutSeparators(`颐${Z}养${Z}工${Z}程`)).toBe('颐养工程');
	});
});

describe('prepareForIndex', () => {
	const page = (lang: string, body: string) =>
		`<!doctype html><html lang="${lang}"><head><title>t</title></head><body>${body}</body></html>`;
	it('splits Han characters in the indexed copy, across marks, but not in ignored elements or filter text', () => {
		const html = prepareForIndex(
			page(
				'zh-Hans',
				'<main data-pagefind-body data-pagefind-filter="year:2022"><p>农产<sup data-pagefind-ignore>1</sup>品加工</p><span data-pagefind-filter="committee">农工委</span></main>'
			)
		);
		expect(html).toContain(
			`<p>${Z}农${Z}产<sup data-pagefind-ignore="">1</sup>${Z}品${Z}加${Z}工</p>`
		);
		expect(html).toContain('<span data-pagefind-filter="committee">农工委</span>');
	});
	it('returns English pages untouched', () => {
		const html = page('en', '<main data-pagefind-body><p>黄花 daylily</p></main>');
		expect(prepareForIndex(html)).toBe(html);
	});
	it('names the page by its path in a filter of the indexed element, adding no text', () => {
		const html = prepareForIndex(
			page('zh-Hant', '<main data-pagefind-body><p>黃花</p></main>'),
			'zh-hant/2031/legal-affairs/'
		);
		expect(html).toContain(
			`<main data-pagefind-body=""><span data-pagefind-filter="page:zh-hant/2031/legal-affairs/"></span><p>${Z}黃${Z}花</p></main>`
		);
		const english = prepareForIndex(
			page('en', '<main data-pagefind-body><p>daylily</p></main>'),
			'en/x/'
		);
		expect(english).toContain('<span data-pagefind-filter="page:en/x/"></span><p>daylily</p>');
	});
});
