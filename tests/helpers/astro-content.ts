/**
 * Fake entries of the `reports` and `prose` collections for unit tests that mock `astro:content`
 * (`vi.mock('astro:content', …)`): each frontmatter goes through the real schema,
 * so a fake that the build would refuse fails the test instead.
 */
import { join } from 'node:path';
import { hashBody } from '../../src/lib/hash.ts';
import { type Prose, ProseSchema } from '../../src/lib/prose/schema.ts';
import { type Report, ReportSchema } from '../../src/lib/schemas.ts';
import { renderProse } from './markdown.ts';
import { ROOT } from './site.ts';

export interface FakeEntry {
	id: string;
	collection: 'reports';
	data: Report;
	body: string;
}

/** A collection entry as the glob loader makes it (id `<year>/<lang>/<slug>`), frontmatter validated. */
export function fakeEntry(frontmatter: Record<string, unknown>, body: string): FakeEntry {
	const data = ReportSchema.parse(frontmatter);
	return { id: `${data.year}/${data.lang}/${data.slug}`, collection: 'reports', data, body };
}

export interface FakeReport {
	year: number;
	slug: string;
	order: number;
	title: string;
	article?: { title: string; subtitle: string };
	body?: string;
	figures?: { quote: string; en: string; paragraph: number }[];
	/** Add an English page: translated (hash of the Chinese body) or outdated (another hash). */
	en?: { title: string; article?: { title: string; subtitle: string }; outdated?: boolean };
}

const ARTICLE = { title: '履职尽责勇担当', subtitle: '——各专工委工作综述' };

/** The Chinese page of a report and, if asked, its English page. */
export function fakeReport(report: FakeReport): FakeEntry[] {
	const body = report.body ?? '\n正文。\n';
	const zh = fakeEntry(
		{
			title: report.title,
			year: report.year,
			lang: 'zh',
			slug: report.slug,
			kind: report.slug === 'standing-committee' ? 'overview' : 'committee',
			order: report.order,
			article: report.article ?? ARTICLE,
			source: { file: `seeds/${report.year}.txt`, sha256: hashBody('seed'), lines: [1, 2] },
			figures: report.figures ?? [],
			generatedHash: hashBody(body),
		},
		body
	);
	if (!report.en) return [zh];
	const en = fakeEntry(
		{
			title: report.en.title,
			year: report.year,
			lang: 'en',
			slug: report.slug,
			article: report.en.article ?? { title: 'Performing Duties', subtitle: '— A Review' },
			translationOf: { sha256: hashBody(report.en.outdated ? `${body}changed` : body) },
		},
		'\nText.\n'
	);
	return [zh, en];
}

export interface FakeProseEntry {
	id: string;
	collection: 'prose';
	data: Prose;
	body: string;
	rendered: { html: string };
}

/**
 * An entry of the `prose` collection as the glob loader makes it (id
 * `<lang>/<name>`): its frontmatter through the real schema, its body rendered
 * by the real prose processor.
 */
export async function fakeProse(
	id: string,
	frontmatter: Record<string, unknown>,
	body: string
): Promise<FakeProseEntry> {
	const path = join(ROOT, 'content', 'prose', `${id}.md`);
	return {
		id,
		collection: 'prose',
		data: ProseSchema.parse(frontmatter),
		body,
		rendered: { html: await renderProse(body, path) },
	};
}
