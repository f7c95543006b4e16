import { describe, expect, it } from 'vitest';
import { HEADER_CSP, PERMISSIONS_POLICY, renderHeaders } from '../../src/lib/build/headers.ts';

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
			'/reports/data/*',
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

	it('sends HSTS and a Permissions-Policy on every URL, and caches the open data for an hour', () => {
		const text = renderHeaders('/', { zh: ['2022'] });
		expect(text).toContain('/*\n');
		expect(text).toContain('  Strict-Transport-Security: max-age=63072000\n');
		expect(text).toContain(`  Permissions-Policy: ${PERMISSIONS_POLICY}\n`);
		expect(PERMISSIONS_POLICY).toMatch(/^(?:[a-z-]+=\(\)(?:, |$))+$/);
		for (const feature of ['camera', 'microphone', 'geolocation', 'payment'])
			expect(PERMISSIONS_POLICY).toContain(`${feature}=()`);
		expect(text).toContain('/data/*\n  Cache-Control: public, max-age=3600, must-revalidate\n');
	});
});
