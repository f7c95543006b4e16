/**
 * The golden ingest fixtures (tests/fixtures/ingest/<case>/), one loop for all:
 * each case's pages and report, or its refusal message, are what its expected
 * files say, and a case with a twin (a clean copy of the same text) gives the
 * same pages, headings and paragraphs as the twin. `UPDATE=1 npm run test:unit
 * -- tests/unit/ingest-fixtures.test.ts` rewrites the expected files (and the
 * sha256 recorded in each input.yaml); review the diff before committing it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/lib/hash.ts';
import { IngestError } from '../../src/lib/content/ingest-error.ts';
import { formatReport } from '../../src/lib/ingest/report.ts';
import { planWrites } from '../../src/lib/ingest/write.ts';
import { FIXTURES, fixtureCases, ingestFixture, readerView } from '../helpers/fixtures.ts';

const UPDATE = process.env.UPDATE === '1';
/** Numbering is kept verbatim in a heading; a twin without it compares the rest. */
const NUMBERING =
	/^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.、]|第[一二三四五六七八九十]+部分)\s*/u;

/** The outcome of a case as files: path → expected content. */
function outcome(name: string): Map<string, string> {
	const files = new Map<string, string>();
	try {
		const result = ingestFixture(name);
		for (const page of result.pages) files.set(`expected/${page.path}`, page.mdx);
		const actions = planWrites(result.pages, new Map(), false);
		files.set(
			'expected-report.txt',
			`${formatReport(result, actions, { dryRun: false, check: false })}\n`
		);
	} catch (error) {
		if (!(error instanceof IngestError)) throw error;
		files.set('expected-error.txt', `${error.message}\n`);
	}
	return files;
}

/** The expected files of a case as they are on disk. */
function expectedFiles(dir: string): Map<string, string> {
	const files = new Map<string, string>();
	const walk = (relative: string) => {
		for (const entry of readdirSync(join(dir, relative), { withFileTypes: true })) {
			const path = relative ? `${relative}/${entry.name}` : entry.name;
			if (entry.isDirectory()) walk(path);
			else if (path.startsWith('expected')) files.set(path, readFileSync(join(dir, path), 'utf8'));
		}
	};
	walk('');
	return files;
}

function update(name: string, actual: Map<string, string>) {
	const dir = join(FIXTURES, name);
	const yamlPath = join(dir, 'input.yaml');
	if (existsSync(yamlPath)) {
		const digest = sha256(new Uint8Array(readFileSync(join(dir, 'input.txt'))));
		writeFileSync(
			yamlPath,
			readFileSync(yamlPath, 'utf8').replace(/sha256: "?[0-9a-f]*"?/, `sha256: "${digest}"`)
		);
		actual = outcome(name);
	}
	rmSync(join(dir, 'expected'), { recursive: true, force: true });
	for (const file of ['expected-report.txt', 'expected-error.txt'])
		rmSync(join(dir, file), { force: true });
	for (const [path, content] of actual) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), content);
	}
}

describe('ingestSource on the golden fixtures', () => {
	const cases = fixtureCases();

	it('has a case for each layout class and each refusal', () => {
		expect(cases).toEqual(
			expect.arrayContaining([
				'clean-2033',
				'numbered-headings',
				'decorated-headings',
				'subtitle-dash-single',
				'subtitle-dash-ascii',
				'hard-wrapped',
				'one-per-line',
				'whitespace',
				'year-2031',
				'mini',
			])
		);
		expect(cases.filter((name) => name.startsWith('refuse-')).length).toBeGreaterThanOrEqual(3);
	});

	it.each(cases)('%s: the pages and report (or the refusal) are the expected ones', (name) => {
		let actual = outcome(name);
		if (UPDATE) {
			update(name, actual);
			actual = outcome(name);
		}
		const expected = expectedFiles(join(FIXTURES, name));
		expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
		for (const [path, content] of actual)
			expect(content, `${name}/${path}`).toBe(expected.get(path));
		// A refusal case is named so, and refuses; every other case is ingested.
		expect(actual.has('expected-error.txt')).toBe(name.startsWith('refuse-'));
	});

	it.each(cases.filter((name) => existsSync(join(FIXTURES, name, 'twin.txt'))))(
		'%s: the same pages, headings and paragraphs as its clean twin',
		(name) => {
			const [twin, option] = readFileSync(join(FIXTURES, name, 'twin.txt'), 'utf8')
				.trim()
				.split(/\s+/);
			const heading =
				option === 'ignoring-numbering' ? (text: string) => text.replace(NUMBERING, '') : undefined;
			const view = readerView(ingestFixture(name), heading);
			expect(view).toEqual(readerView(ingestFixture(twin!)));
			if (heading)
				expect(readerView(ingestFixture(name))).not.toEqual(readerView(ingestFixture(twin!)));
		}
	);
});
