import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	firstDifference,
	readersDisagree,
	readFrontmatterAsBuild,
	stringifyFrontmatter,
} from '../../src/lib/content/frontmatter-yaml.ts';
import { validatePage } from '../../src/lib/content/validate-page.ts';
import { ingestText, MINI } from '../helpers/seeds.ts';
import { ROOT } from '../helpers/site.ts';

/** Every committed page, by path: the archive as it is. */
const committed = () =>
	readdirSync(join(ROOT, 'content'))
		.filter((year) => /^\d{4}$/.test(year))
		.flatMap((year) =>
			['zh', 'en'].flatMap((lang) => {
				const dir = join(ROOT, 'content', year, lang);
				try {
					return readdirSync(dir).map((name) => join(dir, name));
				} catch {
					return [];
				}
			})
		);

describe('stringifyFrontmatter', () => {
	it.each(['2022-12-31', '2022-12-31T10:00:00Z', '2031-1-1 10:00:00'])(
		'quotes %s, which the build would read as a date',
		(value) => {
			const yaml = stringifyFrontmatter({ byline: value });
			expect(yaml).toBe(`byline: "${value}"\n`);
			expect(readFrontmatterAsBuild(`---\n${yaml}---\n`)['byline']).toBe(value);
		}
	);

	it('writes what both readers read alike as the yaml package would', () => {
		expect(stringifyFrontmatter({ title: '市人大法制委', n: 3, list: ['a', 'yes'] })).toBe(
			'title: 市人大法制委\nn: 3\nlist:\n  - a\n  - yes\n'
		);
	});
});

describe('readersDisagree and firstDifference', () => {
	it('finds where the build reads a value otherwise than the writer meant', () => {
		expect(readersDisagree('---\nbyline: 2022-12-31\n---\n', 'byline: 2022-12-31')).toBe(
			'byline: "2022-12-31" against a date (2022-12-31T00:00:00.000Z)'
		);
		expect(readersDisagree('---\nbyline: "2022-12-31"\n---\n', 'byline: "2022-12-31"')).toBe(
			undefined
		);
		expect(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe('a.1.b: 2 against 3');
	});
});

describe('validatePage', () => {
	const page = ingestText(MINI).pages[0]!.mdx;

	it('passes every committed page and every page ingest generates', () => {
		for (const file of committed())
			expect(validatePage(file, readFileSync(file, 'utf8'))).toEqual([]);
		for (const generated of ingestText(MINI).pages)
			expect(validatePage(generated.path, generated.mdx)).toEqual([]);
	});

	it('refuses a field the schema does not know, naming file and field', () => {
		expect(validatePage('p.mdx', page.replace('\nlang: zh\n', '\nlang: zh\nextra: 1\n'))).toEqual([
			expect.stringMatching(/^p\.mdx: \(root\): Unrecognized key: "extra"/),
		]);
	});

	it('refuses frontmatter the build cannot read, with its line', () => {
		expect(validatePage('p.mdx', page.replace('\nlang: zh\n', '\nlang: [zh\n'))[0]).toMatch(
			/^p\.mdx:\d+: the build cannot read the frontmatter: /
		);
	});

	it.each([
		['an expression', '{1 + 1}', /p\.mdx:\d+: mdxFlowExpression is not part of a report page/],
		['an import', 'import x from "y"', /p\.mdx:\d+: mdxjsEsm is not part of a report page/],
		['another component', '<Script />', /p\.mdx:\d+: <Script> is not part of a report page/],
		['emphasis', 'a *b* c', /p\.mdx:\d+: emphasis is not part of a report page/],
		['a mark with more attributes', '<Join n="1" x="2" />', /<Join> is not part of a report page/],
		['a level-1 heading', '# 标题', /a level-1 heading; report pages use ## only/],
		['a control character', 'a\u0001b', /p\.mdx:\d+: U\+0001 \(a control character/],
		['a bidi override', 'a\u202Eb', /p\.mdx:\d+: U\+202E RIGHT-TO-LEFT OVERRIDE/],
		['U+FFFF', 'a\uFFFFb', /U\+FFFF \(a noncharacter/],
		['broken MDX', 'a <b', /p\.mdx:\d+: MDX cannot parse the body/],
	])('refuses %s in the body, naming file and line', (_, text, message) => {
		const problems = validatePage('p.mdx', `${page}\n${text}\n`);
		expect(problems).toEqual([expect.stringMatching(message)]);
		const line = Number(/^p\.mdx:(\d+):/.exec(problems[0]!)?.[1]);
		if (line) expect(`${page}\n${text}\n`.split('\n')[line - 1]).toContain(text.slice(0, 1));
	});

	it('refuses a refused character in a frontmatter field, naming the field', () => {
		expect(validatePage('p.mdx', page.replace(/^title: (.*)$/m, 'title: "$1\\u202E"'))).toEqual([
			expect.stringMatching(/^p\.mdx: title: U\+202E RIGHT-TO-LEFT OVERRIDE .* at column \d+$/),
		]);
	});
});
