import { describe, expect, it } from 'vitest';
import {
	cleanExcerpt,
	exactQuery,
	INDEX_SEPARATOR,
	queryWords,
	splitHan,
} from '../../src/lib/search/cjk.ts';
import { prepareForIndex } from '../../src/lib/search/index-html.ts';
import {
	browserSegmenter,
	type EngineResult,
	runSearch,
	type SearchEngine,
} from '../../src/lib/search/run.ts';

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

describe('queryWords', () => {
	it('splits on spaces and, with a segmenter, inside Chinese', () => {
		expect(queryWords('大同 人大')).toEqual(['大同', '人大']);
		expect(queryWords('大同人大', browserSegmenter('zh'))).toEqual(['大同', '人大']);
	});
});

describe('cleanExcerpt', () => {
	it('removes separators and merges per-character highlights', () => {
		expect(
			cleanExcerpt(`农村“<mark>颐</mark><mark>养</mark>${Z}<mark>工</mark><mark>程</mark>”`)
		).toBe('农村“<mark>颐养工程</mark>”');
		expect(cleanExcerpt('<mark>liaison</mark> <mark>station</mark>')).toBe(
			'<mark>liaison</mark> <mark>station</mark>'
		);
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
});

describe('runSearch', () => {
	/** A fake engine over page texts: quoted Chinese phrases are substrings, other queries need every word. */
	const engine = (pages: Record<string, string>): SearchEngine<string> & { queries: string[] } => {
		const queries: string[] = [];
		return {
			queries,
			async find(query) {
				queries.push(query);
				const quoted = /^"(.*)"$/.exec(query)?.[1];
				const phrase =
					quoted !== undefined && /\p{Script=Han}/u.test(quoted)
						? quoted.replace(/ /g, '')
						: quoted;
				const matches = Object.entries(pages).filter(([, text]) =>
					phrase !== undefined
						? text.includes(phrase)
						: query.split(' ').every((w) => text.includes(w))
				);
				return matches.map(([id]): EngineResult<string> => ({ id, load: async () => id }));
			},
		};
	};

	it('ranks pages with the exact query first, then those with its words apart', async () => {
		const fake = engine({
			magazine: '刊登在《大同人大》杂志',
			apart: '大同市人大常委会',
			one: '大同',
		});
		const outcome = await runSearch(fake, '大同人大', {}, browserSegmenter('zh'));
		expect(outcome.exact.map((r) => r.id)).toEqual(['magazine']);
		expect(outcome.related.map((r) => r.id)).toEqual(['apart']);
		expect(fake.queries).toEqual(['"大 同 人 大"', '"大 同"', '"人 大"']);
	});

	it('returns nothing for an empty or punctuation-only query', async () => {
		const fake = engine({ a: '黄花' });
		expect((await runSearch(fake, '  ')).exact).toEqual([]);
		expect((await runSearch(fake, '《》')).exact).toEqual([]);
	});

	it('searches English phrases exactly, then their words', async () => {
		const fake = engine({ a: 'deputy liaison station', b: 'liaison with the station' });
		const outcome = await runSearch(fake, 'liaison station');
		expect(outcome.exact.map((r) => r.id)).toEqual(['a']);
		expect(outcome.related.map((r) => r.id)).toEqual(['b']);
	});
});
