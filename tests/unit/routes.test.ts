/**
 * The props every route gets (src/lib/routes.ts), on a small fake archive: two
 * years, an article with several reports, a translated, an outdated and a missing
 * translation, a key figure. `astro:content` is mocked; the fake entries go
 * through the real schema (tests/helpers/astro-content.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeReport } from '../helpers/astro-content.ts';

const collection = vi.hoisted(() => ({ entries: [] as unknown[] }));
vi.mock('astro:content', () => ({ getCollection: () => Promise.resolve(collection.entries) }));

const GROUP = { title: '履职尽责勇担当', subtitle: '——2031年工作综述' };
collection.entries = [
	...fakeReport({
		year: 2031,
		slug: 'standing-committee',
		order: 0,
		title: '凝心聚力促发展',
		article: { title: '凝心聚力促发展', subtitle: '——2031年工作报告' },
		en: {
			title: 'Pooling Strength',
			article: { title: 'Pooling Strength', subtitle: '— The 2031 Report' },
		},
	}),
	...fakeReport({
		year: 2031,
		slug: 'legal-affairs',
		order: 1,
		title: '市人大法制委',
		article: GROUP,
		body: '\n第一段。\n\n制定法规3件。\n',
		figures: [{ quote: '制定法规3件', en: '3 regulations enacted', paragraph: 2 }],
		en: {
			title: 'Legal Affairs Committee',
			article: { title: 'Performing Duties', subtitle: '— The 2031 Review' },
			outdated: true,
		},
	}),
	...fakeReport({
		year: 2031,
		slug: 'finance-economics',
		order: 2,
		title: '市人大财经委',
		article: GROUP,
	}),
	...fakeReport({
		year: 2022,
		slug: 'legal-affairs',
		order: 1,
		title: '市人大法制委',
		en: { title: 'Legal Affairs Committee' },
	}),
];

const { LANGS } = await import('../../src/lib/i18n.ts');
const { getArchive } = await import('../../src/lib/archive.ts');
const routes = await import('../../src/lib/routes.ts');
const archive = await getArchive();
const reportsOf = (year: number) => archive.reports.filter((r) => r.year === year);

describe('getLangPaths', () => {
	it('gives every language one path, with the language as its prop', async () => {
		expect(await routes.getLangPaths()).toEqual(
			LANGS.map((lang) => ({ params: { lang }, props: { lang } }))
		);
	});
});

describe('getHomePaths', () => {
	it('lists the years newest first, each with its link, lead headline and report count', async () => {
		const paths = await routes.getHomePaths();
		expect(paths.map((p) => p.params.lang)).toEqual(LANGS);
		const years = (lang: string) => paths.find((p) => p.params.lang === lang)!.props.years;
		expect(years('zh')).toEqual([
			{ year: 2031, href: '/zh/2031/', headline: '凝心聚力促发展', reportCount: 3 },
			{ year: 2022, href: '/zh/2022/', headline: undefined, reportCount: 1 },
		]);
		expect(years('en').map((y) => [y.href, y.headline])).toEqual([
			['/en/2031/', 'Pooling Strength'],
			['/en/2022/', undefined],
		]);
	});
});

describe('groupByArticle', () => {
	it('puts consecutive reports of one article in one group, in source order', () => {
		const groups = routes.groupByArticle(reportsOf(2031), 'zh');
		expect(groups.map((g) => [g.title, g.subtitle, g.reports.map((r) => r.slug)])).toEqual([
			['凝心聚力促发展', '——2031年工作报告', ['standing-committee']],
			['履职尽责勇担当', '——2031年工作综述', ['legal-affairs', 'finance-economics']],
		]);
		expect(groups.map((g) => g.lang)).toEqual(['zh-Hans', 'zh-Hans']);
	});

	it('titles a group in the page language where its first report is translated, and marks the language shown', () => {
		const groups = routes.groupByArticle(reportsOf(2031), 'en');
		expect(groups.map((g) => [g.title, g.lang, g.reports.length])).toEqual([
			['Pooling Strength', 'en', 1],
			['Performing Duties', 'en', 2],
		]);
	});

	it('shows the Chinese article, marked zh-Hans, on an English page without a translation', () => {
		const only = reportsOf(2031).filter((r) => r.slug === 'finance-economics');
		expect(routes.groupByArticle(only, 'en').map((g) => [g.title, g.lang])).toEqual([
			['履职尽责勇担当', 'zh-Hans'],
		]);
	});
});

describe('figureLinks', () => {
	it('links each key figure to the paragraph that states it, in the page language', () => {
		expect(routes.figureLinks(reportsOf(2031), 'zh')).toEqual([
			{ text: '制定法规3件', href: '/zh/2031/legal-affairs/#p2' },
		]);
		expect(routes.figureLinks(reportsOf(2031), 'en')).toEqual([
			{ text: '3 regulations enacted', href: '/en/2031/legal-affairs/#p2' },
		]);
	});

	it('is empty for a year without recorded figures', () => {
		expect(routes.figureLinks(reportsOf(2022), 'zh')).toEqual([]);
	});
});

describe('getYearPaths', () => {
	it('gives every language and year its articles, figures and the other years', async () => {
		const paths = await routes.getYearPaths();
		expect(paths.map((p) => `${p.params.lang}/${p.params.year}`)).toEqual(
			LANGS.flatMap((lang) => [`${lang}/2031`, `${lang}/2022`])
		);
		const zh2031 = paths.find((p) => p.params.lang === 'zh' && p.params.year === '2031')!.props;
		expect(zh2031.articles).toHaveLength(2);
		expect(zh2031.figures).toHaveLength(1);
		expect(zh2031.otherYears).toEqual([2022]);
		expect(paths.find((p) => p.params.year === '2022')!.props.otherYears).toEqual([2031]);
	});
});

describe('pagerLinks', () => {
	it('links the previous and next report of the year, titled in the page language', () => {
		const [lead, legal, finance] = reportsOf(2031);
		expect(routes.pagerLinks(reportsOf(2031), legal!, 'en')).toEqual({
			prev: { href: '/en/2031/standing-committee/', title: 'Pooling Strength' },
			next: { href: '/en/2031/finance-economics/', title: 'Finance and Economics Committee' },
		});
		expect(routes.pagerLinks(reportsOf(2031), lead!, 'zh')).toEqual({
			prev: undefined,
			next: { href: '/zh/2031/legal-affairs/', title: '市人大法制委员会' },
		});
		expect(routes.pagerLinks(reportsOf(2031), finance!, 'zh').next).toBeUndefined();
	});

	it('has no links for a report that is alone in its year', () => {
		expect(routes.pagerLinks(reportsOf(2022), reportsOf(2022)[0]!, 'zh')).toEqual({
			prev: undefined,
			next: undefined,
		});
	});
});

describe('getReportPaths', () => {
	it('gives every report in every language its pager and the same committee in the other years', async () => {
		const paths = await routes.getReportPaths();
		expect(paths).toHaveLength(LANGS.length * 4);
		const legal = paths.find(
			(p) => p.params.lang === 'en' && p.params.year === '2031' && p.params.slug === 'legal-affairs'
		)!.props;
		expect(legal.report.translation).toBe('outdated');
		expect(legal.yearLinks).toEqual([
			{ year: 2031, href: '/en/2031/legal-affairs/' },
			{ year: 2022, href: '/en/2022/legal-affairs/' },
		]);
		expect(legal.pager.prev?.href).toBe('/en/2031/standing-committee/');
	});
});

describe('getCommitteePaths', () => {
	it('has a page for each committee that reported at least once, with its reports newest first', async () => {
		const paths = await routes.getCommitteePaths();
		const zh = paths.filter((p) => p.params.lang === 'zh');
		expect(zh.map((p) => p.params.slug).sort()).toEqual([
			'finance-economics',
			'legal-affairs',
			'standing-committee',
		]);
		expect(
			zh.find((p) => p.params.slug === 'legal-affairs')!.props.reports.map((r) => r.year)
		).toEqual([2031, 2022]);
	});
});
