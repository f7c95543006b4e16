/**
 * The pure steps behind export and import, in process: pairing pages, the
 * English a page has, the year's units with memory, planning an import, and
 * rendering an English page with per-paragraph hashes.
 */
import { describe, expect, it } from 'vitest';
import { hashBody } from '../../src/lib/hash.ts';
import { paragraphStatus, translationStatus } from '../../src/lib/translation-status.ts';
import { exportYear, memoryOf } from '../../src/lib/translations/export.ts';
import { planImport } from '../../src/lib/translations/import-plan.ts';
import { existingTranslations, pairPages } from '../../src/lib/content/report-pages.ts';
import { renderEnPage } from '../../src/lib/translations/render-en.ts';
import { hashUnit, parsePageFile } from '../../src/lib/content/page-units.ts';
import { buildXliff } from '../../src/lib/translations/xliff-write.ts';
import { parseXliff } from '../../src/lib/translations/xliff-read.ts';
import { readContentFiles } from '../helpers/translations.ts';
import { ROOT } from '../helpers/site.ts';
import { join } from 'node:path';

const files = readContentFiles(join(ROOT, 'content'));
const reports = pairPages(files);
const legal = reports.find((r) => r.slug === 'legal-affairs')!;

describe('pairPages', () => {
	it('pairs each Chinese page with its English page, in source order', () => {
		expect(reports.map((r) => r.slug)[0]).toBe('standing-committee');
		expect(legal.enPath).toBe('2022/en/legal-affairs.mdx');
		expect(legal.en?.raw).toBe(files.get('2022/en/legal-affairs.mdx'));
		expect(
			pairPages(
				new Map([['2022/zh/legal-affairs.mdx', files.get('2022/zh/legal-affairs.mdx')!]])
			)[0]!.en
		).toBeUndefined();
	});
});

describe('existingTranslations', () => {
	it('lists the English of every unit, current when its hash matches the Chinese', () => {
		const found = existingTranslations(legal);
		expect([...found.keys()]).toHaveLength(7);
		expect([...found.values()].every((f) => f.current)).toBe(true);
	});

	it('leaves out paragraphs recorded as untranslated and marks changed ones as not current', () => {
		const en = legal.en!.raw.replace(
			/(paragraphs:\n {4}- )[0-9a-f]{16}(\n {4}- )[0-9a-f]{16}/,
			`$1${'1'.repeat(16)}$2null`
		);
		const [changed] = pairPages(
			new Map([
				['2022/zh/legal-affairs.mdx', files.get('2022/zh/legal-affairs.mdx')!],
				['2022/en/legal-affairs.mdx', en],
			])
		);
		const found = existingTranslations(changed!);
		expect(found.get('2022/legal-affairs/p1')?.current).toBe(false);
		expect(found.has('2022/legal-affairs/p2')).toBe(false);
		expect(found.get('2022/legal-affairs/p3')?.current).toBe(true);
	});
});

describe('memoryOf', () => {
	it('holds every current paragraph and heading, not the frontmatter', () => {
		const memory = memoryOf(reports);
		expect(memory.entries.every((e) => /\/(p|h)\d+$/.test(e.origin))).toBe(true);
		expect(memory.entries.length).toBeGreaterThan(40);
	});
});

describe('exportYear', () => {
	it('exports the English on the pages as translated targets, with editor’s notes', () => {
		const units = exportYear(reports, 2022).find((f) => f.original === '2022/legal-affairs')!.units;
		expect(units.every((u) => u.target?.state === 'translated')).toBe(true);
		expect(units.find((u) => u.id === '2022/legal-affairs/p3')!.notes[0]!.text).toMatch(
			/^Mark 1, duplicate paragraph: This paragraph repeats the previous one/
		);
	});
});

describe('planImport', () => {
	it('plans nothing to write for the unchanged export of 2022', () => {
		const xliff = parseXliff(buildXliff(exportYear(reports, 2022), 't'), 'a.xlf');
		const plan = planImport('a.xlf', xliff, reports, false);
		expect(plan.problems).toEqual([]);
		expect(plan.actions.map((a) => a.kind)).toEqual(Array(8).fill('unchanged'));
	});

	it('collects every problem of a file, not just the first', () => {
		const xml = buildXliff(exportYear(reports, 2022), 't')
			.replace('id="2022/legal-affairs/p1"', 'id="2022/legal-affairs/p7"')
			.replace('id="2022/legal-affairs/p2"', 'id="2022/legal-affairs/p8"');
		const plan = planImport('a.xlf', parseXliff(xml, 'a.xlf'), reports, false);
		expect(plan.actions).toEqual([]);
		expect(plan.problems.map((p) => p.replace(/^a\.xlf:\d+: /, ''))).toEqual([
			expect.stringMatching(/^2022\/legal-affairs\/p7: no such unit/),
			expect.stringMatching(/^2022\/legal-affairs\/p8: no such unit/),
		]);
	});
});

describe('renderEnPage', () => {
	it('renders the page on disk byte for byte from its own English', () => {
		const targets = new Map([...existingTranslations(legal)].map(([id, f]) => [id, f.target]));
		const page = renderEnPage({
			year: 2022,
			slug: 'legal-affairs',
			zh: legal.zh,
			zhBody: legal.zhBody,
			existing: legal.en,
			targets,
			replace: false,
		});
		expect(page.mdx).toBe(legal.en!.raw);
		expect(page).toMatchObject({ translated: 3, total: 3 });
	});

	it('writes a new page with the Chinese and null hashes where nothing is translated', () => {
		const page = renderEnPage({
			year: 2022,
			slug: 'legal-affairs',
			zh: legal.zh,
			zhBody: legal.zhBody,
			existing: undefined,
			targets: new Map([['2022/legal-affairs/p1', [{ type: 'text', value: 'One {paragraph}.' }]]]),
			replace: false,
		});
		const parsed = parsePageFile(page.mdx, 'new');
		const first = legal.zh.blocks[0]!;
		expect(page.frontmatter.translationOf.paragraphs).toEqual([
			hashUnit(first.type === 'paragraph' ? first.inlines : []),
			null,
			null,
		]);
		expect(page.mdx).toContain('One \\{paragraph}.');
		expect(parsed.blocks.map((b) => b.type)).toEqual(legal.zh.blocks.map((b) => b.type));
		// Not translated yet: left out, never the Chinese copied in (readers show the Chinese page's).
		expect(page.frontmatter.title).toBeUndefined();
	});
});

describe('paragraphStatus', () => {
	it('counts translated, untranslated and outdated paragraphs', () => {
		const status = paragraphStatus(legal.zhBody, {
			sha256: hashBody(legal.zhBody),
			paragraphs: [
				hashUnit([{ type: 'text', value: 'old' }]),
				null,
				(legal.en!.frontmatter['translationOf'] as { paragraphs: string[] }).paragraphs[2] ?? null,
			],
		});
		expect(status).toMatchObject({ total: 3, translated: 2, outdated: [1], untranslated: [2] });
	});
});

describe('translationStatus', () => {
	it('is partial with an untranslated paragraph, outdated with a changed one', () => {
		const hashes = (legal.en!.frontmatter['translationOf'] as { paragraphs: string[] }).paragraphs;
		const sha256 = hashBody(legal.zhBody);
		expect(translationStatus(legal.zhBody, { translationOf: { sha256, paragraphs: hashes } })).toBe(
			'translated'
		);
		expect(
			translationStatus(legal.zhBody, {
				translationOf: { sha256, paragraphs: [hashes[0]!, null, hashes[2]!] },
			})
		).toBe('partial');
		expect(
			translationStatus(legal.zhBody, {
				translationOf: { sha256, paragraphs: ['0'.repeat(16), hashes[1]!, hashes[2]!] },
			})
		).toBe('outdated');
		expect(translationStatus(legal.zhBody, undefined)).toBe('missing');
	});
});
