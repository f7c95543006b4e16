/**
 * Reads the edition model from disk: `content/<year>/{zh,en}/*.mdx` and
 * `seeds/<year>.{txt,yaml}`. The build reads the same files through the content
 * collection (see from-collection.ts); this reader is for scripts and tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { hashBody } from '../hash.ts';
import { parseSeedMeta } from '../ingest/seed-meta.ts';
import { splitFrontmatter } from '../frontmatter.ts';
import {
	type EnReport,
	EnReportSchema,
	formatIssues,
	type SeedMeta,
	type ZhReport,
	ZhReportSchema,
} from '../schemas.ts';
import {
	type EditionArchive,
	type SourceEntry,
	toEditionArchive,
	toEditionReport,
} from './model.ts';
import { paragraphLinesOf } from './paragraph-lines.ts';

function readEntry<T>(
	path: string,
	schema: typeof ZhReportSchema | typeof EnReportSchema
): SourceEntry<T> {
	const parts = splitFrontmatter(readFileSync(path, 'utf8'));
	if (!parts) throw new Error(`${path}: no frontmatter`);
	const checked = schema.safeParse(parse(parts.yaml));
	if (!checked.success) throw new Error(formatIssues(path, checked.error));
	// Astro's entry.body is the body without the blank line after the frontmatter.
	return { data: checked.data as T, body: parts.body.replace(/^\r?\n/, '') };
}

/** Reads every report and seed into the edition model, newest year first. */
export function readEditionArchive(contentDir = 'content', seedsDir = 'seeds'): EditionArchive {
	const seeds: { year: number; meta: SeedMeta }[] = [];
	const reports = [];
	for (const year of readdirSync(contentDir)
		.filter((name) => /^\d{4}$/.test(name))
		.sort()) {
		const zhDir = join(contentDir, year, 'zh');
		if (!existsSync(zhDir)) continue;
		const zh = readdirSync(zhDir)
			.filter((name) => name.endsWith('.mdx'))
			.sort()
			.map((name) => readEntry<ZhReport>(join(zhDir, name), ZhReportSchema));
		const metaPath = join(seedsDir, `${year}.yaml`);
		const seedPath = join(seedsDir, `${year}.txt`);
		const meta = existsSync(metaPath)
			? parseSeedMeta(readFileSync(metaPath, 'utf8'), metaPath)
			: undefined;
		if (meta) seeds.push({ year: Number(year), meta });
		const lines = existsSync(seedPath)
			? paragraphLinesOf(
					{
						file: `seeds/${year}.txt`,
						bytes: new Uint8Array(readFileSync(seedPath)),
						...(meta && { meta: { file: metaPath, data: meta } }),
					},
					new Map(zh.map((entry) => [entry.data.slug, hashBody(entry.body)]))
				)
			: (new Map() as ReturnType<typeof paragraphLinesOf>);
		for (const entry of zh) {
			const enPath = join(contentDir, year, 'en', `${entry.data.slug}.mdx`);
			const en = existsSync(enPath) ? readEntry<EnReport>(enPath, EnReportSchema) : undefined;
			reports.push(toEditionReport({ zh: entry, en, paragraphLines: lines.get(entry.data.slug) }));
		}
	}
	return toEditionArchive(reports, seeds);
}
