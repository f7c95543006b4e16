/**
 * The reviewed corrections to OpenCC (src/data/hant-overrides.json): one
 * regression test per entry (the build's conversion, the HTML transform, the
 * search folding), and the whole Traditional edition's text — every Chinese
 * page of content/, the interface strings, the glossary, the registry and the
 * document titles — converted with no entry's wrong form left in it.
 */
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { COMMITTEES } from '../../src/lib/committees.ts';
import { DOCUMENTS } from '../../src/lib/content/documents.ts';
import {
	applyHantOverrides,
	checkHantOverrides,
	foldHantOverrides,
	HANT_OVERRIDES,
} from '../../src/lib/content/hant-overrides.ts';
import { TERMS } from '../../src/lib/glossary.ts';
import { convertHtmlToHant, toHant } from '../../src/lib/hant.ts';
import { createTraditionalFolder } from '../../src/lib/search/fold.ts';
import { hasTraditional } from '../../src/lib/search/traditional.ts';
import { contentPairs } from '../helpers/content.ts';
import zh from '../../src/i18n/zh.json' with { type: 'json' };

const opencc = OpenCC.Converter({ from: 'cn', to: 'tw' });
const fold = createTraditionalFolder();

/** Every string of a frontmatter value (titles, article, byline, editorial notes, figures). */
const strings = (value: unknown): string[] =>
	typeof value === 'string'
		? [value]
		: Array.isArray(value)
			? value.flatMap(strings)
			: value && typeof value === 'object'
				? Object.values(value).flatMap(strings)
				: [];

/** The text the Traditional edition converts, piece by piece as the pages hold it. */
function editionTexts(): string[] {
	const pages = contentPairs().flatMap(({ zh: page }) => [
		...strings(page.frontmatter),
		...page.blocks.map((block) => block.text),
	]);
	return [
		...pages,
		...Object.values(zh),
		...TERMS.flatMap((t) => [t.zh, t.explanation?.zh ?? '']),
		...COMMITTEES.flatMap((c) => [c.zh, ...c.aliases]),
		...DOCUMENTS.map((d) => d.zh),
	].filter((text) => /\p{Script=Han}/u.test(text));
}

describe.each(HANT_OVERRIDES.map((o) => [o.simplified, o] as const))('override %s', (_, o) => {
	it(`converts to ${o.traditional}, where OpenCC alone writes ${o.wrong} (${o.reason})`, () => {
		expect(toHant(o.simplified)).toBe(o.traditional);
		expect(toHant(`。${o.simplified}，`)).toBe(`。${o.traditional}，`);
		// The day OpenCC gets it right, this fails: the entry can go.
		expect(opencc(o.simplified)).toBe(o.wrong);
	});

	it('is corrected in the HTML of a Traditional page, and only there', () => {
		const html = `<p lang="zh-Hant">生态${o.simplified}。<q lang="zh-Hans">${o.simplified}</q></p>`;
		expect(convertHtmlToHant(html)).toBe(
			`<p lang="zh-Hant">生態${o.traditional}。<q lang="zh-Hans">${o.simplified}</q></p>`
		);
	});

	it('folds back to the Simplified phrase in search, from the right form and from the wrong one', () => {
		for (const form of [o.traditional, o.wrong]) {
			expect(hasTraditional(form) ? fold(form) : form).toBe(o.simplified);
		}
	});
});

describe('the whole Traditional edition', () => {
	const texts = editionTexts();

	it('has text to convert (derived from content/)', () => {
		expect(texts.length).toBeGreaterThan(contentPairs().length);
	});

	it('contains no wrong form of any override, and each phrase an override names is converted right', () => {
		const converted = texts.map(toHant);
		for (const o of HANT_OVERRIDES) {
			expect(converted.filter((text) => text.includes(o.wrong))).toEqual([]);
			const count = (list: string[], phrase: string) =>
				list.reduce((n, text) => n + text.split(phrase).length - 1, 0);
			expect(count(converted, o.traditional)).toBeGreaterThanOrEqual(count(texts, o.simplified));
		}
	});
});

describe('applyHantOverrides', () => {
	it('puts the right form where the source has the phrase, and nowhere else', () => {
		expect(applyHantOverrides('头发；保护发展', '頭髮；保護髮展')).toBe('頭髮；保護發展');
		expect(applyHantOverrides('头发', '頭髮')).toBe('頭髮');
	});

	it('counts code points, not UTF-16 units, to find the place', () => {
		expect(applyHantOverrides('𠀋保护发展', '𠀋保護髮展')).toBe('𠀋保護發展');
	});

	it('replaces the wrong form where the conversion changed the length', () => {
		expect(applyHantOverrides('保护发展', 'x保護髮展')).toBe('x保護發展');
	});
});

describe('foldHantOverrides', () => {
	it('turns the right and the wrong forms into the Simplified phrase', () => {
		expect(foldHantOverrides('保護發展與保護髮展')).toBe('保护发展與保护发展');
	});
});

describe('checkHantOverrides', () => {
	it('names the entry and the problem', () => {
		expect(() => checkHantOverrides({})).toThrow('expected { "overrides": [ … ] }');
		expect(() =>
			checkHantOverrides({
				overrides: [{ simplified: '发展', traditional: '發展', wrong: '髮展' }],
			})
		).toThrow('src/data/hant-overrides.json, override 1: "reason" must be a non-empty string');
		expect(() =>
			checkHantOverrides({
				overrides: [{ simplified: '发展', traditional: '發展了', wrong: '髮展', reason: 'x' }],
			})
		).toThrow('override 1 (发展): simplified, traditional and wrong must have as many characters');
	});
});
