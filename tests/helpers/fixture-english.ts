/**
 * The English of a fixture year (`tests/fixtures/years/<year>-en.json`: a
 * complete, faithful translation keyed by unit id), put into an XLIFF file that
 * `npm run translations -- export` wrote, as a translator's CAT tool would: the
 * chosen units get their English and `state="translated"`, the others are left
 * as exported. The archive then takes it through `translations import`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './site.ts';
import { editXliff, setTarget } from './translations.ts';

/** A unit's English: text, with `{ x: id }` where the Chinese has an editorial mark. */
export type FixtureTarget = (string | { x: string })[];

/** The English of a fixture year, by unit id. */
export function readFixtureEnglish(year: number): Map<string, FixtureTarget> {
	const file = join(ROOT, 'tests', 'fixtures', 'years', `${year}-en.json`);
	const { units } = JSON.parse(readFileSync(file, 'utf8')) as {
		units: Record<string, string | FixtureTarget>;
	};
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
