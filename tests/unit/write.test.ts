import { describe, expect, it } from 'vitest';
import { stampGeneratedHash, verifyGeneratedHash } from '../../src/lib/content/generated-hash.ts';
import { describePageDifferences } from '../../src/lib/content/page-diff.ts';
import { hashBody } from '../../src/lib/hash.ts';
import type { GeneratedPage } from '../../src/lib/ingest/pipeline.ts';
import { handEditOf, isHandEdited, planWrites } from '../../src/lib/ingest/write.ts';
import { ingestText, MINI } from '../helpers/seeds.ts';

const pages = (): GeneratedPage[] => ingestText(MINI).pages;

/** A page as an older ingest wrote it: the same file, its hash that of the body alone. */
const legacy = (mdx: string) =>
	mdx.replace(/generatedHash: \w+/, `generatedHash: ${hashBody(mdx.split('\n---\n')[1]!)}`);

describe('verifyGeneratedHash', () => {
	it('accepts a page as generated, also with CRLF line endings', () => {
		const { mdx } = pages()[0]!;
		expect(verifyGeneratedHash(mdx).state).toBe('as-generated');
		expect(verifyGeneratedHash(mdx.replace(/\n/g, '\r\n')).state).toBe('as-generated');
	});

	it.each([
		['a body line', (m: string) => m.replace('开篇第一段。', '开篇第一段（改）。')],
		['the title', (m: string) => m.replace(/^title: .*$/m, 'title: 手改的标题')],
		['the spacing of a field', (m: string) => m.replace('year: ', 'year:  ')],
		['a comment in the frontmatter', (m: string) => m.replace('---\n#', '---\n# 手写注释\n#')],
		['a field added', (m: string) => m.replace('\n---\n', '\nreviewed: true\n---\n')],
		['a blank line added at the end', (m: string) => `${m}\n`],
	])('sees an edit to %s', (_, edit) => {
		const { mdx } = pages()[0]!;
		expect(verifyGeneratedHash(edit(mdx))).toMatchObject({ state: 'edited' });
	});

	it('sees a page without frontmatter, without a hash or with two', () => {
		const { mdx } = pages()[0]!;
		expect(verifyGeneratedHash('no frontmatter at all').state).toBe('edited');
		expect(verifyGeneratedHash(mdx.replace(/generatedHash: \w+\n/, '')).state).toBe('edited');
		const twice = mdx.replace(/(generatedHash: \w+\n)/, '$1$1');
		expect(verifyGeneratedHash(twice).state).toBe('edited');
	});

	it('recognises a page written by an older ingest, whose hash covered the body only', () => {
		expect(verifyGeneratedHash(legacy(pages()[0]!.mdx)).state).toBe('body-as-generated');
	});
});

describe('stampGeneratedHash', () => {
	it('refuses a page without exactly one placeholder', () => {
		expect(() => stampGeneratedHash('---\ntitle: x\n---\n')).toThrow('exactly one generatedHash');
	});
});

describe('handEditOf', () => {
	it('is undefined for a page as generated and names why otherwise', () => {
		const { mdx } = pages()[0]!;
		expect(handEditOf(mdx, mdx)).toBeUndefined();
		expect(handEditOf(mdx.replace(/^title: .*$/m, 'title: 改'), mdx)).toBe(
			'it no longer matches its generatedHash'
		);
		expect(isHandEdited(mdx.replace('开篇第一段。', '手改。'))).toBe(true);
	});

	it('lets an older page be updated when its frontmatter is what ingest writes now, and refuses it when not', () => {
		const { mdx } = pages()[0]!;
		expect(handEditOf(legacy(mdx), mdx)).toBeUndefined();
		const titled = legacy(mdx.replace(/^title: .*$/m, 'title: 手改的标题'));
		expect(handEditOf(titled, mdx)).toMatch(/older ingest.*frontmatter differs/);
	});
});

describe('planWrites', () => {
	it('creates missing pages, leaves identical ones and updates generated ones', () => {
		const [a, b] = pages();
		const older = ingestText(MINI.replace('开篇第一段。', '开篇旧段。')).pages[0]!.mdx;
		const actions = planWrites([a!, b!], new Map([[a!.path, older]]), false);
		expect(actions.map((x) => x.kind)).toEqual(['update', 'create']);
		expect(planWrites([b!], new Map([[b!.path, b!.mdx]]), false)[0]!.kind).toBe('unchanged');
	});

	it('refuses a hand-edited page unless forced, naming what differs', () => {
		const [a] = pages();
		const edited = a!.mdx.replace('开篇第一段。', '手改。').replace(/^title: .*$/m, 'title: 改');
		const [refused] = planWrites([a!], new Map([[a!.path, edited]]), false);
		expect(refused!.kind).toBe('hand-edited');
		expect(refused!.handEdit!.differences).toEqual([
			'title',
			expect.stringMatching(/^body line \d+$/),
		]);
		expect(planWrites([a!], new Map([[a!.path, edited]]), true)[0]!.kind).toBe(
			'overwrite-hand-edited'
		);
	});

	it('never plans an English page', () => {
		const [a] = pages();
		expect(() =>
			planWrites([{ ...a!, path: '2031/en/standing-committee.mdx' }], new Map(), true)
		).toThrow('ingest may only write Chinese pages');
	});
});

describe('describePageDifferences', () => {
	const page = '---\n# comment\ntitle: a\nsource:\n  file: x\n  lines: [1, 2]\n---\n\none\n\ntwo\n';
	it('names fields, nested fields, added and removed ones, and body lines of the file', () => {
		const other = page
			.replace('title: a', 'title: b')
			.replace('[1, 2]', '[1, 3]')
			.replace('\n---\n\none', '\nextra: 1\n---\n\none')
			.replace('two', 'TWO');
		expect(describePageDifferences(other, page)).toEqual([
			'title',
			'source.lines',
			'extra (added)',
			'body line 12',
		]);
	});

	it('names comments or formatting when no value differs', () => {
		expect(describePageDifferences(page.replace('# comment\n', ''), page)).toEqual([
			'comments or formatting of the frontmatter',
		]);
	});
});
