import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSeed, type SeedDecisions, type SeedInput } from '../../src/lib/content/seed-files.ts';
import { parseSeedMeta } from '../../src/lib/content/seed-meta.ts';
import { sha256 } from '../../src/lib/hash.ts';
import { ingestSource, type IngestResult } from '../../src/lib/ingest/pipeline.ts';
import { ROOT } from './site.ts';

/** The 2022 seed and its decisions, as ingest reads them. */
export function seed2022(): SeedInput & { meta: SeedDecisions } {
	const seed = readSeed('seeds/2022.txt', ROOT);
	if (!seed.meta) throw new Error('seeds/2022.yaml is missing');
	return { ...seed, meta: seed.meta };
}

/** A decisions file for a fixture text: the source block (with the text's sha256) and the given decisions. */
export function decisionsFor(text: string, decisionsYaml: string): string {
	const digest = sha256(new TextEncoder().encode(text));
	return `source:\n  file: 2031.txt\n  originalName: fixture.txt\n  sha256: "${digest}"\n  received: 2031-01-01\ndecisions:\n${decisionsYaml}`;
}

/** Ingests a text given as a string (for small fixtures), with optional decisions (the YAML list items). */
export function ingestText(
	text: string,
	decisionsYaml?: string,
	file = 'fixture.txt'
): IngestResult {
	const bytes = new TextEncoder().encode(text);
	const meta =
		decisionsYaml === undefined
			? undefined
			: {
					file: 'fixture.yaml',
					data: parseSeedMeta(decisionsFor(text, decisionsYaml), 'fixture.yaml'),
				};
	return ingestSource({ file, bytes, ...(meta && { meta }) });
}

/**
 * A minimal source in the newspaper layout (lead article with two sections, group
 * article with two committees): the `mini` case of the golden fixtures.
 */
export const MINI = readFileSync(
	join(ROOT, 'tests', 'fixtures', 'ingest', 'mini', 'input.txt'),
	'utf8'
);
