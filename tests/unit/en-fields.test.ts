/**
 * A head field (title, article headline and subtitle, byline, credit) a
 * translator leaves untranslated: import leaves it out of the English page —
 * never the Chinese copied in as if it were English — the status counts it as
 * untranslated, and every reader shows the Chinese page's field, marked Chinese.
 * The reports are those of the newest translated year of `content/`.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { shownHead, untranslatedFields } from '../../src/lib/content/en-fields.ts';
import { splitFrontmatter } from '../../src/lib/content/mdx-page.ts';
import { hasStrayHan, META_UNITS } from '../../src/lib/content/page-units.ts';
import { EnReportSchema, ZhReportSchema } from '../../src/lib/schemas.ts';
import { translationStatus } from '../../src/lib/translation-status.ts';
import { exportYear } from '../../src/lib/translations/export.ts';
import { planImport } from '../../src/lib/translations/import-plan.ts';
import { renderEnPage } from '../../src/lib/translations/render-en.ts';
import { buildXliff } from '../../src/lib/translations/xliff-write.ts';
import { parseXliff } from '../../src/lib/translations/xliff-read.ts';
import { readReports } from '../helpers/translations.ts';

const reports = readReports();
const year = Math.max(...reports.filter((r) => r.en).map((r) => r.year));
const translated = reports.filter((r) => r.year === year && r.en);
/** The year's Chinese pages with no English page yet, as before its first import. */
const chineseOnly = reports.filter((r) => r.year === year).map((r) => ({ ...r, en: undefined }));
const isMeta = (id: string) => META_UNITS.some(({ suffix }) => id.endsWith(`/${suffix}`));

/** The year exported from its English pages, every head field's target removed (left untranslated in the CAT tool). */
function bodyOnlyXliff(): string {
	const files = exportYear(reports, year).map((file) => ({
		...file,
		units: file.units.map((unit) => (isMeta(unit.id) ? { ...unit, target: undefined } : unit)),
	}));
	return buildXliff(files, 'test');
}

const frontmatterOf = (mdx: string) =>
	parse(splitFrontmatter(mdx)!.yaml) as Record<string, unknown>;

describe('import of a year whose head fields are left untranslated', () => {
	const plan = planImport('a.xlf', parseXliff(bodyOnlyXliff(), 'a.xlf'), chineseOnly, false);

	it('creates the English pages with no Chinese in their frontmatter: the fields are left out', () => {
		expect(plan.problems).toEqual([]);
		expect(plan.actions.length).toBe(translated.length);
		for (const action of plan.actions) {
			const yaml = splitFrontmatter(action.mdx)!.yaml;
			expect(hasStrayHan(yaml), `${action.path}:\n${yaml}`).toBe(false);
			const frontmatter = frontmatterOf(action.mdx);
			for (const { get } of META_UNITS) expect(get(frontmatter)).toBeUndefined();
			expect(EnReportSchema.safeParse(frontmatter).success).toBe(true);
		}
	});

	it('lists the head fields as untranslated, and the pages as partly translated', () => {
		const expected = chineseOnly.flatMap((r) =>
			META_UNITS.filter(({ get }) => typeof get(r.zh.frontmatter) === 'string').map(
				({ suffix }) => `${r.year}/${r.slug}/${suffix}`
			)
		);
		expect(plan.untranslated.filter(isMeta).sort()).toEqual(expected.sort());
		for (const action of plan.actions) {
			const report = chineseOnly.find((r) => r.enPath === action.path)!;
			const en = frontmatterOf(action.mdx);
			const untranslated = untranslatedFields(report.zh.frontmatter, en);
			expect(untranslated).toEqual(expect.arrayContaining(['title', 'article-title']));
			expect(
				translationStatus(report.zhBody, {
					translationOf: en['translationOf'] as { sha256: string },
					untranslated,
				})
			).toBe('partial');
		}
	});
});

describe('shownHead', () => {
	const report = translated.find((r) => typeof r.zh.frontmatter['byline'] === 'string')!;
	const zh = ZhReportSchema.parse(report.zh.frontmatter);
	const en = EnReportSchema.parse(report.en!.frontmatter);

	it('shows the Chinese of each field the English page leaves out, and lists it', () => {
		const head = shownHead(zh, {
			...en,
			title: undefined,
			byline: undefined,
			article: { subtitle: en.article!.subtitle! },
		});
		expect([...head.chinese]).toEqual(['title', 'article-title', 'byline']);
		expect(head.title).toBe(zh.title);
		expect(head.article).toEqual({ title: zh.article.title, subtitle: en.article!.subtitle });
		expect(head.byline).toBe(zh.byline);
	});

	it('shows a translated page as it is, with nothing in Chinese', () => {
		const head = shownHead(zh, en);
		expect(head.chinese.size).toBe(0);
		expect(head.title).toBe(en.title);
	});
});

describe('renderEnPage', () => {
	it('drops Chinese an earlier import copied into a field, so the field shows as untranslated', () => {
		const report = translated[0]!;
		const yaml = splitFrontmatter(report.en!.raw)!.yaml.replace(
			/^title: .*$/m,
			`title: ${JSON.stringify(report.zh.frontmatter['title'])}`
		);
		const page = renderEnPage({
			year: report.year,
			slug: report.slug,
			zh: report.zh,
			zhBody: report.zhBody,
			existing: { ...report.en!, frontmatter: parse(yaml) as Record<string, unknown> },
			targets: new Map(),
			replace: false,
		});
		expect(hasStrayHan(String((parse(yaml) as Record<string, unknown>)['title']))).toBe(true);
		expect(page.frontmatter.title).toBeUndefined();
		expect(page.frontmatter.article).toEqual(report.en!.frontmatter['article']);
		expect(hasStrayHan(splitFrontmatter(page.mdx)!.yaml)).toBe(false);
	});
});
