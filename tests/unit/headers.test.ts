import { describe, expect, it } from 'vitest';
import { HEADER_CSP, renderHeaders } from '../../src/lib/build/headers.ts';

/** The path lines of a `_headers` file (rules start at the margin, headers are indented). */
const pathsOf = (text: string) =>
	text.split('\n').filter((line) => line !== '' && !line.startsWith(' '));

describe('renderHeaders', () => {
	it('has one rule for every URL, then hashed folders and pages, all under the base path', () => {
		expect(pathsOf(renderHeaders('/reports/', ['zh', 'en']))).toEqual([
			'/reports/*',
			'/reports/_astro/*',
			'/reports/_app/*',
			'/reports/pagefind/fragment/*',
			'/reports/pagefind/index/*',
			'/reports/pagefind/filter/*',
			'/reports/',
			'/reports/404.html',
			'/reports/zh/*',
			'/reports/en/*',
		]);
	});

	it('covers every language folder it is given', () => {
		expect(pathsOf(renderHeaders('/', ['zh', 'en', 'zh-hant']))).toEqual(
			expect.arrayContaining(['/zh/*', '/en/*', '/zh-hant/*'])
		);
	});

	it('indents each header under its path, two spaces, name: value', () => {
		const text = renderHeaders('/', ['zh']);
		expect(text.startsWith(`/*\n  Content-Security-Policy: ${HEADER_CSP}\n`)).toBe(true);
		expect(text).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
		expect(text).toContain('/zh/*\n  Cache-Control: public, max-age=300, must-revalidate\n');
	});
});
