/**
 * The rules of `translations check`, each on a small fixture page that breaks
 * it (and a clean one that passes), plus the command's report and exit code.
 */
import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from '../../src/lib/glossary.ts';
import {
	britishWords,
	checkArchive,
	checkConsistency,
	checkPage,
	type CheckOptions,
	foldInflection,
	numbersIn,
} from '../../src/lib/translations/check.ts';
import { pairPages } from '../../src/lib/translations/pages.ts';
import { hashBody } from '../../src/lib/hash.ts';
import spelling from '../../src/data/spelling.json' with { type: 'json' };
import { copyYear, readReports, runTranslations, scratchContent } from '../helpers/translations.ts';
import { ROOT } from '../helpers/site.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const terms: GlossaryTerm[] = [
	{ zh: '五年立法规划', en: 'five-year legislative plan', accept: ['five-year legislative plans'] },
	{ zh: '全民健身', en: 'national fitness', accept: ['fitness-for-all'] },
	{ zh: '代表联络站', en: 'deputy liaison station', accept: [] },
];
const options: CheckOptions = {
	terms,
	numberExceptions: [{ unit: '2031/a/p2', number: '1.2', reason: '1.2万 is 12,000' }],
	spelling: { words: { programme: 'program' }, ise: ['organ'] },
};

const zhPage = (body: string, year = 2031, slug = 'a') =>
	`---\ntitle: 标题\nyear: ${year}\nlang: zh\nslug: ${slug}\nkind: committee\norder: 1\narticle:\n  title: 文章\n  subtitle: ——副题\neditorial: []\n---\n\n${body}`;
const enPage = (body: string, year = 2031, slug = 'a') =>
	`---\ntitle: Title\nyear: ${year}\nlang: en\nslug: ${slug}\narticle:\n  title: Article\n  subtitle: — Subtitle\ntranslationOf:\n  sha256: ${'0'.repeat(64)}\n---\n\n${body}`;
const ZH = '开展五年立法规划3件。\n\n建成代表联络站1.2万个<Join n="1" />，全民健身。\n';

/** One report from a Chinese and an English body (the English page counts as translated throughout). */
function report(en: string, zh = ZH, year = 2031, slug = 'a') {
	const pages = pairPages(
		new Map([
			[`${year}/zh/${slug}.mdx`, zhPage(zh, year, slug)],
			[`${year}/en/${slug}.mdx`, enPage(en, year, slug)],
		])
	);
	// Record the current Chinese hash: a page without per-paragraph hashes then counts as translated throughout.
	const page = pages[0]!;
	(page.en!.frontmatter['translationOf'] as { sha256: string }).sha256 = hashBody(page.zhBody);
	return page;
}

const rules = (en: string, zh?: string) =>
	checkPage(report(en, zh), options).map((i) => `${i.rule} ${i.unit ?? ''}`.trim());
const GOOD =
	'It implemented its five-year legislative plan with 3 items.\n\nIt built 12,000 deputy liaison stations<Join n="1" /> and national fitness.\n';

describe('checkPage', () => {
	it('passes a faithful translation', () => {
		expect(checkPage(report(GOOD), options)).toEqual([]);
	});

	it('finds a missing paragraph (alignment)', () => {
		expect(rules('It implemented its five-year legislative plan with 3 items.\n')).toEqual([
			'alignment',
		]);
	});

	it('finds a mark missing from its paragraph', () => {
		expect(rules(GOOD.replace('<Join n="1" />', ''))).toEqual(['marks 2031/a/p2']);
	});

	it('finds an Arabic number of the Chinese missing from the English, exceptions aside', () => {
		expect(rules(GOOD.replace('3 items', 'three items'))).toEqual(['numbers 2031/a/p1']);
		expect(numbersIn('１２０人，12,000')).toEqual(['120', '12000']);
	});

	it('finds a glossary term not rendered as the glossary says', () => {
		expect(
			rules(GOOD.replace('five-year legislative plan', 'Five-Year Legislative Program'))
		).toEqual(['glossary 2031/a/p1']);
	});

	it('finds Han characters left outside a parenthesised original term', () => {
		expect(rules(GOOD.replace('national fitness', 'national fitness (全民健身)'))).toEqual([]);
		expect(rules(GOOD.replace('with 3 items', 'with 3 items 件'))).toEqual(['han 2031/a/p1']);
		const untitled = report(GOOD);
		untitled.en!.frontmatter['title'] = '标题';
		expect(checkPage(untitled, options).map((i) => i.message)).toEqual([
			'the title is still in Chinese: 标题',
		]);
	});

	it('finds British spelling', () => {
		expect(rules(GOOD.replace('implemented', 'organised'))).toEqual(['spelling 2031/a/p1']);
	});
});

describe('numbersIn', () => {
	it('folds full-width digits and drops thousands separators', () => {
		expect(numbersIn('共3件，１２０人，12,000 people, 1.5%')).toEqual(['3', '120', '12000', '1.5']);
	});
});

describe('britishWords', () => {
	it('finds listed words and the -ise family of listed stems, whole words only', () => {
		expect(
			britishWords(
				'We organised a Programme; organisms are fine, so is organized.',
				options.spelling
			)
		).toEqual([
			['organised', 'organized'],
			['Programme', 'program'],
		]);
	});
});

describe('foldInflection', () => {
	it('counts plurals as one rendering', () => {
		expect(foldInflection('Deputy Liaison Stations')).toBe(
			foldInflection('deputy liaison station')
		);
		expect(foldInflection('fitness-for-all')).not.toBe(foldInflection('national fitness'));
	});
});

describe('checkConsistency', () => {
	it('finds one Chinese term rendered two ways across the archive', () => {
		const one = report(GOOD, ZH, 2031, 'a');
		const two = report(GOOD.replace('national fitness', 'fitness-for-all'), ZH, 2031, 'b');
		const issues = checkConsistency([one, two], terms);
		expect(issues).toHaveLength(1);
		expect(issues[0]!.message).toBe(
			'全民健身 is rendered 2 ways: “national fitness” (2031/a/p2) and “fitness-for-all” (2031/b/p2)'
		);
		expect(checkConsistency([one, report(GOOD, ZH, 2031, 'b')], terms)).toEqual([]);
	});
});

describe('checkArchive', () => {
	it('reports per page, with pages not yet translated counted, not failed', () => {
		const pages = pairPages(new Map([['2031/zh/a.mdx', zhPage(ZH)]]));
		const result = checkArchive(pages, options, 2031);
		expect(result.pages).toEqual([
			{ page: '2031/a', issues: [], translated: 0, total: 2, english: false },
		]);
		expect(result.issues).toEqual([]);
	});

	it('finds the drift the review found, in the 2022 paragraphs as they were reviewed (tests/fixtures/translations/drift-2022)', () => {
		// The renderings a glossary would prescribe for the issue's drifting terms.
		const drift: GlossaryTerm[] = [
			{ zh: '五年立法规划', en: 'five-year legislative plan', accept: [] },
			{ zh: '法治大同', en: 'law-based Datong', accept: ['rule-of-law Datong'] },
			{ zh: '全民健身', en: 'national fitness', accept: [] },
			{ zh: '人次', en: 'person-times', accept: [] },
		];
		const result = checkArchive(
			readReports(join(ROOT, 'tests', 'fixtures', 'translations', 'drift-2022')),
			{ terms: drift, numberExceptions: [], spelling }
		);
		const found = result.issues.map((i) => `${i.rule} ${i.unit ?? i.page}: ${i.message}`);
		expect(found).toEqual(
			expect.arrayContaining([
				'glossary 2022/legal-affairs/p2: 五年立法规划 is not rendered as “five-year legislative plan”',
				'glossary 2022/social-development/p2: 全民健身 is not rendered as “national fitness”',
				'glossary 2022/standing-committee/p1: 人次 is not rendered as “person-times”',
				'spelling 2022/personnel-deputies/p1: British “totalling”: the archive spells it “totaling”',
				'spelling 2022/personnel-deputies/p1: British “practising”: the archive spells it “practicing”',
				'consistency 2022/legal-affairs: 法治大同 is rendered 2 ways: “law-based Datong” (2022/legal-affairs/p1) and “rule-of-law Datong” (2022/standing-committee/p3)',
			])
		);
		expect(
			result.pages
				.flatMap((p) => p.issues)
				.filter((i) => i.rule === 'alignment' || i.rule === 'han' || i.rule === 'numbers')
		).toEqual([]);
	});
});

describe('npm run translations -- check', () => {
	it('prints a report per page and exits 1 on a problem, 0 without', () => {
		const content = scratchContent('check-');
		copyYear(content, 2022, 2031);
		const clean = runTranslations(content, 'check', '2031');
		expect(clean.status, clean.stdout).toBe(0);
		expect(clean.stdout).toMatch(/2031\/legal-affairs: ok \(no English page\)/);
		const path = join(content, '2022', 'en', 'finance-economics.mdx');
		writeFileSync(
			path,
			readFileSync(path, 'utf8').replace(/^(Since last year, )/m, '$1市人大 organised ')
		);
		const broken = runTranslations(content, 'check', '2022');
		expect(broken.status).toBe(1);
		expect(broken.stdout).toMatch(
			/2022\/finance-economics: \d+ problem\(s\)\n {2}han: 2022\/finance-economics\/p1: Chinese characters outside a parenthesised original: 市人大/
		);
		expect(broken.stdout).toMatch(
			/spelling: 2022\/finance-economics\/p1: British “organised”: the archive spells it “organized”/
		);
	});
});
