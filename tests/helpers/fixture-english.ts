/**
 * The English of a fixture year (`tests/fixtures/years/<year>-en.json`: a
 * complete, faithful translation keyed by unit id), put into an XLIFF file that
 * `npm run translations -- export` wrote, as a translator's CAT tool would: the
 * chosen units get their English and `state="translated"`, the others are left
 * as exported. The archive then takes it through `translations import`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './site.ts';
import { editXliff, setTarget } from './translations.ts';

/** A unit's English: text, with `{ x: id }` where the Chinese has an editorial mark. */
export type FixtureTarget = (string | { x: string })[];

/** A 《》 title with its English title, as src/data/documents.json lists it. */
export interface FixtureDocument {
	zh: string;
	en: string;
}

/** The fixture file of a year, parsed. */
function readFixture(year: number): {
	documents?: FixtureDocument[];
	units: Record<string, string | FixtureTarget>;
} {
	return JSON.parse(
		readFileSync(join(ROOT, 'tests', 'fixtures', 'years', `${year}-en.json`), 'utf8')
	) as { documents?: FixtureDocument[]; units: Record<string, string | FixtureTarget> };
}

/** The titles a fixture year cites that src/data/documents.json does not list, with their English. */
export function readFixtureDocuments(year: number): FixtureDocument[] {
	return readFixture(year).documents ?? [];
}

/**
 * Adds a fixture year's new titles to `<tree>/src/data/documents.json`, as the
 * archivist does when a year arrives (README, adding a year). For scratch trees
 * only: the staged run's copy, never the project's own file.
 */
export function addFixtureDocuments(tree: string, year: number): void {
	const file = join(tree, 'src', 'data', 'documents.json');
	const data = JSON.parse(readFileSync(file, 'utf8')) as { documents: FixtureDocument[] };
	const known = new Set(data.documents.map((d) => d.zh));
	data.documents.push(...readFixtureDocuments(year).filter((d) => !known.has(d.zh)));
	writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}

/** The English of a fixture year, by unit id. */
export function readFixtureEnglish(year: number): Map<string, FixtureTarget> {
	const { units } = readFixture(year);
	return new Map(
		Object.entries(units).map(([id, target]) => [
			id,
			typeof target === 'string' ? [target] : target,
		])
	);
}

/**
 * Translates the units of an exported XLIFF that `choose` selects, from the
 * fixture; throws when the export and the fixture disagree on the units (the
 * fixture must be a complete translation of the year as exported). Returns the
 * ids translated.
 */
export function translateFromFixture(
	xlf: string,
	english: ReadonlyMap<string, FixtureTarget>,
	choose: (id: string) => boolean
): string[] {
	const translated: string[] = [];
	editXliff(xlf, (units) => {
		const unknown = [...english.keys()].filter((id) => !units.has(id));
		const missing = [...units.keys()].filter((id) => !english.has(id));
		if (unknown.length > 0 || missing.length > 0)
			throw new Error(
				`${xlf}: the fixture's English does not match the export (not exported: ${unknown.join(', ') || 'none'}; not translated: ${missing.join(', ') || 'none'})`
			);
		for (const [id, unit] of units) {
			if (!choose(id)) continue;
			setTarget(unit, english.get(id)!);
			translated.push(id);
		}
	});
	return translated;
}
