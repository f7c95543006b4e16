/**
 * `npm run translations` as an archivist runs it, on scratch copies of the
 * content: the lossless round trip of 2022, the translation memory on a
 * fictional year, import with hostile targets, --dry-run, --replace, and every
 * refusal leaving content/ byte-identical.
 */
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
import { parsePageFile } from '../../src/lib/translations/units.ts';

describe('export and import of 2022', () => {
	it('round-trips losslessly: import of an unchanged export rewrites nothing', () => {
		const content = scratchContent();
		const before = snapshot(content);
		const xlf = join(content, '..', '2022.xlf');
		const exported = runTranslations(content, 'export', '2022', '--out', xlf);
		expect(exported.status, exported.stderr).toBe(0);
		expect(exported.stdout).toMatch(
			/8 reports, 81 units \(81 translated, 0 to review, 0 to translate/
		);
		const imported = runTranslations(content, 'import', xlf);
		expect(imported.status, imported.stderr).toBe(0);
		expect(imported.stdout).toContain('0 page(s) written');
		expect(snapshot(content)).toEqual(before);
	});

	it('writes the XLIFF to release/translations/<year>.zh-Hans_en.xlf by default', () => {
		const content = scratchContent();
		const result = runTranslations(content, 'export', '2022');
		expect(result.stdout).toContain('release/translations/2022.zh-Hans_en.xlf: 8 reports');
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

	it('fills a committee’s page title from the registry', () => {
		const title = units.get('2031/legal-affairs/title')!;
		expect(text(child(title, 'target')[0], 'target')).toBe('Legal Affairs Committee');
	});

	it('imports only confirmed targets: a partly translated page, the rest in Chinese, unconfirmed memory left out', () => {
		const file = join(content, '..', '2031-partial.xlf');
		writeFileSync(file, readFileSync(xlf, 'utf8'));
		editXliff(file, (u) => {
			setTarget(u.get('2031/legal-affairs/p1')!, [
				'In 2031 the committee enacted 5 regulations, amended 2 and repealed 1 (2022: 3).',
			]);
		});
		const result = runTranslations(content, 'import', file);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toMatch(
			/create +\S+2031\/en\/legal-affairs\.mdx +1\/3 paragraphs translated/
		);
		expect(result.stdout).toContain(
			'not imported (state needs-review-translation): 2031/legal-affairs/p3'
		);
		const page = parsePageFile(
			readFileSync(join(content, '2031', 'en', 'legal-affairs.mdx'), 'utf8'),
			'en'
		);
		const hashes = (page.frontmatter['translationOf'] as { paragraphs: (string | null)[] })
			.paragraphs;
		expect(hashes.map((h) => h !== null)).toEqual([true, false, false]);
		expect(JSON.stringify(page.blocks[1])).toContain('全新的段落');
		expect(runTranslations(content, 'status').stdout).toMatch(
			/2031\/legal-affairs\s+partial\s+1\/3/
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
