/**
 * The golden ingest fixtures, in the style of remark's: each case is a folder
 * under tests/fixtures/ingest/ with `input.txt` (and `input.yaml` where it has
 * decisions); the expected pages (`expected/<year>/zh/<slug>.mdx`), the expected
 * report (`expected-report.txt`) or, for a refusal, the expected message
 * (`expected-error.txt`) sit beside them. `twin.txt` names the case whose
 * pages this one must equal (a clean copy of the same text).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 as sha256Hex } from '../../src/lib/hash.ts';
import { paragraphText } from '../../src/lib/content/page-model.ts';
import { ingestSource, type IngestResult } from '../../src/lib/ingest/pipeline.ts';
import { readSeed } from '../../src/lib/content/seed-files.ts';
import { ROOT } from './site.ts';

export const FIXTURES = join(ROOT, 'tests', 'fixtures', 'ingest');

/** The names of all cases, sorted. */
export function fixtureCases(): string[] {
	return readdirSync(FIXTURES, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort();
}

/** A case's input as ingest reads it: the seed's path and bytes, and its decisions file when there is one. */
export function fixtureInput(name: string, bytes?: Uint8Array) {
	const input = readSeed(`tests/fixtures/ingest/${name}/input.txt`, ROOT);
	return bytes ? { ...input, bytes } : input;
}

/** Ingests a case; `bytes` replaces its input (the recorded sha256 is set to match them). */
export function ingestFixture(name: string, bytes?: Uint8Array): IngestResult {
	const input = fixtureInput(name, bytes);
	if (bytes && input.meta) input.meta.data.source.sha256 = sha256Hex(bytes);
	return ingestSource(input);
}

/**
 * What a reader sees of a year, without where it sits in the file: each page's
 * title, article, byline and credit, its headings, its paragraphs with their
 * marks in place, and its editorial entries without line numbers.
 *
 * @param heading maps a heading (and a committee page's title) before comparing, e.g. to drop numbering
 */
export function readerView(
	result: IngestResult,
	heading: (text: string) => string = (text) => text
) {
	return result.pages.map(({ model }) => ({
		slug: model.slug,
		title: model.kind === 'committee' ? heading(model.title) : model.title,
		article: model.article,
		byline: model.byline,
		credit: model.credit,
		blocks: model.blocks.map((block) => {
			if (block.type === 'heading') return `§ ${heading(block.text)}`;
			if (block.type !== 'paragraph') return `[${block.type} ${block.n}]`;
			return `¶${block.n} ${block.inlines.map((inline) => (inline.type === 'text' ? inline.value : `[${inline.type} ${inline.n}]`)).join('')}`;
		}),
		text: model.blocks.flatMap((block) =>
			block.type === 'paragraph' ? [paragraphText(block)] : []
		),
		editorial: model.editorial.map(({ n, type, paragraph }) => ({ n, type, paragraph })),
		figures: model.figures,
	}));
}
