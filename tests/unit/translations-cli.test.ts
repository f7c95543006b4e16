/**
 * `npm run translations` as an archivist runs it, on scratch copies of the
 * content: the lossless round trip of 2022, the translation memory on a
 * fictional year, import with hostile targets, --dry-run, --replace, and every
 * refusal leaving content/ byte-identical.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
	copyYear,
	editXliff,
	ORDERED,
	type OrderedNode,
	runTranslations,
	scratchContent,
	setTarget,
	snapshot,
	transUnits,
} from '../helpers/translations.ts';
import { reportsOf, translatedYears } from '../helpers/corpus.ts';
import { ingestFixtureYear } from '../helpers/fixture-year.ts';
import { parsePageFile } from '../../src/lib/content/page-units.ts';
import { parseXliff } from '../../src/lib/translations/xliff-read.ts';

/** A year translated throughout (the oldest: an archive's newest year may be unfinished), and its report count. */
const YEAR = translatedYears().at(-1)!;
const REPORTS = reportsOf(YEAR).length;

describe('export and import of a year translated throughout', () => {
	it('round-trips losslessly: import of an unchanged export rewrites nothing', () => {
		const content = scratchContent();
		const before = snapshot(content);
		const xlf = join(content, '..', `${YEAR}.xlf`);
		const exported = runTranslations(content, 'export', String(YEAR), '--out', xlf);
		expect(exported.status, exported.stderr).toBe(0);
		// Every unit translated: as many translated as units, none to review or to translate.
		const [, units, translated] =
			new RegExp(
				`${REPORTS} reports, (\\d+) units \\((\\d+) translated, 0 to review, 0 to translate`
			).exec(exported.stdout) ?? [];
		expect(units, exported.stdout).toBeDefined();
		expect(translated).toBe(units);
		const imported = runTranslations(content, 'import', xlf);
		expect(imported.status, imported.stderr).toBe(0);
		expect(imported.stdout).toContain('0 page(s) written');
		expect(snapshot(content)).toEqual(before);
	});

	it('writes the XLIFF to release/translations/<year>.zh-Hans_en.xlf by default', () => {
		const content = scratchContent();
		const result = runTranslations(content, 'export', String(YEAR));
		expect(result.stdout).toContain(
			`release/translations/${YEAR}.zh-Hans_en.xlf: ${REPORTS} reports`
		);
	});
});

describe('a fictional year made from 2022 with a few paragraphs changed', () => {
	const content = scratchContent();
	copyYear(content, 2022, 2031, (slug, body) =>
		slug === 'legal-affairs'
			? body
					.replace('3件、修改1件、废止1件', '5件、修改2件、废止1件')
					.replace(/^一年来，市人大法制委科学编制.*$/m, '全新的段落，记忆中没有。')
			: body
	);
	const xlf = join(content, '..', '2031.xlf');
	const exported = runTranslations(content, 'export', '2031', '--out', xlf);
	const units = parseOrderedUnits(xlf);

	function parseOrderedUnits(path: string) {
		return new Map(
			transUnits(new XMLParser(ORDERED).parse(readFileSync(path, 'utf8')) as OrderedNode[]).map(
				(u) => [u.id, u.node]
			)
		);
	}
	const child = (unit: OrderedNode, name: string) =>
		(unit['trans-unit'] as OrderedNode[]).filter((c) => name in c);
	const text = (node: OrderedNode | undefined, name: string): string =>
		((node?.[name] as OrderedNode[] | undefined) ?? [])
			.map((c) => String((c['#text'] as string | number | undefined) ?? ''))
			.join('');

	it('pre-fills exact matches from 2022 for review, with a note naming their origin', () => {
		expect(exported.status, exported.stderr).toBe(0);
		const p3 = units.get('2031/legal-affairs/p3')!;
		const target = child(p3, 'target')[0]!;
		expect(target[':@']!['@_state']).toBe('needs-review-translation');
		expect(text(target, 'target')).toMatch(/^In recent years, the Legal Affairs Committee/);
		expect(child(p3, 'note').map((n) => text(n, 'note'))).toContain(
			'Translation memory: exact match of 2022/legal-affairs/p3; review before confirming.'
		);
	});

	it('offers a near match as <alt-trans> with its match quality, and no target', () => {
		const p1 = units.get('2031/legal-affairs/p1')!;
		expect(child(p1, 'target')).toEqual([]);
		const alt = child(p1, 'alt-trans')[0]!;
		expect(Number(alt[':@']!['@_match-quality'])).toBeGreaterThanOrEqual(75);
		expect(Number(alt[':@']!['@_match-quality'])).toBeLessThan(100);
		expect(alt[':@']!['@_origin']).toBe('2022/legal-affairs/p1');
		const p2 = units.get('2031/legal-affairs/p2')!;
		expect(child(p2, 'target')).toEqual([]);
		expect(child(p2, 'alt-trans')).toEqual([]);
	});

	it('fills a committee’s page title from the registry, as translated, with a note saying so', () => {
		const title = units.get('2031/legal-affairs/title')!;
		const target = child(title, 'target')[0]!;
		expect(text(target, 'target')).toBe('Legal Affairs Committee');
		expect(target[':@']!['@_state']).toBe('translated');
		expect(child(title, 'note').map((n) => text(n, 'note'))[0]).toMatch(
			/^From the committee registry \(src\/lib\/committees\.ts\)/
		);
	});

	it('export --copy-source: the source in every target without English, memory matches as <alt-trans> and in the year’s TMX', () => {
		const copy = join(content, '..', '2031-copy.zh-Hans_en.xlf');
		const result = runTranslations(content, 'export', '2031', '--copy-source', '--out', copy);
		expect(result.status, result.stderr).toBe(0);
		const copied = parseOrderedUnits(copy);
		expect([...copied.keys()]).toEqual([...units.keys()]);
		const altChild = (alt: OrderedNode, name: string) =>
			(alt['alt-trans'] as OrderedNode[]).filter((c) => name in c);
		const inner = (node: OrderedNode, name: string) =>
			JSON.stringify((node[name] as OrderedNode[]).map((c) => ('x' in c ? c[':@'] : c)));
		for (const [id, unit] of copied) {
			const target = child(unit, 'target')[0];
			expect(target, id).toBeDefined();
			if (target![':@']?.['@_state'] === undefined)
				expect(inner(target!, 'target'), id).toBe(inner(child(unit, 'source')[0]!, 'source'));
		}
		const p3 = copied.get('2031/legal-affairs/p3')!;
		expect(child(p3, 'target')[0]![':@']?.['@_state']).toBeUndefined();
		const exact = child(p3, 'alt-trans').find((a) => a[':@']!['@_match-quality'] === '100')!;
		expect(exact[':@']!['@_origin']).toBe('2022/legal-affairs/p3');
		expect(text(altChild(exact, 'target')[0], 'target')).toMatch(
			/^In recent years, the Legal Affairs Committee/
		);
		expect(child(copied.get('2031/legal-affairs/title')!, 'target')[0]![':@']!['@_state']).toBe(
			'translated'
		);

		const tmxPath = join(content, '..', '2031-copy.zh-Hans_en.tmx');
		expect(result.stdout).toContain(`${tmxPath}: `);
		execFileSync('xmllint', ['--noout', tmxPath]);
		const tmx = new XMLParser({
			ignoreAttributes: false,
			isArray: (name) => name === 'tu' || name === 'tuv',
		}).parse(readFileSync(tmxPath, 'utf8')) as {
			tmx: { body: { tu: { tuv: { '@_xml:lang': string; seg: string }[] }[] } };
		};
		const pairs = tmx.tmx.body.tu.map((tu) => tu.tuv.map((t) => [t['@_xml:lang'], String(t.seg)]));
		const zhOf = (unit: OrderedNode) => text(child(unit, 'source')[0], 'source');
		expect(pairs).toContainEqual([
			['zh-Hans', zhOf(p3)],
			['en', text(altChild(exact, 'target')[0], 'target')],
		]);
		expect(pairs).toContainEqual([
			['zh-Hans', zhOf(copied.get('2031/legal-affairs/title')!)],
			['en', 'Legal Affairs Committee'],
		]);
		const near = child(copied.get('2031/legal-affairs/p1')!, 'alt-trans')[0]!;
		expect(pairs.map((p) => p[0]![1])).toContain(text(altChild(near, 'source')[0], 'source'));
	});

	it('imports the translated targets and the untouched memory matches, recording those as needing review; the rest stays Chinese', () => {
		const file = join(content, '..', '2031-partial.xlf');
		writeFileSync(file, readFileSync(xlf, 'utf8'));
		editXliff(file, (u) => {
			setTarget(u.get('2031/legal-affairs/p1')!, [
				'In 2031 the committee enacted 5 regulations, amended 2 and repealed 1 (2022: 3).',
			]);
		});
		const read = parseXliff(readFileSync(file, 'utf8'), file).flatMap((f) => f.units);
		const review = read.filter((u) => u.state === 'needs-review-translation').map((u) => u.id);
		const untranslated = read.filter((u) => !u.target).length;
		const result = runTranslations(content, 'import', file);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toMatch(
			/create +\S+2031\/en\/legal-affairs\.mdx +2\/3 paragraphs translated/
		);
		expect(review).toContain('2031/legal-affairs/p3');
		expect(result.stdout).toContain('\n  2031/legal-affairs: p3\n');
		expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(
			`${file}: ${read.length - untranslated} imported, ${untranslated} untranslated, 0 incomplete, ${review.length} need review`
		);
		const page = parsePageFile(
			readFileSync(join(content, '2031', 'en', 'legal-affairs.mdx'), 'utf8'),
			'en'
		);
		const hashes = (page.frontmatter['translationOf'] as { paragraphs: (string | null)[] })
			.paragraphs;
		expect(hashes.map((h) => h !== null)).toEqual([true, false, true]);
		expect(page.frontmatter['needsReview']).toEqual(['p3']);
		expect(JSON.stringify(page.blocks[1])).toContain('全新的段落');
		expect(runTranslations(content, 'status').stdout).toMatch(
			/2031\/legal-affairs\s+partial\s+2\/3\s+untranslated: article-title article-subtitle credit; review: p3\n/
		);
	});
});

describe('import', () => {
	const fresh = () => {
		const content = scratchContent();
		const xlf = join(content, '..', 'in.xlf');
		runTranslations(content, 'export', '2022', '--out', xlf);
		return { content, xlf, before: snapshot(content) };
	};

	it('escapes hostile targets for MDX and keeps a placeholder the translator moved', () => {
		const { content, xlf } = fresh();
		editXliff(xlf, (u) => {
			setTarget(u.get('2022/standing-committee/p7')!, [
				'<script>alert(1)</script> {x} `code` | a | &amp; ',
				{ x: 'join-1' },
				' # not a heading',
			]);
			setTarget(u.get('2022/legal-affairs/p1')!, [
				'import x from "y"; 3 regulations, amended 1 and repealed 1 in 2022',
			]);
		});
		const result = runTranslations(content, 'import', xlf);
		expect(result.status, result.stderr).toBe(0);
		const mdx = readFileSync(join(content, '2022', 'en', 'standing-committee.mdx'), 'utf8');
		const page = parsePageFile(mdx, 'en');
		const p7 = page.blocks.find((b) => b.type === 'paragraph' && b.index === 7);
		expect(p7).toEqual({
			type: 'paragraph',
			index: 7,
			inlines: [
				{ type: 'text', value: '<script>alert(1)</script> {x} `code` | a | &amp; ' },
				{ type: 'mark', name: 'Join', n: 1 },
				{ type: 'text', value: ' # not a heading' },
			],
		});
		expect(mdx).toContain('\\<script>');
		expect(mdx).not.toMatch(/(^|[^\\])<script>/);
		const legal = readFileSync(join(content, '2022', 'en', 'legal-affairs.mdx'), 'utf8');
		expect(parsePageFile(legal, 'en').blocks[0]).toEqual({
			type: 'paragraph',
			index: 1,
			inlines: [
				{
					type: 'text',
					value: 'import x from "y"; 3 regulations, amended 1 and repealed 1 in 2022',
				},
			],
		});
	});

	it('--dry-run says what would change and writes nothing', () => {
		const { content, xlf, before } = fresh();
		editXliff(xlf, (u) =>
			setTarget(u.get('2022/legal-affairs/p1')!, ['A new English paragraph with 2022, 3, 1 and 1.'])
		);
		const result = runTranslations(content, 'import', xlf, '--dry-run');
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/update +\S+2022\/en\/legal-affairs\.mdx/);
		expect(result.stdout).toContain('--dry-run: nothing was written');
		expect(snapshot(content)).toEqual(before);
	});

	it('keeps the English of units the file leaves untranslated, and drops it with --replace', () => {
		const { content, xlf } = fresh();
		editXliff(xlf, (u) => {
			for (const [id, unit] of u)
				if (id.startsWith('2022/legal-affairs/'))
					unit['trans-unit'] = (unit['trans-unit'] as OrderedNode[]).filter(
						(c) => !('target' in c)
					);
			setTarget(u.get('2022/legal-affairs/p1')!, ['New p1: 2022, 3, 1, 1.']);
		});
		expect(runTranslations(content, 'import', xlf).status).toBe(0);
		const kept = parsePageFile(
			readFileSync(join(content, '2022', 'en', 'legal-affairs.mdx'), 'utf8'),
			'en'
		);
		expect(JSON.stringify(kept.blocks[0])).toContain('New p1');
		expect(JSON.stringify(kept.blocks[1])).toContain(
			'Over the past year, the Legal Affairs Committee'
		);
		expect(kept.frontmatter['title']).toBe('Legal Affairs Committee');
		expect(runTranslations(content, 'import', xlf, '--replace').status).toBe(0);
		const replaced = parsePageFile(
			readFileSync(join(content, '2022', 'en', 'legal-affairs.mdx'), 'utf8'),
			'en'
		);
		expect(JSON.stringify(replaced.blocks[1])).toContain('一年来，市人大法制委');
		expect(
			(replaced.frontmatter['translationOf'] as { paragraphs: unknown[] }).paragraphs.slice(1)
		).toEqual([null, null]);
	});

	const refusals: [string, (u: Map<string, OrderedNode>, path: string) => void, RegExp][] = [
		[
			'an unknown unit id',
			(u) => (u.get('2022/legal-affairs/p3')![':@']!['@_id'] = '2022/legal-affairs/p9'),
			/in\.xlf:\d+: 2022\/legal-affairs\/p9: no such unit in 2022\/zh\/legal-affairs\.mdx/,
		],
		[
			'a source that no longer matches the Chinese',
			(u) =>
				((u.get('2022/legal-affairs/p1')!['trans-unit'] as OrderedNode[]).find(
					(c) => 'source' in c
				)!['source'] = [{ '#text': '改过的中文' }]),
			/2022\/legal-affairs\/p1: the source no longer matches the current Chinese/,
		],
		[
			'a missing placeholder',
			(u) => setTarget(u.get('2022/standing-committee/p7')!, ['The text without its mark.']),
			/2022\/standing-committee\/p7: placeholder <x id="join-1"\/> of the source is missing from the target/,
		],
		[
			'a duplicated placeholder',
			(u) =>
				setTarget(u.get('2022/standing-committee/p7')!, [
					'a',
					{ x: 'join-1' },
					'b',
					{ x: 'join-1' },
				]),
			/2022\/standing-committee\/p7: placeholder <x id="join-1"\/> appears 2 times/,
		],
		[
			'a target left in Chinese but marked translated',
			(u) => setTarget(u.get('2022/legal-affairs/p2')!, ['一年来，市人大法制委']),
			/2022\/legal-affairs\/p2: the target is still in Chinese but marked translated/,
		],
		['a report that does not exist', (u) => void u, /no such report in the archive/],
	];

	it.each(refusals)(
		'refuses %s, naming the file and the unit, and writes nothing',
		(_, edit, message) => {
			const { content, xlf, before } = fresh();
			editXliff(xlf, (u) => {
				setTarget(u.get('2022/finance-economics/p1')!, [
					'A change that must not be written either: 2022.',
				]);
				edit(u, xlf);
			});
			if (String(message).includes('no such report'))
				writeFileSync(
					xlf,
					readFileSync(xlf, 'utf8').replace(
						'original="2022/personnel-deputies"',
						'original="2022/no-such-report"'
					)
				);
			const result = runTranslations(content, 'import', xlf);
			expect(result.status).toBe(1);
			expect(result.stderr).toMatch(message);
			expect(result.stderr).toContain('import refused');
			expect(snapshot(content)).toEqual(before);
		}
	);

	it('refuses a file that is not XLIFF 1.2 and a DOCTYPE, writing nothing', () => {
		const { content, xlf, before } = fresh();
		writeFileSync(xlf, readFileSync(xlf, 'utf8').replace('version="1.2"', 'version="2.0"'));
		expect(runTranslations(content, 'import', xlf).stderr).toMatch(
			/in\.xlf:\d+: not an XLIFF 1\.2 file/
		);
		writeFileSync(
			xlf,
			readFileSync(xlf, 'utf8')
				.replace('version="2.0"', 'version="1.2"')
				.replace('?>', '?><!DOCTYPE xliff [<!ENTITY e SYSTEM "file:///etc/passwd">]>')
		);
		const result = runTranslations(content, 'import', xlf);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/a <!DOCTYPE> is not accepted/);
		expect(snapshot(content)).toEqual(before);
	});

	it('never writes the Chinese pages', () => {
		const { content, xlf } = fresh();
		const zh = snapshot(join(content, '2022', 'zh'));
		editXliff(xlf, (u) => setTarget(u.get('2022/legal-affairs/p1')!, ['Changed: 2022, 3, 1, 1.']));
		expect(runTranslations(content, 'import', xlf, '--replace').status).toBe(0);
		expect(snapshot(join(content, '2022', 'zh'))).toEqual(zh);
		expect(existsSync(join(content, '2022', 'zh', 'legal-affairs.mdx'))).toBe(true);
	});
});

describe('status and --mark-current', () => {
	it('marks only the changed paragraph outdated, and records it as reviewed without touching the English text', () => {
		const content = scratchContent();
		const zhPath = join(content, '2022', 'zh', 'legal-affairs.mdx');
		writeFileSync(zhPath, readFileSync(zhPath, 'utf8').replace('共制定法规3件', '共制定法规4件'));
		expect(runTranslations(content, 'status').stdout).toMatch(
			/2022\/legal-affairs\s+outdated\s+3\/3\s+outdated: p1\n/
		);
		const enPath = join(content, '2022', 'en', 'legal-affairs.mdx');
		const body = (text: string) => text.slice(text.indexOf('\n---\n'));
		const before = readFileSync(enPath, 'utf8');
		const marked = runTranslations(content, '--mark-current', '2022/legal-affairs');
		expect(marked.status, marked.stderr).toBe(0);
		expect(marked.stdout).toMatch(/2022\/legal-affairs\s+translated\s+3\/3\n/);
		const after = readFileSync(enPath, 'utf8');
		expect(body(after)).toBe(body(before));
		expect(after).not.toBe(before);
		expect(runTranslations(content, '--mark-current', '2022/no-such-page').status).toBe(1);
	});
});

describe('import refuses what could smuggle text or bulk into a page (the 2031 fixture, --copy-source export)', () => {
	const year = ingestFixtureYear('refusals-');
	const xlf = join(year.root, '2031.xlf');
	const exported = runTranslations(year.content, 'export', '2031', '--copy-source', '--out', xlf);
	const text = readFileSync(xlf, 'utf8');
	/** The export with one unit's `<trans-unit>` block edited, with the lines of that block and of its target. */
	const editUnit = (id: string, edit: (block: string) => string) => {
		const start = text.indexOf(`<trans-unit id="${id}"`);
		const end = text.indexOf('</trans-unit>', start);
		const line = text.slice(0, start).split('\n').length;
		return {
			xml: text.slice(0, start) + edit(text.slice(start, end)) + text.slice(end),
			line,
			targetLine: line + text.slice(start, text.indexOf('<target', start)).split('\n').length - 1,
		};
	};
	const target = /<target>([\s\S]*?)<\/target>/;
	const cases: [string, string, (block: string) => string, RegExp][] = [
		[
			'an <x> placeholder with text inside',
			'2031/legal-affairs/p1',
			(b) => b.replace(target, '<target>Text <x id="join-1">SMUGGLED</x> more.</target>'),
			/<x id="join-1"> holds text \("SMUGGLED"\)/,
		],
		[
			'two <target>s',
			'2031/legal-affairs/p2',
			(b) => b.replace(target, '<target>One.</target><target state="final">Two.</target>'),
			/a second <target> in the unit/,
		],
		[
			'a target over 50 KB',
			'2031/legal-affairs/p3',
			(b) => b.replace(target, `<target>${'An English sentence. '.repeat(3000)}</target>`),
			/the target is \d+ KB, over the 50 KB a unit may have/,
		],
		[
			'a target in Chinese that is not the source, with no state (read as translated)',
			'2031/finance-economics/p1',
			(b) => b.replace(target, '<target>一年来，改写过的中文。</target>'),
			/the target is still in Chinese but marked translated \(no state\), and it is not the source/,
		],
	];

	it.each(cases)(
		'refuses %s, naming the file, line and unit, and writes nothing',
		(_, id, edit, message) => {
			expect(exported.status, exported.stderr).toBe(0);
			const { xml, line, targetLine } = editUnit(id, edit);
			// A malformed element is named at its own line (the target's), a size at the unit's.
			const at = /holds|second/.test(String(message)) ? targetLine : line;
			// Everything else in the file is translated: still nothing may be written.
			const file = join(year.root, 'edited.xlf');
			writeFileSync(
				file,
				xml.replace(
					/(<trans-unit id="2031\/standing-committee\/p1"[\s\S]*?)<target>[\s\S]*?<\/target>/,
					'$1<target>Over the past year, the Standing Committee performed its duties.</target>'
				)
			);
			const before = snapshot(year.content);
			const result = runTranslations(year.content, 'import', file);
			expect(result.status).toBe(1);
			expect(result.stderr).toMatch(
				new RegExp(`edited\\.xlf:${at}: ${id.replace(/\//g, '\\/')}: `)
			);
			expect(result.stderr).toMatch(message);
			expect(result.stderr).toContain('import refused');
			expect(result.stderr).not.toMatch(/\n\s+at /);
			expect(snapshot(year.content)).toEqual(before);
		}
	);

	it('refuses a file over 10 MB before reading it, and writes nothing', () => {
		const file = join(year.root, 'huge.xlf');
		writeFileSync(file, `${text}<!-- ${'x'.repeat(11 * 1024 * 1024)} -->\n`);
		const before = snapshot(year.content);
		const result = runTranslations(year.content, 'import', file);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/huge\.xlf: the file is 11\.0 MB, over the 10 MB/);
		expect(snapshot(year.content)).toEqual(before);
	});

	it('takes the file as exported as nothing translated: exit 0, every unit listed, no page written', () => {
		const before = snapshot(year.content);
		const result = runTranslations(year.content, 'import', xlf);
		expect(result.status, result.stderr).toBe(0);
		const units = parseXliff(text, xlf).flatMap((f) => f.units);
		expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(
			`${xlf}: 0 imported, ${units.length} untranslated, 0 incomplete, 0 need review`
		);
		expect(snapshot(year.content)).toEqual(before);
	});
});

describe('English sent back unchanged in a review state (the 2031 fixture)', () => {
	it('leaves an outdated paragraph outdated rather than recording it as reviewed, and counts it as needing review', () => {
		const year = ingestFixtureYear('review-outdated-');
		const xlf = join(year.root, '2031.xlf');
		expect(runTranslations(year.content, 'export', '2031', '--out', xlf).status).toBe(0);
		editXliff(xlf, (u) => {
			for (const [id, unit] of u)
				if (id.startsWith('2031/legal-affairs/') && !id.endsWith('/title'))
					setTarget(unit, [`English of ${id}.`, ...(id.endsWith('/p1') ? [{ x: 'join-1' }] : [])]);
		});
		expect(runTranslations(year.content, 'import', xlf).status).toBe(0);
		const zhPath = join(year.content, '2031', 'zh', 'legal-affairs.mdx');
		const zh = readFileSync(zhPath, 'utf8');
		const p3 = zh.trimEnd().split('\n').at(-1)!;
		writeFileSync(zhPath, zh.replace(p3, `${p3}（改）`));
		expect(runTranslations(year.content, 'status').stdout).toMatch(
			/2031\/legal-affairs\s+outdated\s+3\/3\s+outdated: p3\n/
		);
		expect(runTranslations(year.content, 'export', '2031', '--out', xlf).status).toBe(0);
		const result = runTranslations(year.content, 'import', xlf);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(/, 1 need review$/);
		expect(result.stdout).toContain('\n  2031/legal-affairs: p3\n');
		expect(runTranslations(year.content, 'status').stdout).toMatch(
			/2031\/legal-affairs\s+outdated\s+3\/3\s+outdated: p3\n/
		);
		const en = readFileSync(join(year.content, '2031', 'en', 'legal-affairs.mdx'), 'utf8');
		expect(parsePageFile(en, 'en').frontmatter['needsReview']).toBeUndefined();
	});
});
