/**
 * The rules of `translations check`, each on a small fixture page that breaks
 * it (and a clean one that passes), plus the command's report and exit code.
 */
import { describe, expect, it } from 'vitest';
import { COMMITTEE_TERMS, type GlossaryTerm } from '../../src/lib/glossary.ts';
import { createTermList, TERM_LIST } from '../../src/lib/content/term-list.ts';
import { DOCUMENTS } from '../../src/lib/content/documents.ts';
import {
	archiveCheckOptions,
	britishWords,
	checkArchive,
	checkConsistency,
	checkPage,
	type CheckOptions,
	type CheckRule,
	foldInflection,
	numbersIn,
	RULES,
} from '../../src/lib/translations/check.ts';
import { doubledWordsIn } from '../../src/lib/translations/check/rules/doubled-words.ts';
import { lostClosingPunctuation } from '../../src/lib/translations/check/rules/closing-punctuation.ts';
import { phrasePattern } from '../../src/lib/translations/check/rules/banned-phrases.ts';
import { formatTermsReport, termsReport } from '../../src/lib/translations/terms-report.ts';
import { pairPages } from '../../src/lib/content/report-pages.ts';
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

/** One rule's fixtures: a Chinese paragraph, English that passes every rule, English that breaks this one. */
interface RuleCase {
	zh: string;
	good: string;
	bad: string;
	/** What the check reports on `bad`: `<rule> <unit>: <message>`. */
	found: string[];
	options?: Partial<CheckOptions>;
}

const CIVILIZED = {
	zh: '大同市文明行为条例',
	en: 'Regulations of Datong Municipality on Civilized Behavior',
};

/** The new rules' fixtures (the rules of the original check have theirs in `checkPage` above). */
const CASES: Partial<Record<CheckRule, RuleCase>> = {
	committees: {
		zh: '市人大法制委审议法规2件。\n',
		good: 'The Legal Affairs Committee deliberated 2 regulations.\n',
		bad: 'The Legislative Affairs Committee deliberated 2 regulations.\n',
		found: ['committees 2031/a/p1: 市人大法制委 is not rendered as “Legal Affairs Committee”'],
		options: { terms: COMMITTEE_TERMS },
	},
	documents: {
		zh: '对《大同市文明行为条例》实施情况进行执法检查，检查文明行为条例实施情况。\n\n宣传《山西省动物防疫条例》。\n',
		good: 'It inspected the implementation of the “Regulations of Datong Municipality on Civilized Behavior”, and of the Regulations of Datong Municipality on Civilized Behavior.\n\nIt publicized the Regulations of Shanxi Province on Animal Epidemic Prevention.\n',
		bad: 'It inspected the implementation of the “regulations of Datong Municipality on civilized behavior”, and of the regulations on civilized behavior.\n\nIt publicized the Regulations of Shanxi Province on Animal Epidemic Prevention.\n',
		found: [
			'documents 2031/a/p1: 《大同市文明行为条例》 is not rendered as “Regulations of Datong Municipality on Civilized Behavior” (src/data/documents.json)',
			'documents 2031/a/p1: 文明行为条例 (《大同市文明行为条例》 without its issuer) is not rendered as “Regulations of Datong Municipality on Civilized Behavior” (src/data/documents.json)',
		],
		options: {
			documents: [
				CIVILIZED,
				{
					zh: '山西省动物防疫条例',
					en: 'Regulations of Shanxi Province on Animal Epidemic Prevention',
				},
			],
		},
	},
	'doubled-words': {
		zh: '会议召开2次。\n',
		good: 'The meeting was held 2 times.\n',
		bad: 'The the meeting was held 2 times.\n',
		found: ['doubled-words 2031/a/p1: doubled word: “The the”'],
	},
	'closing-punctuation': {
		zh: '会议召开2次。\n\n主要做法：\n',
		good: 'The meeting was held 2 times.\n\nThe main practices\n',
		bad: 'The meeting was held 2 times\n\nThe main practices\n',
		found: [
			'closing-punctuation 2031/a/p1: the Chinese ends with “。” but the English does not end a sentence: …The meeting was held 2 times',
		],
	},
	quotes: {
		zh: '推进“双减”工作。\n\n实现“六新”突破。\n\n开展“六治”行动。\n',
		good: 'It advanced the “double reduction” work.\n\nIt achieved the “six new” breakthroughs.\n\nIt carried out the “six rectifications”.\n',
		bad: 'It advanced the "double reduction" work.\n\nIt achieved the “six new” breakthroughs.\n\nIt carried out the “six rectifications”.\n',
		found: [
			'quotes 2031/a/p1: straight (" \') quotation marks or apostrophes in 2031/a/p1, curly (“ ” ‘ ’) in 2 other unit(s) of the page: use one kind',
		],
	},
	'banned-phrases': {
		zh: '画出最大同心圆。\n',
		good: 'It built the broadest possible consensus, not the largest possible concentric circles.\n',
		bad: 'It drew The Largest  possible concentric circle.\n',
		found: [
			'banned-phrases 2031/a/p1: “the largest possible concentric circle” (calque of 画出最大同心圆): write “the broadest possible consensus” or rephrase',
		],
		options: {
			bannedPhrases: [
				{
					phrase: 'the largest possible concentric circle',
					prefer: 'the broadest possible consensus',
					reason: 'calque of 画出最大同心圆',
				},
			],
		},
	},
	invisible: {
		zh: '会议召开2次。\n',
		good: 'The meeting was held 2 times.\n',
		bad: 'The meet\u200Bing was held 2 times.\n',
		found: [
			'invisible 2031/a/p1: U+200B ZERO WIDTH SPACE (an invisible character: a reader cannot see it, and search does not find a word it splits) at character 9',
		],
	},
};

describe('each rule of translations check, on a fixture it catches and one it passes', () => {
	const run = (en: string, ruleCase: RuleCase) => {
		const documents = ruleCase.options?.documents ?? [];
		const all: CheckOptions = {
			...options,
			terms: createTermList(terms, [], documents),
			...ruleCase.options,
		};
		if (ruleCase.options?.terms) all.terms = ruleCase.options.terms;
		return checkPage(report(en, ruleCase.zh), all).map(
			(i) => `${i.rule} ${i.unit ?? i.page}: ${i.message}`
		);
	};

	it('has fixtures for every rule', () => {
		const original: CheckRule[] = [
			'alignment',
			'marks',
			'numbers',
			'glossary',
			'han',
			'spelling',
			'consistency',
		];
		expect(
			RULES.map((r) => r.name)
				.filter((name) => !original.includes(name))
				.sort()
		).toEqual(Object.keys(CASES).sort());
	});

	it.each(Object.entries(CASES))('%s', (_, ruleCase) => {
		expect(run(ruleCase.good, ruleCase)).toEqual([]);
		expect(run(ruleCase.bad, ruleCase)).toEqual(ruleCase.found);
	});

	it('documents: names a 《》 title missing from documents.json and the entry to add', () => {
		const ruleCase = CASES.documents!;
		expect(run(ruleCase.good, { ...ruleCase, options: { documents: [CIVILIZED] } })).toEqual([
			'documents 2031/a/p2: 《山西省动物防疫条例》 is not in src/data/documents.json: add { "zh": "山西省动物防疫条例", "en": "…" } with its English title',
		]);
	});

	it('glossary: the English of a longer term does not count for a shorter term inside it', () => {
		const ethnic: GlossaryTerm[] = [
			{ zh: '中央民族工作会议', en: 'Central Conference on Ethnic Affairs', accept: [] },
			{ zh: '民族工作', en: 'ethnic affairs', accept: [] },
		];
		const zh = '贯彻中央民族工作会议精神，加强民族工作。\n';
		const check = (en: string) =>
			checkPage(report(en, zh), { ...options, terms: ethnic }).map((i) => i.message);
		expect(
			check('It implemented the Central Conference on Ethnic Affairs and ethnic affairs.\n')
		).toEqual([]);
		expect(
			check('It implemented the Central Conference on Ethnic Affairs and ethnic work.\n')
		).toEqual(['民族工作 is not rendered as “ethnic affairs”']);
	});

	it('glossary: reads quotation marks through, in Chinese and English, and wants whole words', () => {
		const farm: GlossaryTerm[] = [
			{ zh: '三农工作', en: 'work related to agriculture, rural areas and farmers', accept: [] },
			{ zh: '代表议案', en: 'bill', accept: [] },
		];
		const zh = '围绕“三农”工作，办理代表议案2件。\n';
		const check = (en: string) =>
			checkPage(report(en, zh), { ...options, terms: farm }).map((i) => i.message);
		expect(
			check('On work related to “agriculture, rural areas and farmers”, it handled 2 bills.\n')
		).toEqual([]);
		expect(
			check('On work relating to “agriculture, rural areas and farmers”, it handled 2 billion.\n')
		).toEqual([
			'三农工作 is not rendered as “work related to agriculture, rural areas and farmers”',
			'代表议案 is not rendered as “bill”',
		]);
	});
});

describe('doubledWordsIn', () => {
	it('finds a word repeated back to back in any case, but not numbers or parts of words', () => {
		expect(doubledWordsIn('the The plan; 2 2 items; this is isolated; had had')).toEqual([
			'the The',
			'had had',
		]);
	});
});

describe('lostClosingPunctuation', () => {
	it('wants a sentence end in English where the Chinese ends one, before closing quotes', () => {
		expect(lostClosingPunctuation('会议召开。', 'The meeting was held')).toBe(true);
		expect(lostClosingPunctuation('作出贡献。”', 'It contributed.”')).toBe(false);
		expect(lostClosingPunctuation('“大同蓝”。', 'creating “Datong blue”.')).toBe(false);
		expect(lostClosingPunctuation('主要做法：', 'The main practices')).toBe(false);
	});
});

describe('phrasePattern', () => {
	it('matches the whole phrase in any case, spacing and apostrophe', () => {
		expect(phrasePattern('difficult parking').test('such as Difficult\nparking.')).toBe(true);
		expect(phrasePattern('difficult parking').test('difficult parkings')).toBe(false);
		expect(phrasePattern('people’s minds').test("the people's minds")).toBe(true);
	});
});

const REVIEW = join(ROOT, 'tests', 'fixtures', 'translations', 'drift-2022-review');
/** The Chinese terms whose English drifted across the 2022 pages when issue 19's review read them. */
const REVIEW_DRIFT = [
	'文明行为条例',
	'农业生产托管服务条例',
	'民族工作',
	'代表工作',
	'三农工作',
	'教科文卫',
	'认真',
];

describe('the drift of issue 19’s review (tests/fixtures/translations/drift-2022-review)', () => {
	const reports = readReports(REVIEW);

	it('is found by the archive’s own check (its term list, documents and banned phrases), term by term', () => {
		const result = checkArchive(reports, archiveCheckOptions());
		const messages = result.issues.map((i) => i.message);
		for (const term of REVIEW_DRIFT)
			expect(
				messages.filter((m) => m.startsWith(term)),
				`no issue names ${term}:\n${messages.join('\n')}`
			).not.toEqual([]);
	});

	it('is found with the forms the review implies, each in the units that drift', () => {
		const issues = checkArchive(reports, {
			terms: createTermList(
				[
					{ zh: '民族工作', en: 'ethnic affairs', accept: [] },
					{ zh: '中央民族工作会议', en: 'Central Conference on Ethnic Affairs', accept: [] },
					{ zh: '代表工作', en: 'work related to deputies', accept: [] },
					{
						zh: '三农工作',
						en: 'work related to agriculture, rural areas and farmers',
						accept: [],
					},
					{ zh: '教科文卫', en: 'education, science, culture and public health', accept: [] },
					{ zh: '认真', en: 'conscientiously', accept: [] },
				],
				COMMITTEE_TERMS,
				DOCUMENTS
			),
			documents: DOCUMENTS,
			numberExceptions: [],
			spelling,
		}).issues.map((i) => `${i.rule} ${i.unit}: ${i.message.split(/ is not| \(/)[0]}`);
		expect(issues).toEqual(
			expect.arrayContaining([
				'glossary 2022/standing-committee/p1: 认真',
				'documents 2022/standing-committee/p2: 文明行为条例',
				'documents 2022/standing-committee/p3: 农业生产托管服务条例',
				'glossary 2022/standing-committee/p4: 代表工作',
				'glossary 2022/standing-committee/p5: 认真',
				'glossary 2022/social-development/p1: 认真',
				'glossary 2022/education-science-culture-health/p1: 教科文卫',
				'glossary 2022/agriculture-rural-affairs/p1: 三农工作',
				'glossary 2022/ethnic-religious-overseas-affairs/p2: 民族工作',
				'glossary 2022/personnel-deputies/p1: 代表工作',
			])
		);
	});
});

describe('termsReport', () => {
	it('lists every form each term got and where, drift first', () => {
		const entries = termsReport(readReports(REVIEW), TERM_LIST, DOCUMENTS);
		const drift = entries.filter((e) => e.drift).map((e) => e.term.zh);
		expect(drift).toEqual(expect.arrayContaining(REVIEW_DRIFT));
		expect(entries.findIndex((e) => !e.drift)).toBe(drift.length);
		const deputies = entries.find((e) => e.term.zh === '代表工作')!;
		expect(deputies.forms.flatMap((f) => f.units)).toContain('2022/standing-committee/h1');
		expect(deputies.missing).toEqual(['2022/standing-committee/p4', '2022/personnel-deputies/p1']);
	});

	it('counts two forms that are not inflections of each other as drift, and plurals as one form', () => {
		const fitness: GlossaryTerm[] = [
			{ zh: '全民健身', en: 'national fitness', accept: ['fitness-for-all'] },
			{ zh: '代表联络站', en: 'deputy liaison station', accept: [] },
		];
		const two = [
			report(GOOD, ZH, 2031, 'a'),
			report(
				GOOD.replace('national fitness', 'fitness-for-all').replace('stations', 'station'),
				ZH,
				2031,
				'b'
			),
		];
		const entries = termsReport(two, fitness, []);
		expect(
			entries.map((e) => [
				e.term.zh,
				e.drift,
				e.forms.map((f) => `${f.text}: ${f.units.join(' ')}`),
			])
		).toEqual([
			['全民健身', true, ['national fitness: 2031/a/p2', 'fitness-for-all: 2031/b/p2']],
			[
				'代表联络站',
				false,
				['deputy liaison stations: 2031/a/p2', 'deputy liaison station: 2031/b/p2'],
			],
		]);
		expect(formatTermsReport(entries)).toBe(
			[
				'2 term(s) of the term list in the translation; 1 with more than one form or none (drift, listed first)',
				'',
				'DRIFT 全民健身 (glossary) → “national fitness” (also “fitness-for-all”)',
				'  “national fitness”: 2031/a/p2',
				'  “fitness-for-all”: 2031/b/p2',
				'',
				'代表联络站 (glossary) → “deputy liaison station”',
				'  “deputy liaison stations”: 2031/a/p2',
				'  “deputy liaison station”: 2031/b/p2',
				'',
			].join('\n')
		);
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

describe('npm run translations -- terms', () => {
	it('prints every term with its forms and units, drift first, and exits 0', () => {
		const run = runTranslations(REVIEW, 'terms', '2022');
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout).toMatch(
			/^\d+ term\(s\) of the term list in the translation; \d+ with more than one form or none/m
		);
		expect(run.stdout).toContain(
			'DRIFT 民族工作 (glossary) → “ethnic affairs”\n  “ethnic affairs”: 2022/standing-committee/p2\n  none of its forms: 2022/ethnic-religious-overseas-affairs/p2'
		);
		expect(run.stdout.indexOf('DRIFT')).toBeLessThan(
			run.stdout.search(/\n[^D\s][^\n]* \((glossary|committee|document)\) →/)
		);
		const wrong = runTranslations(REVIEW, 'terms', '1999');
		expect(wrong.status).toBe(1);
		expect(wrong.stderr).toContain('terms: no year 1999 in');
	});
});
