/**
 * The English translations: complete (every Chinese page has one), aligned
 * (same blocks, same paragraphs, same editorial marks in the same paragraphs),
 * in English (Chinese only in a parenthesised original term), current (they
 * record the hash of the Chinese body they translate) and consistent (every
 * glossary term of a Chinese paragraph is rendered as the glossary says in the
 * aligned English paragraph).
 */
import { describe, expect, it } from 'vitest';
import { rendersTerm, termsIn } from '../../src/lib/glossary.ts';
import { hashBody } from '../../src/lib/hash.ts';
import { EnReportSchema } from '../../src/lib/schemas.ts';
import { contentPairs } from '../helpers/content.ts';

const pairs = contentPairs();

describe.each(pairs.map((pair) => [`${pair.zh.year}/${pair.zh.slug}`, pair] as const))('the English page of %s', (_, { zh, en }) => {
	it('exists and validates against the schema', () => {
		expect(en, `content/${zh.year}/en/${zh.slug}.mdx is missing`).toBeDefined();
		expect(EnReportSchema.safeParse(en!.frontmatter).error?.issues ?? []).toEqual([]);
		expect(en!.frontmatter['slug']).toBe(zh.slug);
		expect(en!.frontmatter['year']).toBe(zh.year);
	});

	it('has the same blocks as the Chinese page: paragraphs, headings and marks, in order', () => {
		expect(en!.blocks.map((b) => b.kind)).toEqual(zh.blocks.map((b) => b.kind));
		expect(en!.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(zh.blocks.filter((b) => b.kind === 'paragraph').length);
		expect(en!.blocks.map((b) => b.marks)).toEqual(zh.blocks.map((b) => b.marks));
	});

	it('is in English: no Chinese character outside a parenthesised original term', () => {
		const stray = en!.blocks.flatMap((b, i) => (b.text.replace(/（[^）]*）|\([^)]*\)/g, '').match(/\p{Script=Han}+/gu) ?? []).map((s) => `block ${i + 1}: ${s}`));
		expect(stray).toEqual([]);
		for (const field of ['title', 'byline', 'credit'] as const) {
			expect(JSON.stringify(en!.frontmatter[field] ?? '')).not.toMatch(/\p{Script=Han}/u);
		}
	});

	it('records the hash of the current Chinese body (it is not outdated)', () => {
		expect((en!.frontmatter['translationOf'] as { sha256: string }).sha256).toBe(hashBody(zh.body));
	});

	it('renders every glossary term with the glossary’s English in the aligned paragraph', () => {
		const missing: string[] = [];
		zh.blocks.forEach((block, i) => {
			for (const term of termsIn(block.text)) {
				if (!rendersTerm(en!.blocks[i]?.text ?? '', term)) missing.push(`block ${i + 1}: ${term.zh} → ${term.en}`);
			}
		});
		expect(missing).toEqual([]);
	});
});

describe('the translations together', () => {
	it('translate the title, subtitle, byline and credit of one article identically on all its pages', () => {
		const byArticle = new Map<string, Set<string>>();
		for (const { zh, en } of pairs) {
			const key = `${zh.year} ${(zh.frontmatter['article'] as { title: string }).title}`;
			const set = byArticle.get(key) ?? new Set<string>();
			set.add(JSON.stringify([en?.frontmatter['article'], en?.frontmatter['byline'], en?.frontmatter['credit']]));
			byArticle.set(key, set);
		}
		for (const [article, versions] of byArticle) expect([...versions], article).toHaveLength(1);
	});
});
