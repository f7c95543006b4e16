/**
 * An import never silently reverts English edited on a page after the export
 * (issue 17, item 1): the export records, per unit, a fingerprint of the
 * page's English (`datong:english`); a unit whose page English changed since
 * is kept when the translator left its target as exported, and refuses the
 * file when the translator changed it too. An XLIFF without fingerprints (an
 * older export, or a tool that dropped them) imports as it always did. The
 * report is taken from content/ (one with an English page whose first
 * paragraphs hold no marks), so no expectation pins the corpus.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { existingTranslations } from '../../src/lib/content/report-pages.ts';
import { canonicalInlines, hashUnit, pageUnits } from '../../src/lib/content/page-units.ts';
import { editSinceExport } from '../../src/lib/translations/import-edits.ts';
import { parseXliff } from '../../src/lib/translations/xliff-read.ts';
import {
	editXliff,
	readReports,
	runTranslations,
	scratchContent,
	setTarget,
	snapshot,
} from '../helpers/translations.ts';

const plainUnit = (r: ReturnType<typeof readReports>[number], suffix: string) =>
	pageUnits(r.year, r.slug, r.zh)
		.find((u) => u.id.endsWith(`/${suffix}`))
		?.source.every((i) => i.type === 'text');
const report = readReports().find(
	(r) =>
		r.en &&
		existingTranslations(r).has(`${r.year}/${r.slug}/title`) &&
		plainUnit(r, 'p1') &&
		plainUnit(r, 'p2')
)!;
const { year, slug } = report;
const unit = (suffix: string) => `${year}/${slug}/${suffix}`;
const englishOf = (suffix: string) =>
	canonicalInlines(existingTranslations(report).get(unit(suffix))!.target);
const lastLine = (text: string) => text.trimEnd().split('\n').at(-1);

/** A scratch content folder, its year exported, and the English page's path. */
function exported() {
	const content = scratchContent('import-edits-');
	const xlf = join(content, '..', `${year}.xlf`);
	expect(runTranslations(content, 'export', String(year), '--out', xlf).status).toBe(0);
	return { content, xlf, en: join(content, String(year), 'en', `${slug}.mdx`) };
}

/** Edits the page's plain English after the export: a word into p1, and the title. */
function editPage(en: string): string {
	const page = readFileSync(en, 'utf8');
	const p1 = englishOf('p1');
	const title = englishOf('title');
	expect(page.split(p1)).toHaveLength(2);
	expect(page).toContain(`\ntitle: ${title}\n`);
	const edited = page
		.replace(p1, `${p1} (Edited by hand.)`)
		.replace(`\ntitle: ${title}\n`, `\ntitle: ${title} Revised\n`);
	writeFileSync(en, edited);
	return edited;
}

const lineOf = (xlf: string, id: string) =>
	readFileSync(xlf, 'utf8')
		.split('\n')
		.findIndex((line) => line.includes(`id="${id}"`)) + 1;

describe('English edited on a page since the export', () => {
	it('is kept when the translator left the unit as exported, and listed; the units the translator changed are imported', () => {
		const { content, xlf, en } = exported();
		const edited = editPage(en);
		editXliff(xlf, (units) => setTarget(units.get(unit('p2'))!, ['The translator’s new p2.']));
		const result = runTranslations(content, 'import', xlf);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain(
			`kept the English edited since the export (the file brings the English exported, which the translator did not change):\n  ${year}/${slug}: title p1\n`
		);
		expect(lastLine(result.stdout)).toMatch(
			/: \d+ imported, 0 untranslated, 0 incomplete, 0 need review, 2 kept as edited since the export$/
		);
		const page = readFileSync(en, 'utf8');
		expect(page).toContain(`${englishOf('p1')} (Edited by hand.)`);
		expect(page).toContain(`\ntitle: ${englishOf('title')} Revised\n`);
		expect(page).toContain('The translator’s new p2.');
		expect(page.replace('The translator’s new p2.', englishOf('p2'))).toBe(edited);
	});

	it('refuses the file when the translator changed the unit too, naming file, line, unit and both versions; writes nothing', () => {
		const { content, xlf, en } = exported();
		editPage(en);
		editXliff(xlf, (units) => setTarget(units.get(unit('p1'))!, ['The translator’s new p1.']));
		const before = snapshot(content);
		const result = runTranslations(content, 'import', xlf);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(
			`${xlf}:${lineOf(xlf, unit('p1'))}: ${unit('p1')}: the English of ${year}/en/${slug}.mdx changed since the export (now ${JSON.stringify(`${englishOf('p1')} (Edited by hand.)`.slice(0, 300))}`
		);
		expect(result.stderr).toContain(
			'and the file brings other English ("The translator’s new p1.")'
		);
		expect(result.stderr).toContain('nothing was written');
		expect(snapshot(content)).toEqual(before);
	});

	it('keeps it under --replace too', () => {
		const { content, xlf, en } = exported();
		editPage(en);
		const result = runTranslations(content, 'import', xlf, '--replace');
		expect(result.status, result.stderr).toBe(0);
		expect(readFileSync(en, 'utf8')).toContain(`${englishOf('p1')} (Edited by hand.)`);
		expect(lastLine(result.stdout)).toMatch(/, 2 kept as edited since the export$/);
	});
});

describe('pages not edited since the export, and exports without fingerprints', () => {
	it('records a fingerprint of the page’s English on every unit', () => {
		const { xlf } = exported();
		const units = parseXliff(readFileSync(xlf, 'utf8'), xlf).flatMap((f) => f.units);
		const english = new Map(
			readReports()
				.filter((r) => r.year === year)
				.flatMap((r) => [...existingTranslations(r)])
		);
		expect(units.map((u) => [u.id, u.english])).toEqual(
			units.map((u) => [u.id, hashUnit(english.get(u.id)?.target ?? [])])
		);
	});

	it('imports the translator’s English into a page not edited since the export, as before', () => {
		const { content, xlf, en } = exported();
		editXliff(xlf, (units) => setTarget(units.get(unit('p1'))!, ['The translator’s new p1.']));
		const result = runTranslations(content, 'import', xlf);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).not.toContain('kept');
		expect(lastLine(result.stdout)).toMatch(/, 0 need review$/);
		expect(readFileSync(en, 'utf8')).toContain('The translator’s new p1.');
	});

	it('imports an XLIFF without fingerprints (an older export) as before: the file’s English is written', () => {
		const { content, xlf, en } = exported();
		writeFileSync(xlf, readFileSync(xlf, 'utf8').replace(/ datong:english="[0-9a-f]+"/g, ''));
		expect(parseXliff(readFileSync(xlf, 'utf8'), xlf)[0]!.units[0]!.english).toBeUndefined();
		editPage(en);
		const result = runTranslations(content, 'import', xlf);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).not.toContain('kept');
		expect(readFileSync(en, 'utf8')).not.toContain('(Edited by hand.)');
		expect(readFileSync(en, 'utf8')).toContain(englishOf('p1'));
	});

	it('reads the fingerprint whatever prefix a tool saved the namespace with', () => {
		const { xlf } = exported();
		const renamed = readFileSync(xlf, 'utf8')
			.replace('xmlns:datong=', 'xmlns:ns1=')
			.replace(/ datong:english=/g, ' ns1:english=');
		const units = parseXliff(renamed, xlf).flatMap((f) => f.units);
		expect(units.find((u) => u.id === unit('p1'))!.english).toBe(
			hashUnit(existingTranslations(report).get(unit('p1'))!.target)
		);
	});
});

describe('editSinceExport', () => {
	const text = (value: string) => [{ type: 'text' as const, value }];
	const path = 'content/2031/en/x.mdx';

	it('imports when nothing was recorded, or the page is as exported, or the target is the page’s English', () => {
		expect(editSinceExport(undefined, text('Edited.'), text('New.'), path).kind).toBe('import');
		expect(editSinceExport(hashUnit(text('Old.')), text('Old.'), text('New.'), path).kind).toBe(
			'import'
		);
		expect(
			editSinceExport(hashUnit(text('Old.')), text('Edited.'), text('Edited.'), path).kind
		).toBe('import');
	});

	it('keeps the page for an untouched target, and imports where the page has no English now (nothing to lose)', () => {
		const old = hashUnit(text('Old.'));
		expect(editSinceExport(old, text('Edited.'), text(' Old. '), path).kind).toBe('keep');
		expect(editSinceExport(old, undefined, text('Old.'), path).kind).toBe('import');
		expect(editSinceExport(old, undefined, text('New.'), path).kind).toBe('import');
		const conflict = editSinceExport(old, text('Edited.'), text('New.'), path);
		expect(conflict.kind).toBe('conflict');
		expect(conflict.kind === 'conflict' && conflict.message).toContain(
			`the English of ${path} changed since the export (now "Edited.") and the file brings other English ("New.")`
		);
	});
});
