/**
 * Quality gates on the built archive: HTML validity, internal links and
 * anchors, security headers, accessibility (axe-core) on every page type in
 * every language, keyboard use of search, the reader's main flow, the 404 page
 * and a phone-sized screen. The page-weight budgets are in
 * tests/build/budgets.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { select } from '../helpers/html.ts';
import { useBrowser } from '../helpers/pages.ts';
import { htmlFiles } from '../helpers/site.ts';

let dir: string;
beforeAll(() => {
	dir = inject('siteDir');
});
const read = (file: string) => readFileSync(join(dir, file), 'utf8');

/** The page types of the archive, one example each; QUERY is a search in the page's language. */
const PAGE_TYPES = [
	'',
	'LANG/',
	'LANG/2022/',
	'LANG/2022/standing-committee/',
	'LANG/2022/social-development/',
	'LANG/2022/legal-affairs/bilingual/',
	'LANG/committees/',
	'LANG/committees/legal-affairs/',
	'LANG/search/?q=QUERY',
	'LANG/glossary/',
	'LANG/documents/',
	'LANG/about/',
	'LANG/data/',
	'404.html',
];
// 黄花 on the Simplified site, 黃花 (typed in Traditional) on the Traditional one, daylily on the English.
const QUERIES = {
	zh: '%E9%BB%84%E8%8A%B1',
	'zh-hant': '%E9%BB%83%E8%8A%B1',
	en: 'daylily',
} as const;
const pagesOfEveryLanguage = [
	...new Set(
		(['zh', 'zh-hant', 'en'] as const).flatMap((lang) =>
			PAGE_TYPES.map((p) => p.replace('LANG', lang).replace('QUERY', QUERIES[lang]))
		)
	),
];

describe('validity', () => {
	it('every built page is valid HTML (html-validate, recommended and document rules), fixtures and offline edition included', async () => {
		const validator = new HtmlValidate({
			extends: ['html-validate:recommended', 'html-validate:document'],
			rules: {
				// An SEO suggestion; full committee names make titles long, and they are the right titles.
				'long-title': 'off',
				// SRI for every absolute (other-origin) URL. Our own assets are same-origin (and the CSP
				// allows only 'self'); an integrity attribute on them would make Chromium refuse them
				// from file:// (offline edition), where every load is an opaque no-cors response.
				'require-sri': ['error', { target: 'crossorigin' }],
			},
		});
		const errors: string[] = [];
		// The fixtures add pages the archive lacks (fallback notices, a second year, hostile text).
		// A run that builds only some sites (ARCHIVE_TEST_SITES, the staged run) validates those.
		const sites = [dir, inject('fallbackDir'), inject('multiyearDir'), inject('offlineDir')].filter(
			(site) => site !== ''
		);
		for (const site of sites) {
			const files = await htmlFiles(site);
			expect(files.length, site).toBeGreaterThan(60);
			for (const file of files) {
				const report = await validator.validateString(readFileSync(join(site, file), 'utf8'), file);
				for (const message of report.results.flatMap((r) => r.messages))
					errors.push(
						`${site}/${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`
					);
			}
		}
		expect(errors).toEqual([]);
	});
});

describe('links', () => {
	it('every internal link, asset and anchor resolves, hreflang targets included', async () => {
		const broken: string[] = [];
		for (const file of await htmlFiles(dir)) {
			const base = new URL(`http://archive.test/${file}`);
			for (const el of select(read(file), 'a[href], link[href], script[src], form[action]')) {
				const raw = String(
					el.properties['href'] ?? el.properties['src'] ?? el.properties['action']
				);
				const url = new URL(raw, base);
				if (url.origin !== base.origin && !raw.startsWith('https://archive.example.org/')) continue;
				let path = decodeURIComponent(url.pathname.slice(1));
				if (path === '' || path.endsWith('/')) path += 'index.html';
				if (!existsSync(join(dir, path))) {
					broken.push(`${file}: ${raw}`);
					continue;
				}
				const id = decodeURIComponent(url.hash.slice(1));
				if (id && !read(path).includes(` id="${id}"`)) broken.push(`${file}: ${raw} (no #${id})`);
			}
		}
		expect(broken).toEqual([]);
	});
});

describe('security', () => {
	it('every page carries a strict CSP that still lets Pagefind run, a referrer policy, and no inline script, style or handler', async () => {
		const problems: string[] = [];
		for (const file of await htmlFiles(dir)) {
			const html = read(file);
			const csp = String(
				select(html, 'meta[http-equiv="Content-Security-Policy"]')[0]?.properties['content'] ?? ''
			);
			if (
				!csp.includes("script-src 'self' 'wasm-unsafe-eval'") ||
				/unsafe-inline|unsafe-eval'|\*/.test(csp.replace("'wasm-unsafe-eval'", ''))
			)
				problems.push(`${file}: CSP ${csp}`);
			if (select(html, 'meta[name="referrer"]').length !== 1)
				problems.push(`${file}: no referrer policy`);
			// JSON-LD is a data block, not a script: it never runs, and script-src does not apply to it.
			if (select(html, 'script:not([src]):not([type="application/ld+json"])').length > 0)
				problems.push(`${file}: inline script`);
			if (select(html, 'style, [style]').length > 0) problems.push(`${file}: inline style`);
			if (/\son[a-z]+=/i.test(html.replace(/<script[\s\S]*?<\/script>/g, '')))
				problems.push(`${file}: inline event handler`);
		}
		expect(problems).toEqual([]);
	});
});

const { browser, open, site } = await useBrowser();
const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

async function visit(
	path: string,
	viewport?: { width: number; height: number }
): Promise<Page & { cspErrors: string[] }> {
	const page = (await open(path, viewport)) as Page & { cspErrors: string[] };
	return page;
}

describe.skipIf(!browser)('accessibility (axe-core in Chromium)', () => {
	it.each(pagesOfEveryLanguage)('/%s has no violation', async (path) => {
		const context = await browser!.newContext({ bypassCSP: true });
		const page = await context.newPage();
		await page.goto(new URL(path, site().url).href);
		if (path.includes('search/?q=')) await page.waitForSelector('[data-search-results] li');
		await page.addScriptTag({ content: axeSource });
		const violations = await page.evaluate<string[]>(
			`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`
		);
		expect(violations).toEqual([]);
		await context.close();
	});
});

describe.skipIf(!browser)('keyboard and flows (Chromium)', () => {
	it('header search: results as one types, arrows to choose, Enter to open, Escape to close, focus visible', async () => {
		const page = await visit('zh/2022/legal-affairs/');
		const cspErrors: string[] = [];
		page.on('console', (m) => {
			if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
		});
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
		await page.focus('#site-search');
		expect(
			await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)
		).not.toBe('none');
		await page.keyboard.type('桑干河');
		await page.waitForSelector('#site-search-results:not([hidden]) [role="option"]');
		expect(await page.getAttribute('#site-search', 'aria-expanded')).toBe('true');
		await page.keyboard.press('Escape');
		expect(await page.getAttribute('#site-search', 'aria-expanded')).toBe('false');
		expect(await page.isHidden('#site-search-results')).toBe(true);
		expect(await page.inputValue('#site-search')).toBe('桑干河');
		await page.keyboard.type('。');
		await page.waitForSelector('#site-search-results:not([hidden]) [role="option"]');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		const selected = await page.getAttribute('#site-search', 'aria-activedescendant');
		expect(await page.getAttribute(`#${selected}`, 'aria-selected')).toBe('true');
		const target = await page.getAttribute(`#${selected} a`, 'href');
		await page.keyboard.press('Enter');
		await page.waitForURL(`**${target}`);
		expect(cspErrors).toEqual([]);
		await page.close();
	});

	it('search page: Tab reaches the results after the filters', async () => {
		const page = await visit('en/search/?q=daylily');
		await page.waitForSelector('[data-search-results] li');
		await page.focus('#search-q');
		const reached: string[] = [];
		for (let i = 0; i < 6; i++) {
			await page.keyboard.press('Tab');
			reached.push(
				await page.evaluate(() =>
					document.activeElement?.closest('[data-search-results]')
						? 'result'
						: document.activeElement!.tagName
				)
			);
		}
		expect(reached).toContain('result');
		await page.close();
	});

	it('landing → language → year → report → paragraph anchor', async () => {
		const page = await visit('');
		await page.click('a.enter[hreflang="en"]');
		await page.waitForURL('**/en/');
		await page.click('.card-list a[href="/en/2022/"]');
		await page.waitForURL('**/en/2022/');
		await page.click('a[href="/en/2022/personnel-deputies/"]');
		await page.waitForURL('**/en/2022/personnel-deputies/');
		await page.click('#p2 a.pn');
		await page.waitForURL('**/en/2022/personnel-deputies/#p2');
		expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p2');
		await page.close();
	});

	it('the 404 page leads home in every language, in Traditional characters for the Traditional edition', async () => {
		const page = await visit('404.html');
		expect(await page.$$eval('a', (as) => as.map((a) => a.getAttribute('href')))).toEqual(
			expect.arrayContaining(['/zh/', '/zh-hant/', '/en/'])
		);
		expect(await page.textContent('section[lang="zh-Hant"] a[href="/zh-hant/"]')).toBe('返回首頁');
		await page.close();
	});

	it.each(pagesOfEveryLanguage.filter((p) => p !== ''))(
		'/%s fits a phone screen with readable text',
		async (path) => {
			const page = await visit(path, { width: 360, height: 740 });
			expect(
				await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
			).toBe(true);
			const smallest = await page.evaluate(() =>
				Math.min(
					...[...document.querySelectorAll('main p, main li')]
						.filter((el) => el.textContent.trim() && !el.closest('.mark, .meta, .source-note'))
						.map((el) => parseFloat(getComputedStyle(el).fontSize))
				)
			);
			expect(smallest).toBeGreaterThanOrEqual(14);
			await page.close();
		}
	);
});
