import { describe, expect, it } from 'vitest';
import { HEADER_CSP, renderHeaders } from '../../src/lib/build/headers.ts';

/** The path lines of a `_headers` file (rules start at the margin, headers are indented). */
const pathsOf = (text: string) =>
	text.split('\n').filter((line) => line !== '' && !line.startsWith(' '));

describe('renderHeaders', () => {
	it('has one rule for every URL, then hashed folders and pages, all under the base path', () => {
		expect(pathsOf(renderHeaders('/reports/', { zh: ['2022', 'about'], en: ['2022'] }))).toEqual([
			'/reports/*',
			'/reports/_astro/*',
			'/reports/_app/*',
			'/reports/pagefind/fragment/*',
			'/reports/pagefind/index/*',
			'/reports/pagefind/filter/*',
			'/reports/',
			'/reports/404.html',
			'/reports/zh/',
			'/reports/zh/2022/*',
			'/reports/zh/about/*',
			'/reports/en/',
			'/reports/en/2022/*',
		]);
	});

	it('names each language by its sub-folders, never by a pattern that covers another language', () => {
		const paths = pathsOf(renderHeaders('/', { zh: ['2022'], 'zh-hant': ['2022'], en: ['2022'] }));
		expect(paths).toEqual(expect.arrayContaining(['/zh/2022/*', '/zh-hant/2022/*', '/en/2022/*']));
		// Netlify reads `/zh/*` as ^/zh/?(.*), which would also cover /zh-hant/.
		expect(paths).not.toContain('/zh/*');
	});

	it('indents each header under its path, two spaces, name: value', () => {
		const text = renderHeaders('/', { zh: ['2022'] });
		expect(text.startsWith(`/*\n  Content-Security-Policy: ${HEADER_CSP}\n`)).toBe(true);
		expect(text).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
		expect(text).toContain('/zh/2022/*\n  Cache-Control: public, max-age=300, must-revalidate\n');
	});
});
