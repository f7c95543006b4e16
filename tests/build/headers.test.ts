/**
 * The `_headers` file of the hosted build (src/lib/build/headers.ts), read back
 * with Netlify's own parser and matched with its own path patterns against every
 * file of the built site: long cache for hashed files, short for pages, an hour for
 * the open data, never two Cache-Control rules for one URL, the CSP on every URL with
 * frame-ancestors, HSTS and the Permissions-Policy.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Header, parseAllHeaders } from '@netlify/headers-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { PERMISSIONS_POLICY } from '../../src/lib/build/headers.ts';
import { siteFiles } from '../../src/lib/build/site-files.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/security.ts';
import { select } from '../helpers/html.ts';

/** The rules of a site's `_headers`, as Netlify parses them (errors fail the test). */
async function readRules(dir: string): Promise<Header[]> {
	const { headers, errors } = await parseAllHeaders({
		headersFiles: [join(dir, '_headers')],
		configHeaders: undefined,
		minimal: false,
	});
	expect(errors.map(String)).toEqual([]);
	return headers as Header[];
}

/** The URLs a browser asks for each file: a page by its folder, anything else by its path. */
const urlsOf = (files: string[], base: string) =>
	files.map((file) => `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`);

/** Every header value the rules give a URL, one array per header name (repeats kept). */
function headersFor(rules: Header[], url: string): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const rule of rules.filter((r) => r.forRegExp.test(url))) {
		for (const [name, value] of Object.entries(rule.values))
			(out[name.toLowerCase()] ??= []).push(value);
	}
	return out;
}

const maxAge = (value: string | undefined) => Number(/max-age=(\d+)/.exec(value ?? '')?.[1] ?? NaN);

let site: string;
let subpath: string;
let offline: string;
beforeAll(() => {
	site = inject('siteDir');
	subpath = inject('subpathDir');
	offline = inject('offlineDir');
});

describe('_headers of the hosted build', () => {
	it('gives every URL at most one Cache-Control: long and immutable for hashed files, short for pages', async () => {
		const rules = await readRules(site);
		const files = await siteFiles(site);
		const problems: string[] = [];
		const hashed = /^(_astro|_app|pagefind\/(fragment|index|filter))\//;
		for (const [i, url] of urlsOf(files, '/').entries()) {
			const file = files[i]!;
			const cache = headersFor(rules, url)['cache-control'] ?? [];
			if (cache.length > 1) problems.push(`${url}: ${cache.length} Cache-Control rules`);
			if (hashed.test(file)) {
				// Immutable is only right for a name that changes with the content.
				if (!/[._][0-9A-Za-z_-]{7,}\.[a-z_]+$/.test(file))
					problems.push(`${file}: cached as immutable without a hash in its name`);
				if (cache[0] !== 'public, max-age=31536000, immutable')
					problems.push(`${url}: ${cache[0]}`);
			} else if (file.startsWith('data/')) {
				if (cache[0] !== 'public, max-age=3600, must-revalidate')
					problems.push(`${url}: ${cache[0]}`);
			} else if (file.endsWith('.html')) {
				if (cache[0]?.includes('immutable') || !(maxAge(cache[0]) <= 600))
					problems.push(`${url}: ${cache[0]}`);
			} else if (cache[0]?.includes('immutable')) {
				problems.push(`${url}: immutable, but its name does not change between builds`);
			}
		}
		expect(problems).toEqual([]);
		// The files whose names stay the same must be among those checked.
		expect(files).toEqual(
			expect.arrayContaining([
				'pagefind/pagefind.js',
				'pagefind/pagefind-entry.json',
				'parallel.css',
				'index.html',
				'404.html',
			])
		);
		expect(files.filter((f) => hashed.test(f)).length).toBeGreaterThan(20);
		expect(files).toEqual(expect.arrayContaining(['data/archive.json', 'data/paragraphs.csv']));
	});

	it("sends the pages' Content-Security-Policy on every URL, with frame-ancestors, and the other security headers", async () => {
		const rules = await readRules(site);
		const meta = String(
			select(
				readFileSync(join(site, 'zh/2022/legal-affairs/index.html'), 'utf8'),
				'meta[http-equiv="Content-Security-Policy"]'
			)[0]?.properties['content']
		);
		expect(meta).toBe(CONTENT_SECURITY_POLICY);
		for (const url of urlsOf(await siteFiles(site), '/')) {
			const headers = headersFor(rules, url);
			expect(headers['content-security-policy'], url).toEqual([`${meta}; frame-ancestors 'none'`]);
			expect(headers['x-frame-options'], url).toEqual(['DENY']);
			expect(headers['x-content-type-options'], url).toEqual(['nosniff']);
			expect(headers['referrer-policy'], url).toEqual(['no-referrer']);
			expect(headers['strict-transport-security'], url).toEqual(['max-age=63072000']);
			expect(headers['permissions-policy'], url).toEqual([PERMISSIONS_POLICY]);
		}
	});

	it('names the public paths under the base path of a sub-path build', async () => {
		const rules = await readRules(subpath);
		expect(rules.every((rule) => rule.for.startsWith('/reports/'))).toBe(true);
		for (const url of ['/reports/', '/reports/zh/2022/legal-affairs/', '/reports/en/'])
			expect(headersFor(rules, url)['cache-control'], url).toEqual([
				'public, max-age=300, must-revalidate',
			]);
		const css = (await siteFiles(subpath, '.css')).find((f) => f.startsWith('_astro/'))!;
		expect(headersFor(rules, `/reports/${css}`)['cache-control']).toEqual([
			'public, max-age=31536000, immutable',
		]);
	});

	it('is not part of the offline edition, where no server reads it', async () => {
		expect(existsSync(offline)).toBe(true);
		expect((await siteFiles(offline)).filter((f) => f.endsWith('_headers'))).toEqual([]);
	});
});
