/**
 * Reading a seed with its decisions file, once for every tool: ingest, the
 * build (which needs each year's decisions file for the editions) and the
 * tests. `seeds/<year>.txt` is kept byte for byte as received; the decisions
 * file beside it, `seeds/<year>.yaml`, is untrusted input read by seed-meta.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { SeedMeta } from '../schemas.ts';
import { withPathSync } from './fs-errors.ts';
import { IngestError } from './ingest-error.ts';
import { parseSeedMeta } from './seed-meta.ts';

/** A decisions file as read: its path (as messages name it) and its content. */
export interface SeedDecisions {
	file: string;
	data: SeedMeta;
}

/** A seed as read from disk. */
export interface SeedInput {
	/** Path of the seed relative to the project root, e.g. `seeds/2022.txt`. */
	file: string;
	bytes: Uint8Array;
	/** The decisions file's path and parsed content, when there is one. */
	meta?: SeedDecisions;
}

/** One year's decisions file, as the editions show it. */
export interface SeedRecord {
	year: number;
	meta: SeedMeta;
}

/** The seeds folder the build reads and ingest takes seeds from: ARCHIVE_SEEDS_DIR, or `seeds`. */
export function seedsFolder(): string {
	return process.env['ARCHIVE_SEEDS_DIR'] ?? 'seeds';
}

/**
 * The decisions file beside a seed.
 *
 * @example decisionsFileOf('seeds/2022.txt') // 'seeds/2022.yaml'
 */
export function decisionsFileOf(seedFile: string): string {
	return seedFile.replace(/\.txt$/, '.yaml');
}

/** Reads and checks a decisions file; `undefined` when there is none. */
export function readDecisions(file: string, root = '.'): SeedDecisions | undefined {
	let bytes: Uint8Array;
	try {
		// A folder gives EISDIR with no path: name the file.
		bytes = withPathSync(file, () => readFileSync(join(root, file)));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
	return { file, data: parseSeedMeta(decodeDecisions(bytes, file), file) };
}

/**
 * A decisions file's text: UTF-8, strictly. Read leniently, stray bytes (a file
 * saved as Latin-1 or GB18030) became U+FFFD in every page it fills.
 */
function decodeDecisions(bytes: Uint8Array, file: string): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const lenient = new TextDecoder('utf-8').decode(bytes);
		const line = lenient.slice(0, lenient.indexOf('\uFFFD')).split('\n').length;
		throw new IngestError(file, 'the bytes are not valid UTF-8; save the file as UTF-8', line);
	}
}

/**
 * Reads a seed and, when there is one, its decisions file beside it. Refuses
 * what is no seed: a missing file, a folder, a file that is not `.txt`.
 *
 * @param file the seed's path as messages and pages name it (relative to `root`)
 * @param root the folder `file` is relative to (the working folder by default)
 */
export function readSeed(file: string, root = '.'): SeedInput {
	const info = statOrUndefined(join(root, file));
	if (!info) throw new IngestError(file, 'no such file');
	if (!info.isFile())
		throw new IngestError(file, 'not a file: name the seed, e.g. seeds/<year>.txt');
	if (!file.endsWith('.txt'))
		throw new IngestError(
			file,
			'a seed is a .txt file (its decisions are in the .yaml file beside it)'
		);
	const bytes = new Uint8Array(withPathSync(file, () => readFileSync(join(root, file))));
	const meta = readDecisions(decisionsFileOf(file), root);
	return { file, bytes, ...(meta && { meta }) };
}

function statOrUndefined(path: string) {
	try {
		return statSync(path);
	} catch {
		return undefined;
	}
}

/**
 * A seed must be in the seeds folder the build reads (`seeds/`, or
 * ARCHIVE_SEEDS_DIR), and its decisions file's `source.file` must name it:
 * the pages record the seed's path, and the site shows the decisions beside it.
 *
 * @param seedsDir the seeds folder, relative to the working folder or absolute
 */
export function checkSeedPlace(
	seedFile: string,
	seedsDir: string,
	meta: SeedDecisions | undefined
): void {
	if (resolve(dirname(seedFile)) !== resolve(seedsDir))
		throw new IngestError(
			seedFile,
			`a seed must be in ${seedsDir}/ (the folder the build reads); move it there, as ${seedsDir}/${basename(seedFile)}`
		);
	if (meta && meta.data.source.file !== basename(seedFile))
		throw new IngestError(
			meta.file,
			`source.file names ${meta.data.source.file}, but this decisions file is beside ${seedFile}: it must name its own seed (${basename(seedFile)})`
		);
}

/** Every year's decisions file (`<year>.yaml`) in a seeds folder, newest first. */
export function readSeedRecords(dir = seedsFolder()): SeedRecord[] {
	return readdirSync(dir)
		.filter((name) => /^\d{4}\.yaml$/.test(name))
		.map((name) => ({
			year: Number(name.slice(0, 4)),
			// Decoded as ingest decodes it (strict UTF-8): the build never shows U+FFFD for a refused file.
			meta: parseSeedMeta(
				decodeDecisions(readFileSync(join(dir, name)), join(dir, name)),
				join(dir, name)
			),
		}))
		.sort((a, b) => b.year - a.year);
}
