/**
 * The fictional 2031 year translated as an archivist would: ingested, exported
 * to XLIFF, filled "in a CAT tool" (fast-xml-parser here) with English — hostile
 * text and a placeholder moved within its sentence included, the overview
 * only partly translated (its first paragraph), one report not at all, one
 * translated but for its head (headline, subtitle, credit left as exported;
 * its title, the committee's name, comes pre-filled from the registry: the
 * `UNTRANSLATED_HEAD` report), and the overview's headline left untranslated
 * — imported, and then one editorial
 * decision changed and ingest run again, so that one English paragraph is
 * outdated. Used by the build-sites setup.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './site.ts';
import { editXliff, type OrderedNode, runTranslations, setTarget } from './translations.ts';

/** English for the hostile paragraphs of the 2031 legal-affairs page (shown as text, never run). */
export const HOSTILE_P2 =
	'The meeting discussed how {budget} and <script>alert(1)</script>, `code`, | table |, **bold**, _italics_, [link](http://example.com), &amp; and &lt;b&gt; display on web pages (4 items, 56 opinions).';
export const HOSTILE_P3 =
	'import x from "y" and export at the start of a paragraph must show as written, and so must # and >.';
/** English for the supervisory-judicial-affairs paragraph: Markdown block syntax at its start. */
export const HOSTILE_BLOCK =
	'# Not a heading; > not a quote; 1. not a list: 3 reports heard, 2 law enforcement inspections.';
/** The 2031 overview paragraph with a page-break join, its placeholder moved to another place in the sentence. */
export const MOVED = [
	'In 2031, upholding the leadership of the Party, it earnestly studied the guiding principles, put decisions into effect, and always, under the leadership',
	{ x: 'join-1' },
	' of the Municipal Party Committee, advanced the work of the people’s congress according to law.',
] as const;
/** The report whose paragraphs are translated and whose head fields are left untranslated. */
export const UNTRANSLATED_HEAD = 'finance-economics';

/** The decision added after the import: a note on the overview paragraph about daylilies. */
export const CHANGED_DECISION = `  - type: note
    at: 调研大同黄花产业发展
    note:
      zh: 测试用：导入译文后新增的编者注。
      en: "For the tests: an editor’s note added after the translation was imported."
`;

function text(unit: OrderedNode): string {
	const source = (unit['trans-unit'] as OrderedNode[]).find((c) => 'source' in c)![
		'source'
	] as OrderedNode[];
	return source.map((c) => String((c['#text'] as string | number | undefined) ?? '')).join('');
}

function placeholders(unit: OrderedNode): { x: string }[] {
	const source = (unit['trans-unit'] as OrderedNode[]).find((c) => 'source' in c)![
		'source'
	] as OrderedNode[];
	return source.filter((c) => 'x' in c).map((c) => ({ x: c[':@']!['@_id']! }));
}

/** Translates the 2031 year of a multi-year content folder (made by makeMultiyear). */
export function translate2031(contentDir: string, seedsDir: string): void {
	const xlf = join(contentDir, '..', '2031.xlf');
	const run = (...args: string[]) => {
		const result = runTranslations(contentDir, ...args);
		if (result.status !== 0)
			throw new Error(`translations ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
	};
	run('export', '2031', '--out', xlf);
	// The year's introduction in English, written beside the translation (tests/fixtures/prose/).
	cpSync(
		join(ROOT, 'tests', 'fixtures', 'prose', 'en', 'year', '2031.md'),
		join(contentDir, 'prose', 'en', 'year', '2031.md')
	);
	editXliff(xlf, (units) => {
		for (const [id, unit] of units) {
			const [, slug, name] = id.split('/');
			if (slug === 'ethnic-religious-overseas-affairs') continue;
			// The overview stays partly translated: its first paragraph shows the Chinese.
			if (id === '2031/standing-committee/p1') continue;
			// Its head stays in Chinese: the English page must not take that Chinese for English.
			if (slug === UNTRANSLATED_HEAD && !/^[ph]\d+$/.test(name!)) continue;
			// So does the overview's headline (its title).
			if (id === '2031/standing-committee/title') continue;
			const numbers = (text(unit).match(/\d+/g) ?? []).join(', ');
			let parts: (string | { x: string })[] = [
				`English of ${name} (${slug})${numbers ? `: ${numbers}` : ''}.`,
				...placeholders(unit),
			];
			if (id === '2031/legal-affairs/p2') parts = [HOSTILE_P2];
			if (id === '2031/legal-affairs/p3') parts = [HOSTILE_P3];
			if (id === '2031/supervisory-judicial-affairs/p1') parts = [HOSTILE_BLOCK];
			if (placeholders(unit).some((p) => p.x === 'join-1') && slug === 'standing-committee')
				parts = [...MOVED];
			setTarget(unit, parts);
		}
	});
	run('import', xlf);
	// One decision changes after the translation: only the paragraph it marks becomes outdated.
	const yamlPath = join(seedsDir, '2031.yaml');
	writeFileSync(
		yamlPath,
		readFileSync(yamlPath, 'utf8').replace(/^decisions:\n/m, `decisions:\n${CHANGED_DECISION}`)
	);
	const ingest = spawnSync(
		join(ROOT, 'node_modules', '.bin', 'node'),
		['scripts/ingest.ts', '--content', contentDir, join(seedsDir, '2031.txt')],
		// The seeds folder the build reads: ingest takes seeds only from there.
		{ cwd: ROOT, encoding: 'utf8', env: { ...process.env, ARCHIVE_SEEDS_DIR: seedsDir } }
	);
	if (ingest.status !== 0)
		throw new Error(
			`ingest after the changed decision failed:\n${ingest.stdout}\n${ingest.stderr}`
		);
}
