/**
 * The bilingual archive in Chromium: switching language keeps the paragraph,
 * English search finds English pages, and the side-by-side view aligns the two
 * languages on a wide screen and interleaves them on a phone.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/pages.ts';
import { pagesHolding, reportTexts } from '../helpers/queries.ts';

const { browser, open } = await useBrowser();

describe.skipIf(!browser)('language switch (Chromium)', () => {
	it('goes from a Chinese paragraph to the same paragraph in English and back', async () => {
		const page = await open('/zh/2022/standing-committee/#p5');
		await page.click('header a[data-lang-switch][hreflang="en"]');
		await page.waitForURL('**/en/2022/standing-committee/#p5');
		expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p5');
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
		await page.click('header a[data-lang-switch][hreflang="zh-Hans"]');
		await page.waitForURL('**/zh/2022/standing-committee/#p5');
		expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p5');
		await page.close();
	});

	it('keeps the query when switching the search page', async () => {
		const page = await open('/zh/search/?q=%E9%BB%84%E8%8A%B1');
		await page.waitForSelector('[data-search-results] li');
		await page.click('header a[data-lang-switch][hreflang="en"]');
		await page.waitForURL('**/en/search/?q=*');
		expect(new URL(page.url()).searchParams.get('q')).toBe('黄花');
		await page.close();
	});
});

describe.skipIf(!browser)('English search (Chromium)', () => {
	it.each(['daylily', 'liaison station', 'Sanggan River', 'deputies'])(
		'finds %s on /en/search/ in exactly the English pages that hold every word (by its stem)',
		async (query) => {
			const expected = pagesHolding(await reportTexts(inject('siteDir'), 'en'), query, 'en');
			expect(expected.length).toBeGreaterThan(0);
			const page = await open(`/en/search/?q=${encodeURIComponent(query)}`);
			await page.waitForSelector('[data-search-results] li');
			const found = await page.$$eval('[data-search-results] > li > a', (links) =>
				links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)
			);
			expect(found.sort()).toEqual(expected);
			expect(await page.textContent('[data-search-status]')).toMatch(/^\d+ reports? contains?/);
			await page.close();
		}
	);
});

describe.skipIf(!browser)('side-by-side view (Chromium)', () => {
	const blockTops = (selector: string) => (document: Document) =>
		[...document.querySelectorAll(`${selector} > *`)].map((el) =>
			Math.round(el.getBoundingClientRect().top)
		);

	it('aligns each English block with its Chinese block on a wide screen', async () => {
		const page = await open('/en/2022/standing-committee/bilingual/', { width: 1400, height: 900 });
		const zh = await page.evaluate<number[]>(`(${blockTops.toString()})('.col--zh')(document)`);
		const en = await page.evaluate<number[]>(`(${blockTops.toString()})('.col--en')(document)`);
		expect(zh.length).toBe(32);
		expect(en).toEqual(zh);
		await page.close();
	});

	it('interleaves Chinese and English paragraphs on a phone', async () => {
		const page = await open('/zh/2022/legal-affairs/bilingual/#p2', { width: 390, height: 844 });
		const zh = await page.evaluate<number[]>(`(${blockTops.toString()})('.col--zh')(document)`);
		const en = await page.evaluate<number[]>(`(${blockTops.toString()})('.col--en')(document)`);
		for (let i = 0; i < zh.length; i++) {
			expect(zh[i]!).toBeLessThan(en[i]!);
			if (i + 1 < zh.length) expect(en[i]!).toBeLessThan(zh[i + 1]!);
		}
		expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p2');
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
		).toBe(true);
		await page.close();
	});
});
