/**
 * Fake entries of the `reports` and `prose` collections for unit tests that mock `astro:content`
 * (`vi.mock('astro:content', …)`): each frontmatter goes through the real schema,
 * so a fake that the build would refuse fails the test instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontmatterAsBuild } from '../../src/lib/content/frontmatter-yaml.ts';
import { splitFrontmatter } from '../../src/lib/content/mdx-page.ts';
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
	/** The page file, for entries read from a content folder. */
	filePath?: string;
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
			source: {
				file: `seeds/${report.year}.txt`,
				sha256: hashBody('seed'),
				lines: [1, 2],
				// The first paragraph's source line, as ingest records it (no test here reads the others).
				paragraphs: [[1]],
			},
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

/**
 * The `reports` collection of a content folder as the build's glob loader gives
 * it (`*\/*\/*.mdx`): id `<year>/<lang>/<slug>`, the frontmatter read by the
 * build's own YAML reader and checked by the schema, the body after the blank
 * line that follows the frontmatter. For tests that load what the build loads
 * (e.g. the editions, through src/lib/editions/from-collection.ts) without a build.
 */
export function contentCollection(contentDir = join(ROOT, 'content')): FakeEntry[] {
	const entries: FakeEntry[] = [];
	for (const year of readdirSync(contentDir)
		.filter((name) => /^\d{4}$/.test(name))
		.sort())
		for (const lang of readdirSync(join(contentDir, year)).sort())
			for (const name of readdirSync(join(contentDir, year, lang)).sort()) {
				if (!name.endsWith('.mdx')) continue;
				const filePath = join(contentDir, year, lang, name);
				const text = readFileSync(filePath, 'utf8');
				const data = ReportSchema.parse(readFrontmatterAsBuild(text));
				const body = (splitFrontmatter(text)?.body ?? '').replace(/^\r?\n/, '');
				const id = `${year}/${lang}/${name.slice(0, -'.mdx'.length)}`;
				entries.push({ id, collection: 'reports', data, body, filePath });
			}
	return entries;
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
