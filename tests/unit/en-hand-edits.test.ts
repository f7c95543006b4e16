import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishHandEdits } from '../../src/lib/translations/en-hand-edits.ts';
import { readReports } from '../helpers/translations.ts';
import { ROOT } from '../helpers/site.ts';

/** Every English page of content/, with its text. */
const pages = readReports()
	.filter((report) => report.en)
	.map((report) => {
		const path = join(ROOT, 'content', report.enPath);
		return { path, raw: readFileSync(path, 'utf8') };
	});

describe('englishHandEdits', () => {
	it('finds nothing on the committed English pages, also with CRLF line endings', () => {
		expect(pages.length).toBeGreaterThan(0);
		for (const { path, raw } of pages) {
			expect(englishHandEdits(raw, path)).toEqual([]);
			expect(englishHandEdits(raw.replace(/\n/g, '\r\n'), path)).toEqual([]);
		}
	});

	it.each([
		[
			'a link',
			(raw: string) => raw.replace(/\n\n([A-Z]\w+) /, '\n\n[$1](https://example.com) '),
			/^body line \d+/,
		],
		[
			'raw HTML',
			(raw: string) => raw.replace(/\n\n([A-Z]\w+) /, '\n\n<b>$1</b> '),
			/^its body holds what no unit can|^body line/,
		],
		[
			'a heading of another level',
			(raw: string) => raw.replace(/\n\n([A-Z]\w+) /, '\n\n### Added\n\n$1 '),
			/^body line \d+/,
		],
	])('names %s', (_, edit, named) => {
		const { path, raw } = pages.find((p) => /^translator: /m.test(p.raw)) ?? pages[0]!;
		const found = englishHandEdits(edit(raw), path);
		expect(found.length).toBeGreaterThan(0);
		expect(found[0]).toMatch(named);
	});
});
