import { describe, expect, it } from 'vitest';
import { pageType } from '../../src/lib/build/page-weight.ts';

describe('pageType', () => {
	it('makes language, year and slug generic', () => {
		expect(pageType('zh-hant/2031/legal-affairs/bilingual/index.html')).toBe(
			'/{lang}/{year}/{slug}/bilingual/'
		);
		expect(pageType('en/committees/legal-affairs/index.html')).toBe('/{lang}/committees/{slug}/');
		expect(pageType('zh/print/2031/index.html')).toBe('/{lang}/print/{year}/');
		expect(pageType('index.html')).toBe('/');
		expect(pageType('404.html')).toBe('/404.html');
	});
});
