/**
 * The per-paragraph notices of an English page (src/lib/rehype-translation-status.ts):
 * a paragraph imported for review and not confirmed yet says so.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import { hashBody } from '../../src/lib/hash.ts';
import { rehypeTranslationStatus } from '../../src/lib/rehype-translation-status.ts';
import { hashUnit, parseBody, blockInlines } from '../../src/lib/content/page-units.ts';
import { select, textOf } from '../helpers/html.ts';

const ZH_BODY = '第一段。\n\n## 标题\n\n第二段。\n';

function page(needsReview: string[] | undefined): Root {
	const dir = mkdtempSync(join(tmpdir(), 'notice-'));
	mkdirSync(join(dir, '2031', 'zh'), { recursive: true });
	writeFileSync(join(dir, '2031', 'zh', 'a.mdx'), `---\ntitle: 标题\n---\n\n${ZH_BODY}`);
	const blocks = parseBody(ZH_BODY);
	const hashes = (type: string) =>
		blocks.filter((b) => b.type === type).map((b) => hashUnit(blockInlines(b)));
	const p = (id: string, text: string): Element => ({
		type: 'element',
		tagName: 'p',
		properties: { id },
		children: [{ type: 'text', value: text }],
	});
	const tree: Root = {
		type: 'root',
		children: [
			p('p1', 'First.'),
			{ type: 'element', tagName: 'h2', properties: { id: 's1' }, children: [] },
			p('p2', 'Second.'),
		],
	};
	const frontmatter = {
		translationOf: {
			sha256: hashBody(ZH_BODY),
			paragraphs: hashes('paragraph'),
			headings: hashes('heading'),
		},
		...(needsReview && { needsReview }),
	};
	rehypeTranslationStatus()(tree, {
		path: join(dir, '2031', 'en', 'a.mdx'),
		data: { astro: { frontmatter } },
	});
	return tree;
}

describe('rehypeTranslationStatus', () => {
	it('marks a paragraph and a heading recorded as needing review, with a notice on the paragraph', () => {
		const tree = page(['h1', 'p2']);
		expect(select(tree, '[data-paragraph-translation="review"]').map((e) => e.tagName)).toEqual([
			'h2',
			'p',
		]);
		expect(select(tree, '#p2 .para-notice').map(textOf)).toEqual([
			en['translation.paragraphReview'],
		]);
		expect(select(tree, '#p1 [data-paragraph-notice], #p1[data-paragraph-translation]')).toEqual(
			[]
		);
	});

	it('says nothing on a page with nothing to review', () => {
		expect(select(page(undefined), '[data-paragraph-translation], .para-notice')).toEqual([]);
	});
});
