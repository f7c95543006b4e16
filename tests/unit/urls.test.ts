/** Every URL of the archive (src/lib/urls.ts), at the root and under a sub-path. */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/lib/i18n.ts';
import { createRoutes, joinPath, langFromPath, switchLangPath } from '../../src/lib/urls.ts';

describe('joinPath', () => {
	it('joins the base and the segments into an absolute path ending in /', () => {
		expect(joinPath('/reports/', 'zh', 2022)).toBe('/reports/zh/2022/');
		expect(joinPath('/', 'en', 'committees', 'legal-affairs')).toBe(
			'/en/committees/legal-affairs/'
		);
	});

	it('is / for the root, whatever slashes the base has', () => {
		expect(joinPath('/')).toBe('/');
		expect(joinPath('')).toBe('/');
		expect(joinPath('reports')).toBe('/reports/');
		expect(joinPath('/reports//', '/zh/')).toBe('/reports/zh/');
	});
});

describe('createRoutes', () => {
	it('gives every page its path at the root', () => {
		const routes = createRoutes('/');
		expect(routes.landing()).toBe('/');
		expect(routes.home('zh')).toBe('/zh/');
		expect(routes.year('en', 2022)).toBe('/en/2022/');
		expect(routes.report('zh', 2022, 'legal-affairs')).toBe('/zh/2022/legal-affairs/');
		expect(routes.bilingual('en', 2022, 'legal-affairs')).toBe('/en/2022/legal-affairs/bilingual/');
		expect(routes.committees('zh')).toBe('/zh/committees/');
		expect(routes.committee('en', 'personnel-deputies')).toBe('/en/committees/personnel-deputies/');
		expect(routes.search('zh')).toBe('/zh/search/');
		expect(routes.glossary('en')).toBe('/en/glossary/');
		expect(routes.about('zh')).toBe('/zh/about/');
	});

	it('puts every path under the base path, assets included', () => {
		const routes = createRoutes('/reports/');
		expect(routes.landing()).toBe('/reports/');
		expect(routes.report('en', 2022, 'standing-committee')).toBe(
			'/reports/en/2022/standing-committee/'
		);
		expect(routes.asset('favicon.svg')).toBe('/reports/favicon.svg');
		expect(routes.asset('/pagefind/')).toBe('/reports/pagefind/');
	});

	it('has a home for every language', () => {
		const routes = createRoutes('/');
		expect(new Set(LANGS.map((lang) => routes.home(lang))).size).toBe(LANGS.length);
	});
});

describe('switchLangPath', () => {
	it('swaps the language segment and keeps the rest of the path', () => {
		expect(switchLangPath('/zh/2022/legal-affairs/', 'en', '/')).toBe('/en/2022/legal-affairs/');
		expect(switchLangPath('/reports/en/2022/legal-affairs/bilingual/', 'zh', '/reports/')).toBe(
			'/reports/zh/2022/legal-affairs/bilingual/'
		);
		expect(switchLangPath('/en', 'zh', '/')).toBe('/zh/');
	});

	it('leaves a path outside a language, or outside the base, as it is', () => {
		expect(switchLangPath('/', 'en', '/')).toBe('/');
		expect(switchLangPath('/reports/', 'en', '/reports/')).toBe('/reports/');
		expect(switchLangPath('/other/zh/2022/', 'en', '/reports/')).toBe('/other/zh/2022/');
		expect(switchLangPath('/zhx/2022/', 'en', '/')).toBe('/zhx/2022/');
	});
});

describe('langFromPath', () => {
	it('reads the language that follows the base path', () => {
		expect(langFromPath('/reports/en/about/', '/reports/')).toBe('en');
		expect(langFromPath('/zh/', '/')).toBe('zh');
		expect(langFromPath('/zh', '/')).toBe('zh');
	});

	it('is undefined outside a language', () => {
		expect(langFromPath('/', '/')).toBeUndefined();
		expect(langFromPath('/reports/404.html', '/reports/')).toBeUndefined();
		expect(langFromPath('/english/', '/')).toBeUndefined();
	});
});
