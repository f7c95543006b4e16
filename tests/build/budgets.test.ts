/**
 * The page-weight budgets (the design's "Budgets"), in bytes, per page type:
 * every built page of the archive and of the offline edition, typed by its path
 * (src/lib/build/page-weight.ts), so that the list of pages comes from the build.
 * Times belong to `npm run bench`; these are sizes.
 */
import { describe, expect, inject, it } from 'vitest';
import { type PageWeight, pageType, pageWeight } from '../../src/lib/build/page-weight.ts';
import { htmlFiles } from '../helpers/site.ts';

const KB = 1024;

/** Every page of a built site with its type and weight. */
async function weighSite(dir: string) {
	const pages: { path: string; type: string; weight: PageWeight }[] = [];
	for (const path of await htmlFiles(dir))
		pages.push({ path, type: pageType(path), weight: await pageWeight(dir, path) });
	return pages;
}

const sites = () => ({ hosted: inject('siteDir'), offline: inject('offlineDir') });
const isReading = (type: string) => /^\/\{lang\}\/\{year\}\/\{slug\}\/(bilingual\/)?$/.test(type);
const isSearch = (type: string) => type === '/{lang}/search/';

describe('page weight', () => {
	it('every page loads one bootstrap script of at most 1.5 KB, and nothing else but on the search page', async () => {
		for (const [site, dir] of Object.entries(sites())) {
			const pages = await weighSite(dir);
			const types = new Set(pages.map((p) => p.type));
			// The list of types comes from the build: the landing page, reports, side by side, search…
			expect([...types], site).toEqual(expect.arrayContaining(['/', '/{lang}/{year}/{slug}/']));
			const heavy = pages.filter((p) => !isSearch(p.type) && p.weight.js > 1.5 * KB);
			expect(heavy.map((p) => `${site} ${p.path}: ${p.weight.js} bytes of script`)).toEqual([]);
		}
	});

	it('no page but the search page loads more than 5 KB of CSS and JS together', async () => {
		for (const [site, dir] of Object.entries(sites())) {
			const pages = await weighSite(dir);
			const heavy = pages
				.filter((p) => !isSearch(p.type) && p.weight.css + p.weight.js > 5 * KB)
				.map((p) => `${site} ${p.path} (${p.type}): ${p.weight.css} + ${p.weight.js} bytes`);
			expect(heavy).toEqual([]);
			expect(pages.filter((p) => isReading(p.type)).length, site).toBeGreaterThan(0);
		}
	});

	it('the search page loads at most 20 KB of CSS and JS (its index only on the first query)', async () => {
		const pages = (await weighSite(sites().hosted)).filter((p) => isSearch(p.type));
		expect(pages.length).toBeGreaterThan(0);
		for (const page of pages)
			expect(page.weight.css + page.weight.js, page.path).toBeLessThan(20 * KB);
	});

	it('every reading page weighs at most 20 KB compressed, HTML and CSS together', async () => {
		const reading = (await weighSite(sites().hosted)).filter((p) => isReading(p.type));
		const heavy = reading
			.filter((p) => p.weight.html + p.weight.css > 20 * KB)
			.map((p) => `${p.path}: ${p.weight.html + p.weight.css} bytes`);
		expect(heavy).toEqual([]);
	});

	it('the legal-affairs report costs at most 10 KB in all (HTML, CSS and JS), in every language and year', async () => {
		const pages = (await weighSite(sites().hosted)).filter((p) =>
			/^[^/]+\/\d{4}\/legal-affairs\/index\.html$/.test(p.path)
		);
		expect(pages.length).toBeGreaterThanOrEqual(3);
		const heavy = pages
			.map((p) => ({ ...p, total: p.weight.html + p.weight.css + p.weight.js }))
			.filter((p) => p.total > 10 * KB)
			.map((p) => `${p.path}: ${p.total} bytes`);
		expect(heavy).toEqual([]);
	});
});
