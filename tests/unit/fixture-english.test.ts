/**
 * The English of the fictional 2031 fixture year (tests/fixtures/years/2031-en.json),
 * the translation the staged run imports (tests/stage-year.ts): it matches the
 * year's export unit for unit, goes in through the real `translations import`,
 * and the year it makes is translated throughout and passes `translations check`.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeMultiyear } from '../helpers/build-sites.ts';
import { reportsOf } from '../helpers/corpus.ts';
import {
	readFixtureDocuments,
	readFixtureEnglish,
	translateFromFixture,
} from '../helpers/fixture-english.ts';
import { runTranslations } from '../helpers/translations.ts';

describe('the English of the 2031 fixture', () => {
	// A scratch archive with the 2031 fixture ingested, and its year exported to an XLIFF file.
	const root = mkdtempSync(join(tmpdir(), 'fixture-english-'));
	const content = join(root, 'content');
	const xlf = join(root, '2031.xlf');
	beforeAll(() => {
		makeMultiyear(content, join(root, 'seeds'));
		const run = runTranslations(content, 'export', '2031', '--out', xlf);
		expect(run.status, run.stderr).toBe(0);
	}, 120_000);

	it('translates every unit of the export and imports as a year translated throughout that passes check', () => {
		const english = readFixtureEnglish(2031);
		expect(translateFromFixture(xlf, english, () => true).sort()).toEqual(
			[...english.keys()].sort()
		);
		const imported = runTranslations(content, 'import', xlf);
		expect(imported.status, imported.stdout + imported.stderr).toBe(0);
		expect(reportsOf(2031, content).map((r) => [r.slug, r.status])).toEqual(
			reportsOf(2031, content).map((r) => [r.slug, 'translated'])
		);
		// Every problem check finds is a title the year cites for the first time, which the
		// archivist adds to src/data/documents.json (the staged run does, on its copy).
		const check = runTranslations(content, 'check', '2031');
		const problems = check.stdout.split('\n').filter((line) => /^ {2}[a-z-]+: /.test(line));
		expect(problems, check.stdout + check.stderr).toEqual(
			readFixtureDocuments(2031).map(
				(d) =>
					`  documents: 2031/legal-affairs/p1: 《${d.zh}》 is not in src/data/documents.json: add { "zh": "${d.zh}", "en": "…" } with its English title`
			)
		);
		// The hostile paragraph is stored escaped: nothing in it can run.
		const legal = readFileSync(join(content, '2031', 'en', 'legal-affairs.mdx'), 'utf8');
		expect(legal).toContain('\\{budget} and \\<script>alert(1)\\</script>');
	});

	it('refuses an export it does not match, naming the units', () => {
		const english = new Map(readFixtureEnglish(2031));
		english.delete('2031/legal-affairs/p3');
		english.set('2031/legal-affairs/p9', ['An extra paragraph.']);
		expect(() => translateFromFixture(xlf, english, () => true)).toThrow(
			/not exported: 2031\/legal-affairs\/p9; not translated: 2031\/legal-affairs\/p3/
		);
	});
});
