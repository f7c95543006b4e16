/**
 * Nothing lost, nothing invented: the committed Chinese pages of every seed, read back
 * as MDX, give the source's body text line for line, apart from the recorded
 * editorial decisions (a joined paragraph splits back at its join marks; the
 * credit line, moved to the frontmatter, goes back to the end of the last line).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSeed, toSourceLines } from '../../src/lib/ingest/decode.ts';
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

function rebuildSource(year: number): string[] {
	const dir = join(ROOT, 'content', String(year), 'zh');
	const pages = readdirSync(dir)
		.map((name) => parsePage(readFileSync(join(dir, name), 'utf8')))
		.sort((a, b) => (a.frontmatter as unknown as Frontmatter).order - (b.frontmatter as unknown as Frontmatter).order);
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

const years = readdirSync(join(ROOT, 'seeds')).flatMap((name) => (/^\d{4}\.txt$/.test(name) ? [Number(name.slice(0, 4))] : []));

describe.each(years)('the pages of %i', (year) => {
	it('hold every line of the source body, in order, each exactly once', () => {
		const seed = new Uint8Array(readFileSync(join(ROOT, 'seeds', `${year}.txt`)));
		const source = toSourceLines(decodeSeed(seed, `${year}.txt`).text).map((l) => l.text);
		const rebuilt = rebuildSource(year);
		expect(rebuilt).toHaveLength(source.length);
		expect(rebuilt).toEqual(source);
		expect(rebuilt.join('')).toBe(source.join(''));
	});
});

it('covers at least the 2022 seed', () => {
	expect(years).toContain(2022);
});
