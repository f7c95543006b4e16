/**
 * The fictional 2031 fixture (tests/fixtures/ingest/year-2031/) ingested with
 * the real CLI into a scratch folder of its own: `content/` with only that
 * year, `seeds/` with its text and decisions. What a translation test starts
 * from, without the real archive (nothing here depends on content/).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './site.ts';

const FIXTURE = join(ROOT, 'tests', 'fixtures', 'ingest', 'year-2031');

/** A scratch folder with the fixture year ingested. */
export interface FixtureYear {
	/** The scratch folder: `content/`, `seeds/` and room for XLIFF files. */
	root: string;
	content: string;
	seeds: string;
}

/**
 * Ingests the 2031 fixture into a new scratch folder. `editSeed` may change the
 * seed's text first (its sha256 is recorded anew in the decisions file).
 */
export function ingestFixtureYear(
	prefix = 'fixture-year-',
	editSeed: (text: string) => string = (text) => text
): FixtureYear {
	const root = mkdtempSync(join(tmpdir(), prefix));
	const content = join(root, 'content');
	const seeds = join(root, 'seeds');
	mkdirSync(seeds, { recursive: true });
	mkdirSync(content, { recursive: true });
	const text = editSeed(readFileSync(join(FIXTURE, 'input.txt'), 'utf8'));
	writeFileSync(join(seeds, '2031.txt'), text);
	const sha256 = createHash('sha256').update(text).digest('hex');
	writeFileSync(
		join(seeds, '2031.yaml'),
		readFileSync(join(FIXTURE, 'input.yaml'), 'utf8').replace(
			/^(\s*sha256:\s*)"?[0-9a-f]{64}"?/m,
			`$1"${sha256}"`
		)
	);
	const result = spawnSync(
		join(ROOT, 'node_modules', '.bin', 'node'),
		['scripts/ingest.ts', '--content', content, join(seeds, '2031.txt')],
		// Ingest reads seeds only from the seeds folder the build reads: this scratch one.
		{ cwd: ROOT, encoding: 'utf8', env: { ...process.env, ARCHIVE_SEEDS_DIR: seeds } }
	);
	if (result.status !== 0)
		throw new Error(`ingest of the 2031 fixture failed:\n${result.stdout}\n${result.stderr}`);
	return { root, content, seeds };
}
