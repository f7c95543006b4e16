/**
 * The per-paragraph translation status of an English page
 * (src/lib/rehype-translation-status.ts), run as the site runs it: after the
 * paragraph anchors, through unified, on small English pages whose Chinese
 * page is written beside them on disk.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import { hashBody } from '../../src/lib/hash.ts';
import { rehypeReportAnchors } from '../../src/lib/rehype-report-anchors.ts';
import { rehypeTranslationStatus } from '../../src/lib/rehype-translation-status.ts';
import { blockInlines, hashUnit, parseBody } from '../../src/lib/content/page-units.ts';
import { select, textOf } from '../helpers/html.ts';

/** Four paragraphs under two headings, as ingest writes a Chinese body. */
const ZH_BODY = '第一段。\n\n## 第一节\n\n第二段。\n\n第三段。\n\n## 第二节\n\n第四段。\n';

/** The English page: paragraph 2 and heading 2 still hold the Chinese (not translated yet). */
const EN_HTML =
	'<p>First.</p><h2>Section one</h2><p>第二段。</p><p>Third.</p><h2>第二节</h2><p>Fourth.</p>';

/** The hashes an English page records of each Chinese paragraph or heading it translates. */
function hashesOf(body: string, type: 'paragraph' | 'heading'): string[] {
	return parseBody(body)
		.filter((b) => b.type === type)
		.map((b) => hashUnit(blockInlines(b)));
}

/** What `translationOf` records for ZH_BODY, with `null` where a unit is not translated. */
function translationOf(untranslated: { p?: number[]; h?: number[] } = {}) {
	const recorded = (type: 'paragraph' | 'heading', skip: number[] = []) =>
		hashesOf(ZH_BODY, type).map((hash, i) => (skip.includes(i + 1) ? null : hash));
	return {
		sha256: hashBody(ZH_BODY),
		paragraphs: recorded('paragraph', untranslated.p),
		headings: recorded('heading', untranslated.h),
	};
}

interface Page {
	/** The Chinese body on disk beside the English page (ZH_BODY unless given); none when null. */
	zhBody?: string | null;
	/** The frontmatter Astro hands the plugin; when undefined, the plugin reads the file. */
	frontmatter?: Record<string, unknown> | undefined;
	/** The English file's text on disk (frontmatter and body); none when undefined. */
	enFile?: string;
	lang?: 'en' | 'zh';
	html?: string;
}

/** Runs the anchors, then the status plugin, on a page of a fresh content folder. */
function run({ zhBody = ZH_BODY, frontmatter, enFile, lang = 'en', html = EN_HTML }: Page): Root {
	const dir = mkdtempSync(join(tmpdir(), 'translation-status-'));
	for (const l of ['zh', 'en']) mkdirSync(join(dir, '2031', l), { recursive: true });
	if (zhBody !== null)
		writeFileSync(join(dir, '2031', 'zh', 'a.mdx'), `---\ntitle: 标题\n---\n\n${zhBody}`);
	if (enFile !== undefined) writeFileSync(join(dir, '2031', 'en', 'a.mdx'), enFile);
	// The plugins change the tree in place, as Astro's pipeline runs them.
	const tree = fromHtml(html, { fragment: true });
	unified()
		.use(rehypeReportAnchors)
		.use(rehypeTranslationStatus)
		.runSync(tree, {
			path: join(dir, '2031', lang, 'a.mdx'),
			data: frontmatter ? { astro: { frontmatter } } : {},
		});
	return tree;
}

/** The status each paragraph and heading shows: `id:status`, and `-` for none. */
function statuses(tree: Root): string[] {
	return select(tree, 'p, h2').map(
		(e) =>
			`${String(e.properties['id'])}:${String(e.properties['dataParagraphTranslation'] ?? '-')}`
	);
}

/** The notices of a tree, as `paragraph id: kind`. */
function notices(tree: Root): string[] {
	return select(tree, 'p').flatMap((p) =>
		selectAll('[data-paragraph-notice]', p).map(
			(n) => `${String(p.properties['id'])}: ${String(n.properties['dataParagraphNotice'])}`
		)
	);
}

const notice = (tree: Root, id: string): Element => select(tree, `#${id} .para-notice`)[0]!;

/** The classes of a paragraph's first two children: its number, then its notice if it has one. */
const opening = (tree: Root, id: string): unknown[] =>
	select(tree, `#${id}`)[0]!
		.children.slice(0, 2)
		.map((c) => (c.type === 'element' ? c.properties['className'] : c.type));

describe('rehypeTranslationStatus: a paragraph not translated yet', () => {
	const tree = run({ frontmatter: { translationOf: translationOf({ p: [2], h: [2] }) } });

	it('shows the Chinese in Chinese: lang="zh-Hans" on the paragraph and on the heading', () => {
		expect(select(tree, '[lang="zh-Hans"]').map((e) => e.properties['id'])).toEqual(['p2', 's2']);
		expect(statuses(tree)).toEqual([
			'p1:-',
			's1:-',
			'p2:untranslated',
			'p3:-',
			's2:untranslated',
			'p4:-',
		]);
	});

	it('says so in English right after the paragraph number, and only on the paragraph', () => {
		expect(opening(tree, 'p2')).toEqual([['pn'], ['para-notice']]);
		expect(textOf(notice(tree, 'p2'))).toBe(en['translation.paragraphMissing']);
		expect(notice(tree, 'p2').properties['lang']).toBe('en');
		expect(notices(tree)).toEqual(['p2: untranslated']);
		expect(select(tree, 'h2 .para-notice')).toEqual([]);
	});

	it('keeps the Chinese paragraph, its notice and the heading out of the English search index', () => {
		for (const id of ['p2', 's2'])
			expect(select(tree, `#${id}`)[0]!.properties, id).toHaveProperty('dataPagefindIgnore');
		expect(notice(tree, 'p2').properties).toHaveProperty('dataPagefindIgnore');
		expect(
			select(tree, '#p1, #p3, #p4, #s1').map((e) => 'dataPagefindIgnore' in e.properties)
		).toEqual([false, false, false, false]);
	});

	it('keeps every anchor and number the anchors plugin gave', () => {
		expect(select(tree, '[id]').map((e) => e.properties['id'])).toEqual([
			'p1',
			's1',
			'p2',
			'p3',
			's2',
			'p4',
		]);
		expect(select(tree, 'p > a.pn:first-child').map(textOf)).toEqual(['1', '2', '3', '4']);
	});
});

describe('rehypeTranslationStatus: the Chinese changed since it was translated', () => {
	// The first paragraph and the second heading of the Chinese were edited after the translation.
	const changed = ZH_BODY.replace('第一段。', '第一段，改过了。').replace(
		'第二节',
		'第二节（修订）'
	);
	const tree = run({ zhBody: changed, frontmatter: { translationOf: translationOf() } });

	it('marks exactly the paragraphs and headings whose Chinese changed as outdated', () => {
		expect(statuses(tree)).toEqual(['p1:outdated', 's1:-', 'p2:-', 'p3:-', 's2:outdated', 'p4:-']);
	});

	it('tells the reader of the paragraph, in English, and leaves its language English', () => {
		expect(notices(tree)).toEqual(['p1: outdated']);
		expect(opening(tree, 'p1')).toEqual([['pn'], ['para-notice']]);
		expect(textOf(notice(tree, 'p1'))).toBe(en['translation.paragraphOutdated']);
		expect(select(tree, '[lang="zh-Hans"]')).toEqual([]);
		expect(select(tree, '#p1')[0]!.properties).not.toHaveProperty('dataPagefindIgnore');
	});
});

describe('rehypeTranslationStatus: imported for review and not confirmed', () => {
	function page(needsReview: string[] | undefined): Root {
		return run({
			frontmatter: { translationOf: translationOf(), ...(needsReview && { needsReview }) },
		});
	}

	it('marks a paragraph and a heading recorded as needing review, with a notice on the paragraph', () => {
		const tree = page(['h1', 'p2']);
		expect(select(tree, '[data-paragraph-translation="review"]').map((e) => e.tagName)).toEqual([
			'h2',
			'p',
		]);
		expect(select(tree, '#p2 .para-notice').map(textOf)).toEqual([
			en['translation.paragraphReview'],
		]);
		expect(opening(tree, 'p2')).toEqual([['pn'], ['para-notice']]);
		expect(opening(tree, 'p1')).toEqual([['pn'], 'text']);
		expect(select(tree, '#p1 [data-paragraph-notice], #p1[data-paragraph-translation]')).toEqual(
			[]
		);
	});

	it('says nothing on a page with nothing to review', () => {
		expect(select(page(undefined), '[data-paragraph-translation], .para-notice')).toEqual([]);
	});

	it('says a paragraph is not translated rather than not reviewed when it is both', () => {
		const tree = run({
			frontmatter: { translationOf: translationOf({ p: [2] }), needsReview: ['p2'] },
		});
		expect(notices(tree)).toEqual(['p2: untranslated']);
	});
});

describe('rehypeTranslationStatus: pages it leaves alone', () => {
	const marked = (tree: Root) =>
		select(tree, '[data-paragraph-translation], .para-notice, [lang]').length;

	it('reads the frontmatter from the English file when the pipeline hands it none', () => {
		const tree = run({
			// JSON is YAML: the frontmatter as a flow mapping.
			enFile: `---\ntranslationOf: ${JSON.stringify(translationOf({ p: [3] }))}\n---\n\nThird.\n`,
		});
		expect(statuses(tree)).toContain('p3:untranslated');
		expect(notices(tree)).toEqual(['p3: untranslated']);
	});

	it('leaves a Chinese page alone', () => {
		const tree = run({ lang: 'zh', frontmatter: { translationOf: translationOf({ p: [1] }) } });
		expect(marked(tree)).toBe(0);
	});

	it('leaves an English page alone that records no per-paragraph hashes (it is translated throughout)', () => {
		const tree = run({ frontmatter: { translationOf: { sha256: hashBody(ZH_BODY) } } });
		expect(marked(tree)).toBe(0);
	});

	it('leaves an English page alone that has no Chinese page beside it', () => {
		const tree = run({ zhBody: null, frontmatter: { translationOf: translationOf({ p: [1] }) } });
		expect(marked(tree)).toBe(0);
	});
});
