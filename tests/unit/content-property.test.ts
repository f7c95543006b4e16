/**
 * What the tools accept, the build accepts, and shows literally: arbitrary
 * strings (any code point, lone surrogates, MDX, Markdown, HTML and YAML syntax,
 * controls, bidi and invisible characters) fed through ingest (as a seed
 * paragraph and as an editor's note) and through import (as a paragraph's and a
 * title's translation). Each is either refused with a message naming where, or
 * accepted; an accepted page passes the build's YAML reader and schema
 * (validatePage), compiles with @mdx-js/mdx as Astro compiles it, and reads
 * back with the text that went in.
 */
import { compile } from '@mdx-js/mdx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFrontmatterAsBuild } from '../../src/lib/content/frontmatter-yaml.ts';
import { validatePage } from '../../src/lib/content/validate-page.ts';
import { splitFrontmatter } from '../../src/lib/content/mdx-page.ts';
import { IngestError } from '../../src/lib/content/ingest-error.ts';
import { planImport } from '../../src/lib/translations/import-plan.ts';
import { pairPages } from '../../src/lib/content/report-pages.ts';
import { inlineText, parsePageFile, pageUnits } from '../../src/lib/content/page-units.ts';
import type { XliffFile } from '../../src/lib/translations/xliff-read.ts';
import { ingestText, MINI } from '../helpers/seeds.ts';

/** Characters that mean something to MDX, Markdown, HTML, YAML or a spreadsheet. */
const SYNTAX = [...'{}<>#*_`|[]()!&;:=+-@\\/"\'.~^$%1 \t\u3000'];
/** Characters the text rules refuse or flag, and a few ordinary ones. */
const SPECIAL = [
	0x00, 0x01, 0x1b, 0x7f, 0x85, 0xad, 0x200b, 0x200d, 0x200e, 0x2028, 0x202e, 0x2066, 0xfeff,
	0xfffe, 0xffff, 0xfdd0, 0x1f600, 0x4e2d, 0x6587,
].map((c) => String.fromCodePoint(c));

/** A character: syntax, a special one, any code point, or any UTF-16 code unit (lone surrogates). */
const char = fc.oneof(
	{ weight: 4, arbitrary: fc.constantFrom(...SYNTAX) },
	{ weight: 3, arbitrary: fc.constantFrom(...SPECIAL) },
	{ weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
	{ weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)) },
	{
		weight: 2,
		arbitrary: fc.constantFrom(
			'import ',
			'export ',
			'<Join n="1" />',
			'{1+1}',
			'---',
			'2022-12-31'
		),
	}
);
const text = fc.array(char, { minLength: 1, maxLength: 24 }).map((chars) => chars.join(''));

/** Compiles a page body as Astro's MDX integration does (@mdx-js/mdx, JSX for Astro). */
async function compiles(mdx: string): Promise<void> {
	await compile(splitFrontmatter(mdx)!.body, {
		format: 'mdx',
		jsxImportSource: 'astro',
		elementAttributeNameCase: 'html',
	});
}

/** What an accepted page must satisfy: the build reads it, compiles it, and has no problem with it. */
async function buildable(path: string, mdx: string): Promise<void> {
	expect(validatePage(path, mdx)).toEqual([]);
	await compiles(mdx);
}

describe('ingest: arbitrary text in a seed paragraph', () => {
	it('is refused with file and line, or builds and reads back literally', async () => {
		let accepted = 0;
		await fc.assert(
			fc.asyncProperty(
				text.filter((s) => !/[\r\n]/.test(s)),
				async (s) => {
					let result;
					try {
						result = ingestText(MINI.replace('开篇第一段。', () => `开篇${s}第一段。`));
					} catch (error) {
						expect(error).toBeInstanceOf(IngestError);
						expect((error as Error).message).toMatch(/^fixture\.txt(:\d+)?: /);
						return;
					}
					for (const page of result.pages) await buildable(page.path, page.mdx);
					const lead = result.pages[0]!;
					const paragraphs = parsePageFile(lead.mdx, lead.path).blocks.flatMap((b) =>
						b.type === 'paragraph' ? [inlineText(b.inlines)] : []
					);
					// The seed is UTF-8: a lone surrogate was written as U+FFFD, which is what it holds.
					expect(paragraphs).toContain(`开篇${s.toWellFormed()}第一段。`);
					accepted += 1;
				}
			),
			{ numRuns: 150 }
		);
		expect(accepted).toBeGreaterThan(15);
	});
});

describe('ingest: arbitrary text in an editor’s note', () => {
	it('is refused naming the decisions file, or builds and keeps the note as written', async () => {
		let accepted = 0;
		await fc.assert(
			fc.asyncProperty(text, async (s) => {
				const decision = `  - type: note\n    at: 开篇第一段\n    note:\n      zh: ${JSON.stringify(`注${s}`)}\n      en: ${JSON.stringify(`Note ${s}`)}\n`;
				let result;
				try {
					result = ingestText(MINI, decision);
				} catch (error) {
					expect((error as Error).message).toMatch(/^fixture\.(yaml|txt)(:\d+)?: /);
					return;
				}
				const lead = result.pages[0]!;
				await buildable(lead.path, lead.mdx);
				const editorial = readFrontmatterAsBuild(lead.mdx)['editorial'] as {
					note?: { en: string };
				}[];
				// The schema trims a note (surrounding spaces are no part of it).
				expect(editorial.map((e) => e.note?.en)).toContain(`Note ${s}`.trim());
				accepted += 1;
			}),
			{ numRuns: 100 }
		);
		expect(accepted).toBeGreaterThan(10);
	});
});

describe('import: arbitrary text as a translation', () => {
	const zh = new Map(ingestText(MINI).pages.map((page) => [page.path, page.mdx]));
	const reports = pairPages(zh);
	const report = reports[0]!;
	const units = new Map(pageUnits(report.year, report.slug, report.zh).map((u) => [u.id, u]));
	const xliff = (targets: Record<string, string>): XliffFile[] => [
		{
			original: `${report.year}/${report.slug}`,
			line: 1,
			sourceLanguage: 'zh-Hans',
			targetLanguage: 'en',
			units: Object.entries(targets).map(([suffix, target], i) => {
				const unit = units.get(`${report.year}/${report.slug}/${suffix}`)!;
				return {
					id: unit.id,
					line: 10 + i,
					source: unit.source.map((inline) =>
						inline.type === 'text'
							? inline
							: { type: 'x' as const, id: `${inline.name.toLowerCase()}-${inline.n}` }
					),
					target: [{ type: 'text' as const, value: target }],
					state: 'translated',
				};
			}),
		},
	];

	// Han characters outside parentheses are refused by design (a target still in Chinese).
	const english = text.map((s) => s.replace(/\p{Script=Han}/gu, 'x'));

	it('is refused with file, line and unit, or builds and reads back literally (paragraph and title)', async () => {
		let accepted = 0;
		await fc.assert(
			fc.asyncProperty(english, english, async (paragraph, title) => {
				const plan = planImport(
					't.xlf',
					xliff({ p1: `Paragraph ${paragraph}`, title: `Title ${title}` }),
					reports,
					false
				);
				if (plan.problems.length > 0) {
					for (const problem of plan.problems)
						expect(problem).toMatch(/^t\.xlf(:\d+: \d{4}\/[a-z-]+\/(p1|title): |: )/);
					return;
				}
				const page = plan.actions[0]!;
				await buildable(page.path, page.mdx);
				const parsed = parsePageFile(page.mdx, page.path);
				const first = parsed.blocks.find((b) => b.type === 'paragraph')!;
				const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
				expect(inlineText(first.type === 'paragraph' ? first.inlines : [])).toBe(
					collapse(`Paragraph ${paragraph}`)
				);
				expect(readFrontmatterAsBuild(page.mdx)['title']).toBe(collapse(`Title ${title}`));
				accepted += 1;
			}),
			{ numRuns: 300 }
		);
		// Enough accepted pages to mean something (most strings hold a refused character).
		expect(accepted).toBeGreaterThan(15);
	});
});
