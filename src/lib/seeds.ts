/**
 * The seeds as the site shows them (the about page's sources table): each
 * `seeds/<year>.yaml` beside its text. Read at build time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSeedMeta } from './ingest/seed-meta.ts';
import type { SeedMeta } from './schemas.ts';

export interface SeedRecord {
	year: number;
	meta: SeedMeta;
}

/** Every seed with a decisions file, newest first. */
export function readSeeds(dir = process.env['ARCHIVE_SEEDS_DIR'] ?? 'seeds'): SeedRecord[] {
	return readdirSync(dir)
		.filter((name) => /^\d{4}\.yaml$/.test(name))
		.map((name) => ({
			year: Number(name.slice(0, 4)),
			meta: parseSeedMeta(readFileSync(join(dir, name), 'utf8'), join(dir, name)),
		}))
		.sort((a, b) => b.year - a.year);
}
