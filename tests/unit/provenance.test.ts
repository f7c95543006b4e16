/**
 * Provenance for people in seeds/<year>.yaml (publication, authors, translation
 * credit): how the decisions file records it, how ingest checks it and copies it
 * into every Chinese page, and how Astro's own frontmatter reader reads it back.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { formatDate, isIsoDate, localIsoDate } from '../../src/lib/content/dates.ts';
import { describePublication } from '../../src/lib/content/provenance.ts';
import { ingestSource } from '../../src/lib/ingest/pipeline.ts';
import { pageAuthors } from '../../src/lib/ingest/provenance.ts';
import { parseSeedMeta } from '../../src/lib/content/seed-meta.ts';
import { ZhReportSchema } from '../../src/lib/schemas.ts';
import { decisionsFor, MINI } from '../helpers/seeds.ts';

const PUBLICATION = `publication:
  newspaper: { zh: 大同日报（虚构）, en: Datong Daily (fictional) }
  date: 2032-01-15
  page: 3
`;
const AUTHORS = `authors:
  - { zh: 张三, en: Zhang San }
`;
const TRANSLATION = `translation:
  credit: { zh: 测试译者, en: A test translator }
  method: { zh: 逐段翻译。, en: Translated paragraph by paragraph. }
`;

/** The mini fixture's decisions file with extra top-level fields. */
const metaWith = (extra: string) =>
	decisionsFor(MINI, '  []').replace('decisions:', `${extra}decisions:`);

function ingestMini(extra: string) {
	const yaml = metaWith(extra);
	return ingestSource({
		file: 'seeds/2031.txt',
		bytes: new TextEncoder().encode(MINI),
		meta: { file: 'seeds/2031.yaml', data: parseSeedMeta(yaml, 'seeds/2031.yaml') },
	});
}

describe('parseSeedMeta: provenance for people', () => {
	it('reads the publication, the authors and the translation credit', () => {
		const meta = parseSeedMeta(metaWith(PUBLICATION + AUTHORS + TRANSLATION), 'seeds/2031.yaml');
		expect(meta.publication).toEqual({
			newspaper: { zh: '大同日报（虚构）', en: 'Datong Daily (fictional)' },
			date: '2032-01-15',
			page: '3',
		});
		expect(meta.authors).toEqual([{ zh: '张三', en: 'Zhang San' }]);
		expect(meta.translation?.credit.en).toBe('A test translator');
	});

	it('records nothing that was not written: no publication, no authors, no credit', () => {
		const meta = parseSeedMeta(metaWith(''), 'seeds/2031.yaml');
		expect(meta.publication).toBeUndefined();
		expect(meta.translation).toBeUndefined();
		expect(meta.authors).toEqual([]);
	});

	it('refuses a day that does not exist, a newspaper without its English name, a credit without a method', () => {
		expect(() =>
			parseSeedMeta(metaWith(PUBLICATION.replace('2032-01-15', '2032-02-30')), 'seeds/2031.yaml')
		).toThrow('seeds/2031.yaml: publication.date: expected a date as YYYY-MM-DD');
		expect(() =>
			parseSeedMeta(metaWith('publication:\n  newspaper: { zh: 大同日报 }\n'), 'seeds/2031.yaml')
		).toThrow(/seeds\/2031\.yaml: publication\.newspaper\.en: /);
		expect(() =>
			parseSeedMeta(
				metaWith('translation:\n  credit: { zh: 译者, en: Translator }\n'),
				'seeds/2031.yaml'
			)
		).toThrow(/seeds\/2031\.yaml: translation\.method: /);
	});

	it('says where the old source.publication line went', () => {
		const old = metaWith('').replace('  received:', '  publication: 大同日报\n  received:');
		expect(() => parseSeedMeta(old, 'seeds/2031.yaml')).toThrow(
			/seeds\/2031\.yaml: source\.publication: moved: record the newspaper as publication: \{ newspaper: \{ zh, en \}, date, page \}/
		);
	});
});

describe('ingest: provenance in the frontmatter', () => {
	it('copies the publication, the translation credit and the seed as received into every page', () => {
		const result = ingestMini(PUBLICATION + TRANSLATION);
		for (const page of result.pages) {
			const { frontmatter } = parseFrontmatter(page.mdx);
			const data = ZhReportSchema.parse(frontmatter);
			expect(data.publication?.newspaper.en, page.path).toBe('Datong Daily (fictional)');
			expect(data.translation?.method.zh, page.path).toBe('逐段翻译。');
			expect(data.source.originalName).toBe('fixture.txt');
		}
	});

	it('writes dates that Astro’s frontmatter reader (js-yaml) reads as text, not as Date objects', () => {
		const page = ingestMini(PUBLICATION).pages[0]!;
		const { frontmatter } = parseFrontmatter(page.mdx);
		const data = frontmatter as { source: { received: unknown }; publication: { date: unknown } };
		expect(data.source.received).toBe('2031-01-01');
		expect(data.publication.date).toBe('2032-01-15');
	});

	it('gives each page the recorded authors its own byline or credit line names', () => {
		const result = ingestMini(AUTHORS);
		const withByline = result.pages.filter((p) => p.model.byline || p.model.credit);
		expect(withByline.length).toBeGreaterThan(0);
		for (const page of result.pages) {
			const data = ZhReportSchema.parse(parseFrontmatter(page.mdx).frontmatter);
			const named = `${page.model.byline ?? ''}${page.model.credit ?? ''}`.includes('张三');
			expect(data.authors, page.path).toEqual(named ? [{ zh: '张三', en: 'Zhang San' }] : []);
		}
	});

	it('writes no publication, no credit and no authors where none were recorded', () => {
		for (const page of ingestMini('').pages) {
			expect(page.mdx).not.toMatch(/^(publication|translation|authors):/m);
			expect(ZhReportSchema.parse(parseFrontmatter(page.mdx).frontmatter).authors).toEqual([]);
		}
	});

	it('refuses an author no byline or credit line names', () => {
		expect(() => ingestMini('authors:\n  - { zh: 王五, en: Wang Wu }\n')).toThrow(
			'seeds/2031.yaml: authors: “王五” (Wang Wu) is named in no byline or credit line of seeds/2031.txt'
		);
	});
});

describe('pageAuthors', () => {
	it('finds a name in the byline or in the credit line, as printed', () => {
		const li = { zh: '李四', en: 'Li Si' };
		expect(pageAuthors([li], { byline: '本报记者 李四' })).toEqual([li]);
		expect(pageAuthors([li], { credit: '本组稿件由李四采写' })).toEqual([li]);
		expect(pageAuthors([li], { byline: '本报记者 张三' })).toEqual([]);
		expect(pageAuthors([li], {})).toEqual([]);
	});
});

describe('describePublication', () => {
	const daily = { newspaper: { zh: '大同日报', en: 'Datong Daily' } };
	it('writes what is recorded, in the reader’s language', () => {
		expect(describePublication({ ...daily, date: '2023-01-10', page: 'A3' }, 'zh')).toBe(
			'大同日报，2023年1月10日，第A3版'
		);
		expect(describePublication({ ...daily, date: '2023-01-10', page: 'A3' }, 'en')).toBe(
			'Datong Daily, January 10, 2023, page A3'
		);
		expect(describePublication(daily, 'en')).toBe('Datong Daily');
	});
});

describe('dates', () => {
	it('tells real days from impossible ones', () => {
		expect(isIsoDate('2024-02-29')).toBe(true);
		expect(isIsoDate('2023-02-29')).toBe(false);
		expect(isIsoDate('2023-1-10')).toBe(false);
	});

	it('formats a day for each language, and today in the reader’s time zone', () => {
		expect(formatDate('2026-12-01', 'zh')).toBe('2026年12月1日');
		expect(formatDate('2026-12-01', 'en')).toBe('December 1, 2026');
		expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
	});
});
