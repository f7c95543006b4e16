/**
 * Nothing lost, nothing invented: the Chinese pages of every seed (the committed
 * content/<year>/zh/) and of every golden ingest fixture (its expected pages),
 * read back as MDX, give the source's body text, apart from the recorded
 * editorial decisions (a joined paragraph splits back at its join marks; the
 * credit line, moved to the frontmatter, goes back to the end of the last line)
 * and the layout traces the report lists (soft wraps, a heading's markup, a
 * subtitle's dash), each of which removes nothing but markup.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSeed, toSourceLines } from '../../src/lib/ingest/decode.ts';
import { ingestSource, type IngestResult } from '../../src/lib/ingest/pipeline.ts';
import { readSeed } from '../../src/lib/content/seed-files.ts';
import { FIXTURES, fixtureCases, fixtureInput } from '../helpers/fixtures.ts';
import { bodyBlocks, parsePage } from '../helpers/mdx.ts';
import { ROOT } from '../helpers/site.ts';

interface Frontmatter {
	order: number;
	kind: string;
	title: string;
	article: { title: string; subtitle: string };
	byline?: string;
	credit?: string;
}

/** The source lines again, from the pages in a folder of `<slug>.mdx` files. */
function rebuildSource(dir: string): string[] {
	const pages = readdirSync(dir)
		.map((name) => parsePage(readFileSync(join(dir, name), 'utf8')))
		.sort(
			(a, b) =>
				(a.frontmatter as unknown as Frontmatter).order -
				(b.frontmatter as unknown as Frontmatter).order
		);
	const lines: string[] = [];
	let article = '';
	let credit: string | undefined;
	for (const page of pages) {
		const fm = page.frontmatter as unknown as Frontmatter;
		if (fm.article.title !== article) {
			if (credit) lines[lines.length - 1] += credit;
			article = fm.article.title;
			credit = fm.credit;
			lines.push(fm.article.title, fm.article.subtitle);
			if (fm.byline) lines.push(fm.byline);
		}
		if (fm.kind === 'committee') lines.push(fm.title);
		for (const block of bodyBlocks(page.tree)) lines.push(...block.parts);
	}
	if (credit) lines[lines.length - 1] += credit;
	return lines;
}

/** Characters a copy adds around a heading or before a subtitle: markup, never text. */
const MARKUP = /^[\s\u3000#*_【】■□◆◇●○◎▲△★☆▶►▪•：:—─\-－―]*$/u;

/**
 * The source's physical lines, each line the report says was read otherwise
 * than printed replaced by its reading (after checking that the reading only
 * drops markup).
 */
function sourceAsRead(text: string, result: IngestResult): string[] {
	const readings = new Map(result.readings.map((reading) => [reading.line, reading]));
	const physical = toSourceLines(text).map((line) => {
		const reading = readings.get(line.n);
		if (!reading) return line;
		const kept = reading.read.replace(/^——/u, '');
		expect(
			reading.printed.includes(kept),
			`line ${line.n}: “${reading.read}” is not in “${reading.printed}”`
		).toBe(true);
		expect(reading.printed.replace(kept, ''), `line ${line.n}: only markup may be dropped`).toMatch(
			MARKUP
		);
		return { ...line, text: reading.read };
	});
	return physical.map((line) => line.text);
}

function check(text: string, result: IngestResult, dir: string) {
	const source = sourceAsRead(text, result);
	const rebuilt = rebuildSource(dir);
	if (result.layout.softWraps === 0) {
		// Line for line: each line of the source is one line of a page, in order, exactly once.
		expect(rebuilt).toHaveLength(source.length);
		expect(rebuilt).toEqual(source);
	}
	// Character for character, whatever the wrapping.
	expect(rebuilt.join('')).toBe(source.join(''));
}

const years = readdirSync(join(ROOT, 'seeds')).flatMap((name) =>
	/^\d{4}\.txt$/.test(name) ? [Number(name.slice(0, 4))] : []
);

describe.each(years)('the pages of %i', (year) => {
	it('hold every line of the source body, in order, each exactly once', () => {
		const seed = readSeed(`seeds/${year}.txt`, ROOT);
		const result = ingestSource(seed);
		check(
			decodeSeed(seed.bytes, `${year}.txt`).text,
			result,
			join(ROOT, 'content', String(year), 'zh')
		);
	});
});

const cases = fixtureCases().filter((name) => existsSync(join(FIXTURES, name, 'expected')));

describe.each(cases)('the expected pages of the %s fixture', (name) => {
	it('hold every character of its source body, in order, each exactly once', () => {
		const input = fixtureInput(name);
		const result = ingestSource(input);
		const [year] = readdirSync(join(FIXTURES, name, 'expected'));
		check(
			decodeSeed(input.bytes, input.file).text,
			result,
			join(FIXTURES, name, 'expected', year!, 'zh')
		);
	});
});

it('covers at least the 2022 seed and the layout fixtures', () => {
	expect(years).toContain(2022);
	expect(cases).toEqual(
		expect.arrayContaining([
			'hard-wrapped',
			'decorated-headings',
			'subtitle-dash-ascii',
			'whitespace',
		])
	);
});
