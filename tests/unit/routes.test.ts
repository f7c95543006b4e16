/**
 * The props every route gets (src/lib/routes.ts and the page data it calls,
 * src/lib/page-data/), on a small fake archive: two years, an article with
 * several reports, a translated, an outdated and a missing translation, a key
 * figure, the about page's prose in both languages and a year's introduction
 * in Chinese only. `astro:content` is mocked; the fake entries go through the
 * real schemas, the prose through the real Markdown processor
 * (tests/helpers/astro-content.ts). The build's downloads are mocked too.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeProse, fakeReport } from '../helpers/astro-content.ts';

const collection = vi.hoisted(() => ({ entries: [] as unknown[], prose: [] as unknown[] }));
vi.mock('astro:content', () => ({
	getCollection: (name: string) =>
		Promise.resolve(name === 'prose' ? collection.prose : collection.entries),
}));
const downloads = vi.hoisted(() => ({ list: [] as { kind: string }[] }));
vi.mock('../../src/lib/editions/from-collection.ts', async (original) => ({
	...(await original<object>()),
	getDownloads: () => Promise.resolve(downloads.list),
}));
vi.stubEnv('SITE', 'https://archive.example.org');

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

/** The about page's prose in one language: a title per section, a text that names it. */
const aboutProse = (lang: 'zh' | 'en') =>
	['intro', 'sources', 'method', 'cite', 'translations', 'offline'].map((name) =>
		fakeProse(
			`${lang}/about/${name}`,
			name === 'intro' ? {} : { title: `${lang} ${name}` },
			`The ${lang} text of ${name}.\n`
		)
	);
collection.prose = await Promise.all([
	...aboutProse('zh'),
	...aboutProse('en'),
	fakeProse('zh/year/2031', {}, '2031年导言。[^1]\n\n[^1]: 注。\n'),
]);

const { LANGS } = await import('../../src/lib/i18n.ts');
const { getArchive } = await import('../../src/lib/archive.ts');
const routes = await import('../../src/lib/routes.ts');
const { groupByArticle, figureLinks } = await import('../../src/lib/page-data/year.ts');
const { pagerLinks } = await import('../../src/lib/page-data/report.ts');
const { ABOUT_SECTIONS } = await import('../../src/lib/page-data/about.ts');
const { reportedCommittees } = await import('../../src/lib/page-data/committees.ts');
const { formatCitation } = await import('../../src/lib/citation.ts');
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
		const groups = groupByArticle(reportsOf(2031), 'zh');
		expect(groups.map((g) => [g.title, g.subtitle, g.reports.map((r) => r.slug)])).toEqual([
			['凝心聚力促发展', '——2031年工作报告', ['standing-committee']],
			['履职尽责勇担当', '——2031年工作综述', ['legal-affairs', 'finance-economics']],
		]);
		expect(groups.map((g) => g.lang)).toEqual(['zh-Hans', 'zh-Hans']);
	});

	it('titles a group in the page language where its first report is translated, and marks the language shown', () => {
		const groups = groupByArticle(reportsOf(2031), 'en');
		expect(groups.map((g) => [g.title, g.lang, g.reports.length])).toEqual([
			['Pooling Strength', 'en', 1],
			['Performing Duties', 'en', 2],
		]);
	});

	it('shows the Chinese article, marked zh-Hans, on an English page without a translation', () => {
		const only = reportsOf(2031).filter((r) => r.slug === 'finance-economics');
		expect(groupByArticle(only, 'en').map((g) => [g.title, g.lang])).toEqual([
			['履职尽责勇担当', 'zh-Hans'],
		]);
	});
});

describe('figureLinks', () => {
	it('links each key figure to the paragraph that states it, in the page language', () => {
		expect(figureLinks(reportsOf(2031), 'zh')).toEqual([
			{ text: '制定法规3件', href: '/zh/2031/legal-affairs/#p2' },
		]);
		expect(figureLinks(reportsOf(2031), 'en')).toEqual([
			{ text: '3 regulations enacted', href: '/en/2031/legal-affairs/#p2' },
		]);
	});

	it('is empty for a year without recorded figures', () => {
		expect(figureLinks(reportsOf(2022), 'zh')).toEqual([]);
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
		expect(pagerLinks(reportsOf(2031), legal!, 'en')).toEqual({
			prev: { href: '/en/2031/standing-committee/', title: 'Pooling Strength' },
			next: { href: '/en/2031/finance-economics/', title: 'Finance and Economics Committee' },
		});
		expect(pagerLinks(reportsOf(2031), lead!, 'zh')).toEqual({
			prev: undefined,
			next: { href: '/zh/2031/legal-affairs/', title: '市人大法制委员会' },
		});
		expect(pagerLinks(reportsOf(2031), finance!, 'zh').next).toBeUndefined();
	});

	it('has no links for a report that is alone in its year', () => {
		expect(pagerLinks(reportsOf(2022), reportsOf(2022)[0]!, 'zh')).toEqual({
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

describe('getReportPaths: the citation and the provenance', () => {
	const props = async (lang: string, slug: string) =>
		(await routes.getReportPaths()).find(
			(p) => p.params.lang === lang && p.params.year === '2031' && p.params.slug === slug
		)!.props;

	it('cites the text the page shows, at its hosted URL, and credits the translation only where it is shown', async () => {
		const legal = await props('en', 'legal-affairs');
		expect([legal.cite.textLang, legal.cite.report, legal.cite.url]).toEqual([
			'en',
			'Legal Affairs Committee',
			'https://archive.example.org/en/2031/legal-affairs/',
		]);
		expect(legal.provenance.translation).toBeDefined();
		// No English page: the English page shows and cites the Chinese original.
		const finance = await props('en', 'finance-economics');
		expect(finance.cite.textLang).toBe('zh');
		expect(finance.provenance.translation).toBeUndefined();
		expect((await props('zh', 'legal-affairs')).provenance.translation).toBeUndefined();
	});
});

describe('getAboutPaths', () => {
	const about = async (lang: string) =>
		(await routes.getAboutPaths()).find((p) => p.params.lang === lang)!.props;

	it('gives every language the about page’s prose in its own language, the Traditional page the Chinese', async () => {
		const paths = await routes.getAboutPaths();
		expect(paths.map((p) => p.params.lang)).toEqual(LANGS);
		for (const [lang, side] of [
			['zh', 'zh'],
			['zh-hant', 'zh'],
			['en', 'en'],
		] as const) {
			const { prose } = await about(lang);
			expect(prose.intro.html).toContain(`The ${side} text of intro.`);
			expect(Object.keys(prose.sections)).toEqual(ABOUT_SECTIONS);
			expect(ABOUT_SECTIONS.map((s) => prose.sections[s].title)).toEqual(
				ABOUT_SECTIONS.map((s) => `${side} ${s}`)
			);
			expect(ABOUT_SECTIONS.map((s) => prose.sections[s].anchor)).toEqual(ABOUT_SECTIONS);
		}
	});

	it('lists each year’s provenance, newest first, with its translation in every language', async () => {
		for (const lang of LANGS) {
			const { sources } = await about(lang);
			expect(sources.map((s) => [s.year, s.view.source.file])).toEqual([
				[2031, 'seeds/2031.txt'],
				[2022, 'seeds/2022.txt'],
			]);
			// Both years have English pages: the about page says who translated them, in every language.
			expect(sources.every((s) => s.view.translation !== undefined)).toBe(true);
			// The year's summary names no page's lines.
			expect(sources[0]!.view.source.lines).toBeUndefined();
		}
	});

	it('cites paragraph 2 of the newest legal-affairs report exactly as its cite control does, less the access date', async () => {
		for (const lang of LANGS) {
			const { example } = await about(lang);
			const cite = (await routes.getReportPaths()).find(
				(p) =>
					p.params.lang === lang && p.params.year === '2031' && p.params.slug === 'legal-affairs'
			)!.props.cite;
			expect(example!.citation).toBe(formatCitation({ ...cite, paragraph: 2 }));
			expect(example!.href).toBe(`/${lang}/2031/legal-affairs/#p2`);
		}
		const en = (await about('en')).example!;
		expect(en.label).toBe('Paragraph 2');
		expect(en.citation).toMatch(
			/^“Legal Affairs Committee\.” In .*, 2031, para\. 2\..* https:\/\/archive\.example\.org\/en\/2031\/legal-affairs\/#p2\.$/
		);
		expect((await about('zh')).example!.label).toBe('第2段');
	});

	it('lists every report’s translation status, with its title and link, in the page’s language', async () => {
		expect(
			(await about('en')).translations.map((r) => [r.key, r.status, r.label, r.title, r.href])
		).toEqual([
			[
				'2031/standing-committee',
				'translated',
				'Translated',
				'Pooling Strength',
				'/en/2031/standing-committee/',
			],
			[
				'2031/legal-affairs',
				'outdated',
				'Possibly outdated',
				'Legal Affairs Committee',
				'/en/2031/legal-affairs/',
			],
			[
				'2031/finance-economics',
				'missing',
				'Not yet translated',
				'Finance and Economics Committee',
				'/en/2031/finance-economics/',
			],
			[
				'2022/legal-affairs',
				'translated',
				'Translated',
				'Legal Affairs Committee',
				'/en/2022/legal-affairs/',
			],
		]);
		expect((await about('zh')).translations.map((r) => r.label)).toEqual([
			'已翻译',
			'译文可能过时',
			'暂无译文',
			'已翻译',
		]);
	});

	it('links the offline edition on the data page only when the build publishes it', async () => {
		downloads.list = [];
		expect((await about('en')).offlineHref).toBeUndefined();
		downloads.list = [{ kind: 'offline' }];
		expect((await about('en')).offlineHref).toBe('/en/data/#offline');
		downloads.list = [];
	});
});

describe('reportedCommittees', () => {
	it('lists the committees that reported, in registry order, each with its reports newest first', () => {
		expect(
			reportedCommittees(archive).map(({ committee, reports }) => [
				committee.slug,
				reports.map((r) => r.year),
			])
		).toEqual([
			['standing-committee', [2031]],
			['legal-affairs', [2031, 2022]],
			['finance-economics', [2031]],
		]);
	});
});

describe('getCommitteesIndexPaths', () => {
	it('gives each language a card per committee that reported: its name, link and years', async () => {
		const paths = await routes.getCommitteesIndexPaths();
		expect(paths.map((p) => p.params.lang)).toEqual(LANGS);
		const cards = (lang: string) => paths.find((p) => p.params.lang === lang)!.props.committees;
		expect(cards('zh')[1]).toEqual({
			name: '市人大法制委员会',
			href: '/zh/committees/legal-affairs/',
			years: '2031、2022',
		});
		expect(cards('en').map((c) => [c.name, c.years])).toEqual([
			["Standing Committee of the Municipal People's Congress", '2031'],
			['Legal Affairs Committee', '2031, 2022'],
			['Finance and Economics Committee', '2031'],
		]);
	});
});

describe('getSearchPaths', () => {
	it('gives the filters the years and the same committees as the index, each named in every language', async () => {
		const paths = await routes.getSearchPaths();
		const en = paths.find((p) => p.params.lang === 'en')!.props;
		expect(en.years).toEqual([2031, 2022]);
		expect(en.committees.map((c) => c.name)).toEqual(
			reportedCommittees(archive).map(({ committee }) => committee.en)
		);
		expect(en.committees[1]!.values).toEqual({
			'data-value-zh': '市人大法制委员会',
			'data-value-zh-hant': '市人大法制委员会',
			'data-value-en': 'Legal Affairs Committee',
		});
		const zh = paths.find((p) => p.params.lang === 'zh')!.props;
		expect(zh.committees.map((c) => c.name)).toEqual(
			reportedCommittees(archive).map(({ committee }) => committee.zh)
		);
	});
});

describe('getYearPaths: a year’s introduction', () => {
	const intro = async (lang: string, year: string) =>
		(await routes.getYearPaths()).find((p) => p.params.lang === lang && p.params.year === year)!
			.props.intro;

	it('gives a year its introduction, with its footnote, and the English page the Chinese where there is no English', async () => {
		const zh = await intro('zh', '2031');
		expect([zh?.name, zh?.lang]).toEqual(['year/2031', 'zh']);
		expect(zh?.html).toContain('id="year-2031-fn-1"');
		expect((await intro('zh-hant', '2031'))?.lang).toBe('zh');
		expect((await intro('en', '2031'))?.lang).toBe('zh');
	});

	it('gives a year without one none', async () => {
		expect(await intro('zh', '2022')).toBeUndefined();
		expect(await intro('en', '2022')).toBeUndefined();
	});
});
