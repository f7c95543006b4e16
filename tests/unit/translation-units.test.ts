/** Units, ids and per-paragraph hashes of the report pages (src/lib/content/page-units.ts). */
import { describe, expect, it } from 'vitest';
import {
	blockInlines,
	canonicalInlines,
	hashUnit,
	hasStrayHan,
	inlineText,
	pageUnits,
	parseBody,
	parsePageFile,
	placeholderId,
} from '../../src/lib/content/page-units.ts';
import { readReports } from '../helpers/translations.ts';

const reports = readReports();
const social = reports.find((r) => r.slug === 'social-development')!;

describe('parseBody', () => {
	it('reads paragraphs with inline marks, headings and flow marks, numbering paragraphs and headings', () => {
		expect(parseBody('## 坚持\n\n甲<Join n="1" />乙\n\n<Lacuna n="2" />\n\n丙\n')).toEqual([
			{ type: 'heading', index: 1, text: '坚持' },
			{
				type: 'paragraph',
				index: 1,
				inlines: [
					{ type: 'text', value: '甲' },
					{ type: 'mark', name: 'Join', n: 1 },
					{ type: 'text', value: '乙' },
				],
			},
			{ type: 'mark', name: 'Lacuna', n: 2 },
			{ type: 'paragraph', index: 2, inlines: [{ type: 'text', value: '丙' }] },
		]);
	});

	it('reads escaped text as the reader sees it', () => {
		expect(parseBody('a \\{b} \\<c> \\# d\n')).toEqual([
			{ type: 'paragraph', index: 1, inlines: [{ type: 'text', value: 'a {b} <c> # d' }] },
		]);
	});
});

describe('parsePageFile', () => {
	it('names the file when there is no frontmatter', () => {
		expect(() => parsePageFile('no frontmatter', 'content/2022/zh/x.mdx')).toThrow(
			'content/2022/zh/x.mdx: no frontmatter'
		);
	});
});

describe('pageUnits', () => {
	it('gives every translatable piece of a page a stable id, frontmatter first', () => {
		expect(pageUnits(2022, 'social-development', social.zh).map((u) => u.id)).toEqual([
			'2022/social-development/title',
			'2022/social-development/article-title',
			'2022/social-development/article-subtitle',
			'2022/social-development/credit',
			'2022/social-development/p1',
			'2022/social-development/p2',
			'2022/social-development/p3',
		]);
	});
});

describe('inlineText', () => {
	it('leaves the marks out', () => {
		expect(
			inlineText([
				{ type: 'text', value: 'a' },
				{ type: 'mark', name: 'Join', n: 1 },
				{ type: 'text', value: 'b' },
			])
		).toBe('ab');
	});
});

describe('placeholderId', () => {
	it('names a mark by its component and number', () => {
		expect(placeholderId({ name: 'Note', n: 5 })).toBe('note-5');
	});
});

describe('canonicalInlines', () => {
	it('collapses whitespace and writes marks as placeholders', () => {
		expect(
			canonicalInlines([
				{ type: 'text', value: ' a \n b' },
				{ type: 'mark', name: 'Join', n: 1 },
			])
		).toBe('a b{{join-1}}');
	});
});

describe('hashUnit', () => {
	it('changes when the text or a mark changes, not when only whitespace does', () => {
		const base = hashUnit([{ type: 'text', value: '甲乙' }]);
		expect(base).toMatch(/^[0-9a-f]{16}$/);
		expect(hashUnit([{ type: 'text', value: ' 甲乙\n' }])).toBe(base);
		expect(hashUnit([{ type: 'text', value: '甲丙' }])).not.toBe(base);
		expect(
			hashUnit([
				{ type: 'text', value: '甲' },
				{ type: 'mark', name: 'Join', n: 1 },
				{ type: 'text', value: '乙' },
			])
		).not.toBe(base);
	});
});

describe('blockInlines', () => {
	it('gives a heading as one text run and a flow mark as nothing', () => {
		expect(blockInlines({ type: 'heading', index: 1, text: '标题' })).toEqual([
			{ type: 'text', value: '标题' },
		]);
		expect(blockInlines({ type: 'mark', name: 'Lacuna', n: 1 })).toEqual([]);
	});
});

describe('hasStrayHan', () => {
	it('allows Chinese only as a parenthesised original term', () => {
		expect(hasStrayHan('the Sanggan River (桑干河)')).toBe(false);
		expect(hasStrayHan('the Sanggan River 桑干河')).toBe(true);
	});
});
