/**
 * What archivists receive varies: a byte-order mark, CRLF, trailing spaces,
 * full-width spaces around headings, GB18030. All give the same pages as the
 * clean UTF-8 text (only the recorded sha256 of the file differs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/lib/hash.ts';
import { ingestSource } from '../../src/lib/ingest/pipeline.ts';
import { parseSeedMeta } from '../../src/lib/content/seed-meta.ts';
import { ROOT } from '../helpers/site.ts';

const dir = join(ROOT, 'tests', 'fixtures', 'ingest');
const text = readFileSync(join(dir, 'year-2031', 'input.txt'), 'utf8');
const yaml = readFileSync(join(dir, 'year-2031', 'input.yaml'), 'utf8');

function ingest(bytes: Uint8Array) {
	const meta = {
		file: 'seeds/2031.yaml',
		data: parseSeedMeta(
			yaml.replace(/sha256: "\w+"/, `sha256: "${sha256(bytes)}"`),
			'seeds/2031.yaml'
		),
	};
	return ingestSource({ file: 'seeds/2031.txt', bytes, meta });
}
/** A page without the seed's sha256, and without generatedHash, which covers it (the whole file). */
const withoutFileHash = (mdx: string) =>
	mdx
		.replace(/\n {2}sha256: \w+\n/, '\n  sha256: …\n')
		.replace(/\ngeneratedHash: \w+\n/, '\ngeneratedHash: …\n');
const pagesOf = (bytes: Uint8Array) =>
	ingest(bytes).pages.map((p) => [p.path, withoutFileHash(p.mdx)]);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('seed variants', () => {
	const clean = pagesOf(utf8(text));

	it.each([
		['a UTF-8 byte-order mark', (s: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(s)])],
		['CRLF line endings', (s: string) => utf8(s.replace(/\n/g, '\r\n'))],
		['trailing spaces and tabs', (s: string) => utf8(s.replace(/\n/g, '  \t\n'))],
		[
			'full-width spaces around headings',
			(s: string) =>
				utf8(
					s
						.replace('\n市人大财经委\n', '\n\u3000\u3000市人大财经委\u3000\n')
						.replace('\n加强自身建设\n', '\n\u3000加强自身建设 \n')
				),
		],
		[
			'all of these at once',
			(s: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(s.replace(/\n/g, ' \r\n'))]),
		],
	])('%s give the same pages', (_, variant) => {
		expect(pagesOf(variant(text))).toEqual(clean);
	});

	it('GB18030 text gives the same pages, and says it was GB18030', () => {
		const bytes = new Uint8Array(readFileSync(join(dir, 'encoding-gb18030', 'input.txt')));
		expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
		expect(ingest(bytes).encoding).toBe('gb18030');
		expect(pagesOf(bytes)).toEqual(clean);
	});
});

describe('the 2031 fixture', () => {
	const result = ingest(utf8(text));

	it('takes the year from the subtitle and finds three sections and four committees in source order', () => {
		expect(result.year).toBe(2031);
		expect(result.pages.map((p) => p.model.slug)).toEqual([
			'standing-committee',
			'legal-affairs',
			'supervisory-judicial-affairs',
			'ethnic-religious-overseas-affairs',
			'finance-economics',
		]);
		expect(result.pages[0]!.model.blocks.filter((b) => b.type === 'heading')).toHaveLength(3);
		expect(result.pages.slice(1).map((p) => p.model.title)).toEqual([
			'市人大法制委员会',
			'市人大监察和司法委',
			'市人大常委会民宗侨外工委',
			'市人大财经委',
		]);
	});

	it('joins its page breaks and moves its credit line', () => {
		expect(
			result.pages.flatMap((p) =>
				p.model.editorial
					.filter((e) => e.type === 'join')
					.map((e) => (e.type === 'join' ? e.lines : []))
			)
		).toEqual([
			[13, 15],
			[33, 35],
		]);
		expect(result.pages.slice(1).every((p) => p.model.credit === '本组稿件由李四采写')).toBe(true);
		expect(result.pages[0]!.model.byline).toBe('本报记者 李四');
	});

	it('reports candidates: an unclosed bracket, counts that differ', () => {
		expect(result.candidates.map((c) => [c.kind, c.line])).toEqual([
			['numbers', 43],
			['brackets', 47],
		]);
	});
});
