import { describe, expect, it } from 'vitest';
import {
	CHARACTER_CLASSES,
	classOf,
	describeCharacter,
	flaggedCharacters,
	formatCodePoint,
	refusalMessages,
	refusedCharacters,
	scanCharacters,
} from '../../src/lib/content/text-rules.ts';

const cp = (n: number) => String.fromCodePoint(n);

describe('classOf', () => {
	it.each([
		[0x00, 'control'],
		[0x01, 'control'],
		[0x0b, 'control'],
		[0x1b, 'control'],
		[0x7f, 'control'],
		[0x85, 'control'],
		[0x9f, 'control'],
		[0xfffe, 'noncharacter'],
		[0xffff, 'noncharacter'],
		[0xfdd0, 'noncharacter'],
		[0x1fffe, 'noncharacter'],
		[0x10ffff, 'noncharacter'],
		[0xd800, 'surrogate'],
		[0xdfff, 'surrogate'],
		[0x202a, 'bidi-control'],
		[0x202e, 'bidi-control'],
		[0x2066, 'bidi-control'],
		[0x2069, 'bidi-control'],
		[0xfeff, 'byte-order-mark'],
		[0xfff9, 'annotation'],
		[0x200b, 'invisible'],
		[0x200c, 'invisible'],
		[0x200d, 'invisible'],
		[0x2060, 'invisible'],
		[0xad, 'invisible'],
		[0xe0041, 'invisible'],
		[0x200e, 'direction-mark'],
		[0x200f, 'direction-mark'],
	])('puts %s in the class %s', (codePoint, id) => {
		expect(classOf(codePoint)?.id).toBe(id);
	});

	it.each([
		['tab, line feed, carriage return', [0x09, 0x0a, 0x0d]],
		['Chinese, full-width punctuation and the ideographic space', [0x4e2d, 0xff0c, 0x3000]],
		['typographic quotes, dashes, no-break space', [0x201c, 0x2014, 0xa0]],
		['an emoji and a CJK character outside the BMP', [0x1f600, 0x20000]],
		['the replacement character', [0xfffd]],
	])('leaves alone %s', (_, codePoints) => {
		for (const codePoint of codePoints) expect(classOf(codePoint)).toBeUndefined();
	});

	it('refuses what XML 1.0 forbids and flags nothing it forbids', () => {
		// XML 1.0: Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
		const xmlForbids = (c: number) =>
			!(
				c === 0x9 ||
				c === 0xa ||
				c === 0xd ||
				(c >= 0x20 && c <= 0xd7ff) ||
				(c >= 0xe000 && c <= 0xfffd) ||
				c >= 0x10000
			);
		for (let c = 0; c <= 0xffff; c += 1)
			if (xmlForbids(c)) expect(classOf(c)?.action, formatCodePoint(c)).toBe('refuse');
	});

	it('gives each class an action, a description and a reason', () => {
		for (const c of CHARACTER_CLASSES) {
			expect(['refuse', 'flag']).toContain(c.action);
			expect(c.what.length).toBeGreaterThan(5);
			expect(c.why.length).toBeGreaterThan(5);
		}
	});
});

describe('scanCharacters', () => {
	it('finds each character with its line and column, lone surrogates included', () => {
		const found = scanCharacters(`第一行\n第二${cp(0x202e)}行\n${'\ud800'}x`);
		expect(found.map((f) => [formatCodePoint(f.codePoint), f.line, f.column])).toEqual([
			['U+202E', 2, 3],
			['U+D800', 3, 1],
		]);
	});

	it('splits refused from flagged', () => {
		const text = `a${cp(0x200d)}b${cp(0xffff)}c`;
		expect(refusedCharacters(text).map((f) => f.codePoint)).toEqual([0xffff]);
		expect(flaggedCharacters(text).map((f) => f.codePoint)).toEqual([0x200d]);
	});
});

describe('describeCharacter and refusalMessages', () => {
	it('names the code point, the character and why', () => {
		expect(describeCharacter(scanCharacters(cp(0x202e))[0]!)).toBe(
			'U+202E RIGHT-TO-LEFT OVERRIDE (a bidirectional override or isolate: it changes the order in which the text around it is displayed)'
		);
		expect(describeCharacter(scanCharacters(cp(0xfdd5))[0]!)).toMatch(/^U\+FDD5 \(a noncharacter/);
	});

	it('prints at most five lines and counts the rest', () => {
		const messages = refusalMessages(cp(1).repeat(8), (line) => `t.txt:${line}`);
		expect(messages).toHaveLength(6);
		expect(messages[0]).toBe(
			't.txt:1: U+0001 (a control character: XML 1.0 and HTML forbid it in text) at column 1'
		);
		expect(messages[5]).toBe('t.txt:1: … and 3 more such characters');
	});
});
