/**
 * The real CAT tools on the fictional 2031 year (tests/fixtures/ingest/year-2031/,
 * ingested into a scratch folder; its daylily paragraph gets a second sentence,
 * so that a tool that segments by sentence can leave it half done):
 *
 * - Debian's OmegaT 3.6 in console mode on `export --copy-source`: it sees every
 *   unit; a translator's memory (`project_save.tmx`) translates most segments,
 *   leaves two units and half a paragraph; `console-translate` writes the
 *   target; import takes every unit OmegaT wrote fully in English and lists the
 *   rest; the English pages build, hostile text shown as text.
 * - translate-toolkit's XLIFF storage as Weblate's XLIFF component saves it:
 *   translated, approved, needs editing, needs review, untranslated; `--mark-reviewed`.
 * - translate-toolkit's PO converters (xliff2po, pomerge, po2xliff): what they
 *   lose, and the refusals that protect the archive from it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageUnits, parsePageFile, type Unit } from '../../src/lib/content/page-units.ts';
import { parseXliff, type XliffUnit } from '../../src/lib/translations/xliff-read.ts';
import { ingestFixtureYear } from '../helpers/fixture-year.ts';
import { select, textOf } from '../helpers/html.ts';
import {
	createOmegatProject,
	type OmegatProject,
	readOmegatTmx,
	runOmegat,
	type Segment,
	writeProjectSave,
} from '../helpers/omegat.ts';
import { buildSite } from '../helpers/site.ts';
import {
	editAsWeblate,
	runConverter,
	runPython,
	type WeblateEdit,
} from '../helpers/translate-toolkit.ts';
import { HOSTILE_BLOCK, HOSTILE_P2, HOSTILE_P3 } from '../helpers/translated-year.ts';
import { readReports, runTranslations, snapshot } from '../helpers/translations.ts';

/** The sentence given to the daylily paragraph, which the fixture has as one sentence. */
const SECOND = '黄花产业带动群众增收。';
const withSecondSentence = (text: string) =>
	text.replace('调研大同黄花产业发展。', `调研大同黄花产业发展。${SECOND}`);

const squash = (text: string) => text.replace(/\s+/g, '');
const hasHan = (text: string) => /\p{Script=Han}/u.test(text);
const plain = (inlines: XliffUnit['source'] | undefined) =>
	(inlines ?? []).map((i) => (i.type === 'text' ? i.value : '')).join('');
/** A unit's text as OmegaT translates it in the source=target variety: its target. */
const targetText = (unit: XliffUnit) => squash(plain(unit.target));
/** The segment's text without OmegaT's tags (`<x0/>`). */
const segmentText = (segment: Segment) => squash(segment.source.replace(/<x\d+\/>/g, ''));

/** The segments a unit's text is made of, in order, or `undefined` when they do not make it up. */
function segmentsOf(unit: XliffUnit, segments: Segment[]): Segment[] | undefined {
	const longestFirst = [...segments].sort((a, b) => segmentText(b).length - segmentText(a).length);
	const found: Segment[] = [];
	let rest = targetText(unit);
	while (rest !== '') {
		const next = longestFirst.find((s) => segmentText(s) !== '' && rest.startsWith(segmentText(s)));
		if (!next) return undefined;
		found.push(next);
		rest = rest.slice(segmentText(next).length);
	}
	return found;
}

/** The last line of a command's output: import's one summary line. */
const lastLine = (text: string) => text.trimEnd().split('\n').at(-1);

/** A paragraph's text on a built page, without its number link and its notice. */
function paragraphText(html: string, id: string): string {
	const node = select(html, `#${id}`)[0]!;
	const skip = select({ type: 'root', children: [node] }, '.pn, .para-notice').map(textOf);
	return skip.reduce((text, part) => text.replace(part, ''), textOf(node));
}

describe('OmegaT 3.6 (Debian) on a --copy-source export', { timeout: 180_000 }, () => {
	const year = ingestFixtureYear('cat-omegat-', withSecondSentence);
	const xlf = join(year.root, '2031.zh-Hans_en.xlf');
	let units: XliffUnit[];
	let project: OmegatProject;
	let segments: Segment[];
	const leave = new Set(['2031/standing-committee/byline', '2031/finance-economics/p1']);
	const hostile = new Map([
		['2031/legal-affairs/p2', HOSTILE_P2],
		['2031/legal-affairs/p3', HOSTILE_P3],
		['2031/supervisory-judicial-affairs/p1', HOSTILE_BLOCK],
	]);

	beforeAll(() => {
		const exported = runTranslations(year.content, 'export', '2031', '--copy-source', '--out', xlf);
		if (exported.status !== 0) throw new Error(exported.stderr);
		units = parseXliff(readFileSync(xlf, 'utf8'), xlf).flatMap((f) => f.units);
		project = createOmegatProject(join(year.root, 'omegat'), xlf, [
			join(year.root, '2031.zh-Hans_en.tmx'),
		]);
		const pseudo = join(year.root, 'pseudo.tmx');
		runOmegat(
			project,
			'--mode=console-createpseudotranslatetmx',
			`--pseudotranslatetmx=${pseudo}`,
			'--pseudotranslatetype=equal'
		);
		segments = readOmegatTmx(pseudo);
	}, 120_000);

	it('sees every unit: each target is made of the segments OmegaT offers, placeholders as its tags', () => {
		const ids = readReports(year.content).flatMap((r) =>
			pageUnits(r.year, r.slug, r.zh).map((u: Unit) => u.id)
		);
		expect(units.map((u) => u.id)).toEqual(ids);
		for (const unit of units) {
			const made = segmentsOf(unit, segments);
			expect(made, unit.id).toBeDefined();
			const tags = made!.flatMap((s) => s.source.match(/<x\d+\/>/g) ?? []);
			expect(tags.length, unit.id).toBe(unit.source.filter((i) => i.type === 'x').length);
		}
		const used = new Set(units.flatMap((u) => segmentsOf(u, segments)!.map((s) => s.source)));
		expect(segments.filter((s) => !used.has(s.source))).toEqual([]);
		const daylily = units.find((u) => plain(u.source).includes(SECOND))!;
		expect(segmentsOf(daylily, segments)).toHaveLength(2);
	});

	/** The translator's memory: every segment in English but the units left and half the daylily paragraph. */
	function translatorMemory(): Segment[] {
		const save: Segment[] = [];
		for (const [n, segment] of segments.entries()) {
			const owners = units.filter((u) => segmentsOf(u, segments)!.includes(segment));
			// Registry names are already English; the units left, and half the daylily paragraph, stay Chinese.
			if (!hasHan(segment.source) || owners.some((u) => leave.has(u.id))) continue;
			if (segment.source.includes(SECOND)) continue;
			const tags = segment.source.match(/<x\d+\/>/g) ?? [];
			const numbers = segment.source.match(/\d+/g) ?? [];
			const english = `Segment ${n} in English, ${['with', ...numbers].join(' ')} ${tags.join(' ')} and the rest.`;
			save.push({ source: segment.source, target: hostile.get(owners[0]!.id) ?? english });
		}
		return save;
	}

	it('writes the target from the translator’s memory, reading the year’s TMX and changing no state', () => {
		writeProjectSave(project, translatorMemory());
		const log = runOmegat(project, '--mode=console-translate');
		expect(log).toContain('2031.zh-Hans_en.tmx');
		const written = parseXliff(readFileSync(project.target, 'utf8'), project.target).flatMap(
			(f) => f.units
		);
		// OmegaT writes no state and changes none: the registry's "translated" stays, the rest has none.
		expect(written.map((u) => [u.id, u.state])).toEqual(units.map((u) => [u.id, u.state]));
		// It keeps the fingerprint of the page's English at export (datong:english) on every unit.
		expect(written.map((u) => u.english)).toEqual(units.map((u) => u.english));
		expect(units.every((u) => /^[0-9a-f]{16}$/.test(u.english ?? ''))).toBe(true);
		expect(written.filter((u) => hasHan(plain(u.target))).map((u) => u.id)).toEqual(
			units.filter((u) => leave.has(u.id) || plain(u.source).includes(SECOND)).map((u) => u.id)
		);
	});

	it('imports every unit OmegaT wrote fully in English, lists the untranslated and the half-done', () => {
		const result = runTranslations(year.content, 'import', project.target);
		expect(result.status, result.stderr).toBe(0);
		const english = units.length - leave.size - 1;
		expect(lastLine(result.stdout)).toBe(
			`${project.target}: ${english} imported, ${leave.size} untranslated, 1 incomplete, 0 need review`
		);
		const daylily = units.find((u) => plain(u.source).includes(SECOND))!;
		expect(result.stdout).toContain(
			`incomplete (English with sentences of the source left as they were), not imported:\n  ${daylily.id}\n`
		);
		for (const id of leave) {
			const [page, unit] = [id.split('/').slice(0, 2).join('/'), id.split('/')[2]];
			expect(result.stdout).toMatch(new RegExp(`\\n  ${page}: ${unit}\\n`));
		}
		expect(readdirSync(join(year.content, '2031', 'en')).sort()).toEqual(
			readdirSync(join(year.content, '2031', 'zh')).sort()
		);
		const overview = parsePageFile(
			readFileSync(join(year.content, '2031', 'en', 'standing-committee.mdx'), 'utf8'),
			'overview'
		);
		// The byline OmegaT left untranslated is left out, not copied in Chinese as if English.
		expect(overview.frontmatter['byline']).toBeUndefined();
		const hashes = (overview.frontmatter['translationOf'] as { paragraphs: (string | null)[] })
			.paragraphs;
		expect(hashes.map((h, i) => (h === null ? `p${i + 1}` : '')).filter(Boolean)).toEqual([
			daylily.id.split('/').at(-1),
		]);
	});

	it('builds English pages that read as translated, hostile text shown as text, the half-done paragraph in Chinese', () => {
		const dist = join(year.root, 'dist');
		buildSite({ outDir: dist, contentDir: year.content, seedsDir: year.seeds });
		const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
		const legal = page('en/2031/legal-affairs');
		expect(select(legal, 'html')[0]!.properties['lang']).toBe('en');
		expect(paragraphText(legal, 'p2')).toBe(HOSTILE_P2);
		expect(paragraphText(legal, 'p3')).toBe(HOSTILE_P3);
		expect(select(legal, '.report-text script, .report-text strong, .report-text code')).toEqual(
			[]
		);
		expect(select(legal, '[data-translation], [data-paragraph-translation]')).toEqual([]);
		expect(paragraphText(page('en/2031/supervisory-judicial-affairs'), 'p1')).toBe(HOSTILE_BLOCK);
		const daylily = units.find((u) => plain(u.source).includes(SECOND))!;
		const id = daylily.id.split('/').at(-1)!;
		const overview = page('en/2031/standing-committee');
		const marked = select(overview, '[data-paragraph-translation]');
		expect(marked.map((p) => [p.properties['id'], p.properties['lang']])).toEqual([
			[id, 'zh-Hans'],
		]);
		expect(paragraphText(overview, id)).toBe(plain(daylily.source));
		expect(paragraphText(overview, 'p1')).toMatch(/^Segment \d+ in English/);
	});
});

describe(
	'translate-toolkit’s XLIFF storage, as Weblate’s XLIFF component saves it',
	{ timeout: 120_000 },
	() => {
		const year = ingestFixtureYear('cat-weblate-');
		const xlf = join(year.root, '2031.xlf');
		const saved = join(year.root, '2031-weblate.xlf');
		const legal = () =>
			parsePageFile(
				readFileSync(join(year.content, '2031', 'en', 'legal-affairs.mdx'), 'utf8'),
				'legal'
			);

		/** What a Weblate user does: every unit without a target in English, one left, three in other states. */
		function weblateEdits(exported: XliffUnit[]): WeblateEdit[] {
			const how: Record<string, WeblateEdit['how']> = {
				'2031/legal-affairs/p1': 'needs-editing',
				'2031/legal-affairs/p2': 'review',
				'2031/legal-affairs/p3': 'approved',
			};
			const hostileText: Record<string, string> = {
				'2031/legal-affairs/p2': HOSTILE_P2,
				'2031/legal-affairs/p3': HOSTILE_P3,
			};
			return exported
				.filter((u) => !u.target && u.id !== '2031/finance-economics/p1')
				.map((u) => ({
					id: u.id,
					en:
						hostileText[u.id] ??
						`English of ${u.id}, ${plain(u.source).match(/\d+/g)?.join(' ') ?? 'no numbers'}. `,
					how: how[u.id] ?? 'translated',
				}));
		}

		it('imports translated and approved units, records needs editing and needs review, lists the one left', () => {
			expect(runTranslations(year.content, 'export', '2031', '--out', xlf).status).toBe(0);
			const exported = parseXliff(readFileSync(xlf, 'utf8'), xlf).flatMap((f) => f.units);
			const edits = weblateEdits(exported);
			editAsWeblate(xlf, saved, edits);
			const back = parseXliff(readFileSync(saved, 'utf8'), saved).flatMap((f) => f.units);
			expect(back.map((u) => u.english)).toEqual(exported.map((u) => u.english));
			const result = runTranslations(year.content, 'import', saved);
			expect(result.status, result.stderr).toBe(0);
			const fixed = exported.filter((u) => u.target).length;
			expect(lastLine(result.stdout)).toBe(
				`${saved}: ${edits.length + fixed} imported, 1 untranslated, 0 incomplete, 2 need review`
			);
			expect(result.stdout).toContain('\n  2031/legal-affairs: p1 p2\n');
			expect(result.stdout).toContain('\n  2031/finance-economics: p1\n');
			expect(legal().frontmatter['needsReview']).toEqual(['p1', 'p2']);
			// Weblate's rich target keeps the page-break placeholder (without its ctype).
			const p1 = legal().blocks[0]!;
			expect(p1.type === 'paragraph' && p1.inlines).toContainEqual({
				type: 'mark',
				name: 'Join',
				n: 1,
			});
			expect(runTranslations(year.content, 'status').stdout).toMatch(
				/2031\/legal-affairs\s+translated\s+3\/3\s+review: p1 p2\n/
			);
		});

		it('clears the review by --mark-reviewed and by a later import in a confirmed state', () => {
			// The archivist reviews p1 and marks it; the next export asks Weblate for p2's review.
			const enPath = join(year.content, '2031', 'en', 'legal-affairs.mdx');
			const body = () => readFileSync(enPath, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
			const before = body();
			const marked = runTranslations(year.content, '--mark-reviewed', '2031/legal-affairs/p1');
			expect(marked.status, marked.stderr).toBe(0);
			expect(legal().frontmatter['needsReview']).toEqual(['p2']);
			expect(body()).toBe(before);
			expect(runTranslations(year.content, 'export', '2031', '--out', xlf).status).toBe(0);
			const again = parseXliff(readFileSync(xlf, 'utf8'), xlf).flatMap((f) => f.units);
			expect(
				again.filter((u) => u.id.startsWith('2031/legal-affairs/p')).map((u) => u.state)
			).toEqual(['translated', 'needs-review-translation', 'translated']);
			editAsWeblate(xlf, saved, [
				{ id: '2031/legal-affairs/p2', en: HOSTILE_P2, how: 'translated' },
			]);
			expect(lastLine(runTranslations(year.content, 'import', saved).stdout)).toMatch(
				/, 0 need review$/
			);
			expect(legal().frontmatter['needsReview']).toBeUndefined();
			const nothing = runTranslations(year.content, '--mark-reviewed', '2031/legal-affairs');
			expect(nothing.status).toBe(1);
			expect(nothing.stderr).toContain('2031/legal-affairs records no unit as needing review');
		});

		it('keeps English edited on a page since the export when Weblate left the unit as exported; refuses the file when Weblate changed it too', () => {
			const year = ingestFixtureYear('cat-weblate-edits-');
			const xlf = join(year.root, '2031.xlf');
			const out = join(year.root, '2031-weblate.xlf');
			expect(runTranslations(year.content, 'export', '2031', '--out', xlf).status).toBe(0);
			const first = parseXliff(readFileSync(xlf, 'utf8'), xlf).flatMap((f) => f.units);
			const english = (u: XliffUnit) =>
				`English of ${u.id}, ${plain(u.source).match(/\d+/g)?.join(' ') ?? ''}.`;
			editAsWeblate(
				xlf,
				xlf,
				first.filter((u) => !u.target).map((u) => ({ id: u.id, en: english(u), how: 'translated' }))
			);
			expect(runTranslations(year.content, 'import', xlf).status).toBe(0);
			expect(runTranslations(year.content, 'export', '2031', '--out', xlf).status).toBe(0);
			// After this export the archivist corrects p3 on the page; Weblate changes p2 only.
			const enPath = join(year.content, '2031', 'en', 'legal-affairs.mdx');
			const p3 = english(first.find((u) => u.id === '2031/legal-affairs/p3')!);
			const page = readFileSync(enPath, 'utf8');
			expect(page).toContain(p3);
			writeFileSync(enPath, page.replace(p3, `${p3} Corrected.`));
			editAsWeblate(xlf, out, [{ id: '2031/legal-affairs/p2', en: 'New p2.', how: 'translated' }]);
			const kept = runTranslations(year.content, 'import', out);
			expect(kept.status, kept.stderr).toBe(0);
			expect(kept.stdout).toContain('\n  2031/legal-affairs: p3\n');
			expect(lastLine(kept.stdout)).toMatch(/, 1 kept as edited since the export$/);
			expect(readFileSync(enPath, 'utf8')).toContain(`${p3} Corrected.`);
			expect(readFileSync(enPath, 'utf8')).toContain('New p2.');
			editAsWeblate(xlf, out, [{ id: '2031/legal-affairs/p3', en: 'New p3.', how: 'translated' }]);
			const before = snapshot(year.content);
			const refused = runTranslations(year.content, 'import', out);
			expect(refused.status).toBe(1);
			expect(refused.stderr).toMatch(
				/2031-weblate\.xlf:\d+: 2031\/legal-affairs\/p3: the English of 2031\/en\/legal-affairs\.mdx changed since the export \(now "[^"]*Corrected\."\) and the file brings other English \("New p3\."\)/
			);
			expect(snapshot(year.content)).toEqual(before);
		});

		it('loses the draft flag through the storage’s own markfuzzy(): the target comes back with no state (imported as translated)', () => {
			const year = ingestFixtureYear('cat-markfuzzy-');
			const xlf = join(year.root, '2031.xlf');
			expect(runTranslations(year.content, 'export', '2031', '--out', xlf).status).toBe(0);
			editAsWeblate(xlf, xlf, [
				{ id: '2031/finance-economics/p1', en: 'A draft, 2031.', how: 'markfuzzy' },
			]);
			const unit = parseXliff(readFileSync(xlf, 'utf8'), xlf)
				.flatMap((f) => f.units)
				.find((u) => u.id === '2031/finance-economics/p1')!;
			expect([plain(unit.target), unit.state]).toEqual(['A draft, 2031.', undefined]);
			expect(lastLine(runTranslations(year.content, 'import', xlf).stdout)).toMatch(
				/: \d+ imported, \d+ untranslated, 0 incomplete, 0 need review$/
			);
		});
	}
);

describe('translate-toolkit’s PO converters', { timeout: 120_000 }, () => {
	it('keeps confirmed English confirmed through xliff2po and pomerge: only the translator’s fuzzy messages come back for review', () => {
		const year = ingestFixtureYear('cat-po-states-');
		const xlf = join(year.root, '2031.xlf');
		const po = join(year.root, '2031.po');
		expect(runTranslations(year.content, 'export', '2031', '--out', xlf).status).toBe(0);
		const exported = parseXliff(readFileSync(xlf, 'utf8'), xlf).flatMap((f) => f.units);
		const confirmed = exported.filter((u) => u.state === 'translated').map((u) => u.id);
		expect(confirmed.length).toBeGreaterThan(0);
		// The translator fills two messages without placeholders (the PO shows none), one as
		// fuzzy; each of a source of its own (pomerge matches a repeated source by its text).
		const counts = new Map<string, number>();
		for (const u of exported) counts.set(plain(u.source), (counts.get(plain(u.source)) ?? 0) + 1);
		const open = exported.filter(
			(u) =>
				!u.target && u.source.every((i) => i.type === 'text') && counts.get(plain(u.source)) === 1
		);
		const [done, draft] = open.map((u) => u.id);
		expect(draft).toBeDefined();
		runConverter('xliff2po', xlf, po);
		runPython(
			String.raw`
import sys
from translate.storage import po
store = po.pofile.parsefile(sys.argv[1])
for unit in store.units:
    where = unit.getlocations()[0] if unit.getlocations() else ""
    if where in (sys.argv[2], sys.argv[3]):
        unit.target = "English of " + where
        unit.markfuzzy(where == sys.argv[3])
store.savefile(sys.argv[1])
`,
			[po, done!, draft!]
		);
		const merged = join(year.root, 'merged.xlf');
		runConverter('pomerge', '-t', xlf, '-i', po, '-o', merged);
		const back = parseXliff(readFileSync(merged, 'utf8'), merged).flatMap((f) => f.units);
		// pomerge fills the template: the fingerprint of the page's English at export stays.
		expect(back.map((u) => u.english)).toEqual(exported.map((u) => u.english));
		const stateOf = (id: string) => back.find((u) => u.id === id)?.state;
		expect(confirmed.map(stateOf)).toEqual(confirmed.map(() => 'translated'));
		const result = runTranslations(year.content, 'import', merged);
		expect(result.status, result.stderr).toBe(0);
		expect(lastLine(result.stdout)).toMatch(/, 0 incomplete, 1 need review$/);
		expect(result.stdout).toContain(
			`${draft!.split('/').slice(0, 2).join('/')}: ${draft!.split('/')[2]}\n`
		);
	});

	it('xliff2po drops the placeholders and notes, so pomerge’s XLIFF is refused naming the unit; po2xliff -t adds a <file> of its own, refused too; nothing is written', () => {
		const year = ingestFixtureYear('cat-po-');
		const xlf = join(year.root, '2031.xlf');
		const po = join(year.root, '2031.po');
		expect(runTranslations(year.content, 'export', '2031', '--out', xlf).status).toBe(0);
		const exported = readFileSync(xlf, 'utf8');
		expect(exported).toContain('<x id="join-1"');
		expect(exported).toContain('<note from="editor">');
		runConverter('xliff2po', xlf, po);
		const text = readFileSync(po, 'utf8');
		expect(text).toContain('#: 2031/legal-affairs/p1');
		expect(text).not.toContain('join-1');
		expect(text).not.toContain('page-break join');
		// The translator fills every message, as a PO editor would.
		runPython(
			String.raw`
import sys
from translate.storage import po
store = po.pofile.parsefile(sys.argv[1])
for unit in store.units:
    if not unit.isheader() and not unit.target:
        unit.target = "English of " + unit.getlocations()[0]
store.savefile(sys.argv[1])
`,
			[po]
		);
		const before = snapshot(year.content);
		const merged = join(year.root, 'merged.xlf');
		runConverter('pomerge', '-t', xlf, '-i', po, '-o', merged);
		const refused = runTranslations(year.content, 'import', merged);
		expect(refused.status).toBe(1);
		expect(refused.stderr).toMatch(
			/merged\.xlf:\d+: 2031\/legal-affairs\/p1: placeholder <x id="join-1"\/> of the source is missing from the target/
		);
		expect(refused.stderr).toContain('import refused');
		const back = join(year.root, 'back.xlf');
		runConverter('po2xliff', '-t', xlf, po, back);
		const appended = runTranslations(year.content, 'import', back);
		expect(appended.status).toBe(1);
		expect(appended.stderr).toMatch(
			/back\.xlf:\d+: <file original="[^"]*2031\.po">: no such report/
		);
		expect(snapshot(year.content)).toEqual(before);
	});
});
