import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTraditionalFolder } from '../../src/lib/search/fold.ts';
import { hasTraditional } from '../../src/lib/search/traditional.ts';
import {
	deriveTraditionalOnly,
	encodeCodePoints,
	renderTraditionalTable,
} from '../../src/lib/search/traditional-table.ts';

const TABLE = new URL('../../src/lib/search/traditional-chars.ts', import.meta.url);

describe('createTraditionalFolder', () => {
	const fold = createTraditionalFolder();
	it('folds the issue’s Traditional queries to the Simplified text of the archive', () => {
		expect(['黃花', '聯絡站', '頤養工程', '人大常委會', '臺灣'].map(fold)).toEqual([
			'黄花',
			'联络站',
			'颐养工程',
			'人大常委会',
			'台湾',
		]);
	});
	it('folds many Traditional characters to one Simplified character', () => {
		expect(['後來', '皇后', '發展', '頭髮'].map(fold)).toEqual(['后来', '皇后', '发展', '头发']);
	});
	it('is phrase-aware and leaves Simplified text alone', () => {
		expect(fold('桑乾河')).toBe('桑干河');
		expect(fold('乾隆')).toBe('乾隆');
		expect(['黄花', '显著', '什么', '发展'].map(fold)).toEqual(['黄花', '显著', '什么', '发展']);
	});
});

describe('hasTraditional', () => {
	it('tells Traditional queries from Simplified ones', () => {
		expect(['黃花', '聯絡站', '頤養工程', '後', '髮', '臺'].map(hasTraditional)).toEqual([
			true,
			true,
			true,
			true,
			true,
			true,
		]);
		expect(
			['黄花', '联络站', '颐养工程', '后', '发', '台', '著', 'daylily', '2022'].map(hasTraditional)
		).toEqual([false, false, false, false, false, false, false, false, false]);
	});
	it('finds no Traditional-only character in the Chinese text of the archive, so folding never changes a query taken from it', () => {
		const texts = readdirSync(new URL('../../content/2022/zh/', import.meta.url)).map((f) =>
			readFileSync(new URL(`../../content/2022/zh/${f}`, import.meta.url), 'utf8')
		);
		expect(texts.length).toBeGreaterThan(5);
		expect(texts.filter(hasTraditional)).toEqual([]);
	});
});

describe('renderTraditionalTable', () => {
	it('is the committed table, derived from the installed opencc-js (UPDATE=1 rewrites it)', () => {
		const committed = readFileSync(TABLE, 'utf8');
		const derived = renderTraditionalTable();
		if (process.env['UPDATE'] === '1' && derived !== committed) writeFileSync(TABLE, derived);
		else expect(committed).toBe(derived);
	});
});

describe('deriveTraditionalOnly', () => {
	it('holds the characters folding changes and no Simplified one', () => {
		const table = deriveTraditionalOnly();
		const fold = createTraditionalFolder();
		expect(table.length).toBeGreaterThan(3000);
		expect(table).toContain('黃'.codePointAt(0));
		expect(table).not.toContain('黄'.codePointAt(0));
		expect(table.every((cp) => fold(String.fromCodePoint(cp)) !== String.fromCodePoint(cp))).toBe(
			true
		);
	});
});

describe('encodeCodePoints', () => {
	it('writes ascending code points as base-36 differences', () => {
		expect(encodeCodePoints([0x5f8c, 0x5f8d, 0x9ec3])).toBe('ivg,1,chi');
		expect(encodeCodePoints([])).toBe('');
	});
});
