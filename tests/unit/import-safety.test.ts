/**
 * `npm run translations -- import` (and --mark-current) against what must never
 * reach a page or be lost: characters XML 1.0 and HTML forbid, bidi overrides,
 * a byline the build's YAML reader would read as a date, hand edits to an
 * English page, another run holding the lock, operating-system errors. Every
 * refusal names the file, the line or unit, and leaves content/ byte-identical.
 * The year and report are taken from content/ (a report with an English page
 * and a byline), so no expectation pins the corpus.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFrontmatterAsBuild } from '../../src/lib/content/frontmatter-yaml.ts';
import { ROOT } from '../helpers/site.ts';
import {
	editXliff,
	readReports,
	runTranslations,
	scratchContent,
	setTarget,
	snapshot,
} from '../helpers/translations.ts';

const report = readReports().find((r) => r.en && typeof r.zh.frontmatter['byline'] === 'string')!;
const { year, slug } = report;
const unit = (suffix: string) => `${year}/${slug}/${suffix}`;

/** A scratch content folder and its year exported as XLIFF. */
function exported() {
	const content = scratchContent('import-safety-');
	const xlf = join(content, '..', `${year}.xlf`);
	expect(runTranslations(content, 'export', String(year), '--out', xlf).status).toBe(0);
	return { content, xlf, en: join(content, String(year), 'en', `${slug}.mdx`) };
}

/** The line of the XLIFF where a unit starts. */
const lineOf = (xlf: string, id: string) =>
	readFileSync(xlf, 'utf8')
		.split('\n')
		.findIndex((line) => line.includes(`id="${id}"`)) + 1;

describe('targets with characters the archive refuses', () => {
	it.each([
		['a right-to-left override', '\u202E', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
		['a raw C1 control', '\u0085', 'U+0085 (a control character'],
		['a noncharacter', '\uFDD0', 'U+FDD0 (a noncharacter'],
		['a byte order mark inside the text', '\uFEFF', 'U+FEFF ZERO WIDTH NO-BREAK SPACE'],
	])('refuses %s, naming file, line, unit and code point; writes nothing', (_, char, named) => {
		const { content, xlf } = exported();
		editXliff(xlf, (units) => setTarget(units.get(unit('p1'))!, [`The committee${char} met.`]));
		const before = snapshot(content);
		const result = runTranslations(content, 'import', xlf);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`${xlf}:${lineOf(xlf, unit('p1'))}: ${unit('p1')}: ${named}`);
		expect(result.stderr).toMatch(/at character 14 of the target/);
		expect(result.stderr).toContain('nothing was written');
		expect(snapshot(content)).toEqual(before);
	});

	it('imports an invisible character, which translations check then flags', () => {
		const { content, xlf, en } = exported();
		editXliff(xlf, (units) => setTarget(units.get(unit('p1'))!, ['The com\u200Bmittee met.']));
		const result = runTranslations(content, 'import', xlf);
		expect(result.status, result.stderr).toBe(0);
		expect(readFileSync(en, 'utf8')).toContain('The com\u200Bmittee met.');
		const check = runTranslations(content, 'check', String(year));
		expect(check.stdout).toContain(
			`invisible: ${unit('p1')}: U+200B ZERO WIDTH SPACE (an invisible character: a reader cannot see it, and search does not find a word it splits) at character 8`
		);
	});
});

describe('frontmatter every YAML reader reads alike', () => {
	it('writes a byline that looks like a date quoted, so the build reads it as text', () => {
		const { content, xlf, en } = exported();
		editXliff(xlf, (units) => setTarget(units.get(unit('byline'))!, ['2022-12-31']));
		const result = runTranslations(content, 'import', xlf);
		expect(result.status, result.stderr).toBe(0);
		const page = readFileSync(en, 'utf8');
		expect(page).toContain('\nbyline: "2022-12-31"\n');
		expect(readFrontmatterAsBuild(page)['byline']).toBe('2022-12-31');
	});
});

describe('hand edits to an English page', () => {
	it.each([
		[
			'emphasis in a paragraph',
			(page: string) => page.replace(/\n\n([A-Z][a-z]+) /, '\n\n*$1* '),
			/body line \d+ \(Markdown formatting or text the units do not hold\)/,
		],
		[
			'a field the schema does not know',
			(page: string) => page.replace('\ntranslationOf:', '\nreviewer: J. Smith\ntranslationOf:'),
			/its frontmatter is not what the tools write \(keys: Unrecognized key: "reviewer"\)/,
		],
		[
			'a comment in the frontmatter',
			(page: string) => page.replace('\ntranslationOf:', '\n# checked\ntranslationOf:'),
			/comments or formatting of the frontmatter/,
		],
	])('refuses an import that would drop %s, and --mark-current too', (_, edit, named) => {
		const { content, xlf, en } = exported();
		writeFileSync(en, edit(readFileSync(en, 'utf8')));
		editXliff(xlf, (units) => setTarget(units.get(unit('p1'))!, ['A new translation.']));
		const before = snapshot(content);
		const result = runTranslations(content, 'import', xlf);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(
			`${year}/en/${slug}.mdx was edited by hand, and the import would drop the edit`
		);
		expect(result.stderr).toMatch(named);
		expect(result.stderr).toContain('Undo the edit (git diff shows it)');
		expect(snapshot(content)).toEqual(before);
		const mark = runTranslations(content, '--mark-current', `${year}/${slug}`);
		expect(mark.status).toBe(1);
		expect(mark.stderr).toContain(
			`${join(content, String(year), 'en', `${slug}.mdx`)} was edited by hand, and --mark-current would drop the edit`
		);
		expect(snapshot(content)).toEqual(before);
	});
});

describe('runs and the file system', () => {
	it('refuses while another run holds the lock, naming it', () => {
		const { content, xlf } = exported();
		const holder = { pid: process.pid, command: 'ingest', started: '2031-01-01T00:00:00.000Z' };
		writeFileSync(join(content, '.archive.lock'), JSON.stringify(holder));
		const result = runTranslations(content, 'import', xlf);
		expect(result.status).toBe(1);
		expect(result.stderr).toBe(
			`error: another ingest is running (pid ${process.pid}, since 2031-01-01T00:00:00.000Z); wait for it to finish, then run again (if process ${process.pid} is no ingest or import, delete ${join(content, '.archive.lock')}). Nothing was written.\n`
		);
	});

	it('names a directory given as the XLIFF file, and a missing content folder, in one line', () => {
		const { content } = exported();
		const folder = join(content, '..', 'a-folder.xlf');
		mkdirSync(folder);
		const dir = runTranslations(content, 'import', folder);
		expect(dir.status).toBe(1);
		expect(dir.stderr).toBe(`import: expected a translated XLIFF file, not ${folder}\n`);
		const missing = join(content, '..', 'no-such-content');
		const gone = runTranslations(missing, 'import', folder);
		expect(gone.stderr).toBe(`error: ${missing}: no such file or folder\nNothing was written.\n`);
		expect(runTranslations(missing, 'status').stderr).toBe(
			`error: ${missing}: no such file or folder\nNothing was written.\n`
		);
	});

	it('on a full disk (injected), says so in one line and writes nothing', () => {
		const { content, xlf } = exported();
		editXliff(xlf, (units) => setTarget(units.get(unit('p1'))!, ['A new translation.']));
		const before = snapshot(content);
		const full = runTranslationsWithEnv(
			content,
			{ ARCHIVE_TEST_FAIL_STEP: '2:ENOSPC' },
			'import',
			xlf
		);
		expect(full.status).toBe(1);
		expect(full.stderr).toMatch(
			/^error: .*\.run-[0-9a-z]+\.new: no space left on the disk\nNothing was written\.\n$/
		);
		expect(snapshot(content)).toEqual(before);
	});
});

/** `npm run translations` with extra environment variables (the writer's test hooks). */
function runTranslationsWithEnv(content: string, env: Record<string, string>, ...args: string[]) {
	return spawnSync(
		join(ROOT, 'node_modules', '.bin', 'node'),
		[join(ROOT, 'scripts', 'translations.ts'), '--content', content, ...args],
		{ cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } }
	);
}
