/**
 * Provenance at ingest, not at build: ingest records each paragraph's source
 * lines in the Chinese page's frontmatter (`source.paragraphs`), and the
 * editions read them from there. On the real content (whatever years it
 * holds): one item per paragraph, every paragraph of the editions with its
 * lines, and the opening words of each recorded line of the seed found in its
 * paragraph.
 * The schema refuses lines outside the page or out of order; a page whose
 * body no longer has as many paragraphs gives no line rather than a wrong one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFrontmatterAsBuild } from '../../src/lib/content/frontmatter-yaml.ts';
import { blockText, toEditionReport } from '../../src/lib/editions/model.ts';
import { decodeSeed } from '../../src/lib/ingest/decode.ts';
import { ReportSchema, type ZhReport } from '../../src/lib/schemas.ts';
import { contentCollection } from '../helpers/astro-content.ts';
import { ROOT } from '../helpers/site.ts';

const pages = contentCollection()
	.filter((entry) => entry.data.lang === 'zh')
	.map((entry) => ({ ...entry, data: entry.data as ZhReport }));

/** The physical lines of a seed, by line number (1-based), as the file has them. */
const seedLines = (() => {
	const cache = new Map<string, string[]>();
	return (file: string) => {
		if (!cache.has(file)) {
			const { text } = decodeSeed(new Uint8Array(readFileSync(join(ROOT, file))), file);
			cache.set(file, text.split(/\r\n|\r|\n/));
		}
		return cache.get(file)!;
	};
})();

/** The paragraphs of a page as the editions read it. */
const paragraphsOf = (page: (typeof pages)[number]) =>
	toEditionReport({ zh: { data: page.data, body: page.body }, en: undefined }).blocks.filter(
		(block) => block.type === 'paragraph'
	);

describe('source.paragraphs on the real content', () => {
	it('there are Chinese pages to check', () => {
		expect(pages.length).toBeGreaterThan(0);
	});

	it.each(pages.map((page) => [page.id, page] as const))(
		'%s: every paragraph has its recorded source lines, in the editions too',
		(_, page) => {
			const paragraphs = paragraphsOf(page);
			expect(paragraphs.length).toBeGreaterThan(0);
			expect(page.data.source.paragraphs).toHaveLength(paragraphs.length);
			expect(paragraphs.map((block) => block.lines)).toEqual(page.data.source.paragraphs);
		}
	);

	it.each(pages.map((page) => [page.id, page] as const))(
		'%s: the text of each recorded line of the seed is in its paragraph',
		(_, page) => {
			const lines = seedLines(page.data.source.file);
			for (const block of paragraphsOf(page)) {
				const text = blockText(block.zh);
				for (const n of block.lines!) {
					// The line's opening words: a line may go on with a byline that ingest sets apart.
					const source = lines[n - 1]!.trim().slice(0, 12);
					expect(source.length, `${page.id} p${block.n}: line ${n} is empty`).toBeGreaterThan(0);
					expect(text, `${page.id} p${block.n}: line ${n}`).toContain(source);
				}
			}
		}
	);
});

describe('source.paragraphs in the schema', () => {
	const page = pages[0]!;
	const frontmatter = () =>
		readFrontmatterAsBuild(readFileSync(page.filePath!, 'utf8')) as {
			source: { lines: [number, number]; paragraphs: number[][] };
		};
	const problem = (paragraphs: number[][]) => {
		const data = frontmatter();
		data.source.paragraphs = paragraphs;
		const result = ReportSchema.safeParse(data);
		expect(result.success).toBe(false);
		const issue = result.error!.issues.find((i) => i.path.join('.') === 'source.paragraphs');
		return issue?.message;
	};

	it('accepts what ingest recorded', () => {
		expect(ReportSchema.safeParse(frontmatter()).success).toBe(true);
	});

	it('refuses a line outside the page', () => {
		const [, last] = frontmatter().source.lines;
		expect(problem([[last + 1]])).toContain(`line ${last + 1} is outside the page's lines`);
	});

	it('refuses lines out of reading order', () => {
		const [first, last] = frontmatter().source.lines;
		expect(problem([[last], [first]])).toContain('must be in reading order');
	});

	it('refuses a page without them (the build never recomputes them)', () => {
		const data = frontmatter() as { source: Record<string, unknown> };
		delete data.source['paragraphs'];
		expect(ReportSchema.safeParse(data).success).toBe(false);
	});
});

describe('a body edited by hand', () => {
	it('gives its paragraphs no source lines rather than wrong ones', () => {
		const page = pages.find((p) => paragraphsOf(p).length > 1)!;
		const body = `${page.body.trimEnd()}\n\n又一段。\n`;
		const report = toEditionReport({ zh: { data: page.data, body }, en: undefined });
		const paragraphs = report.blocks.filter((block) => block.type === 'paragraph');
		expect(paragraphs).toHaveLength(page.data.source.paragraphs.length + 1);
		expect(paragraphs.every((block) => block.lines === undefined)).toBe(true);
	});
});
