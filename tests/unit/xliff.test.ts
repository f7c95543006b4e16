/**
 * XLIFF 1.2 out and in: the export of 2022 as read back by the `xliff` npm
 * package and by xmllint (implementations we did not write it with), and the
 * reader's refusals of hostile or foreign files (DOCTYPE/XXE, other versions,
 * inline codes it cannot map back).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import xliff12ToJs from 'xliff/xliff12ToJs';
import { exportYear } from '../../src/lib/translations/export.ts';
import { buildXliff, XLIFF_NS } from '../../src/lib/translations/xliff-write.ts';
import {
	checkXliffSize,
	decodeXml,
	MAX_TARGET_BYTES,
	MAX_TARGET_RATIO,
	MAX_XLIFF_BYTES,
	parseXliff,
	XliffError,
} from '../../src/lib/translations/xliff-read.ts';
import { reportsOf } from '../helpers/corpus.ts';
import { readReports } from '../helpers/translations.ts';

const reports = readReports();
const xml = buildXliff(exportYear(reports, 2022), 'datong-npc-archive');

interface Resource {
	source: unknown;
	target?: unknown;
	note?: string | string[];
}

describe('buildXliff', () => {
	it('writes one <file> per 2022 report, with the languages, read back by the xliff package', async () => {
		const js = (await xliff12ToJs(xml)) as {
			sourceLanguage: string;
			targetLanguage: string;
			resources: Record<string, Record<string, Resource>>;
		};
		expect(js.sourceLanguage).toBe('zh-Hans');
		expect(js.targetLanguage).toBe('en');
		expect(Object.keys(js.resources).sort()).toEqual(
			reportsOf(2022)
				.map((r) => `2022/${r.slug}`)
				.sort()
		);
	});

	it('has stable unit ids for the title, article, byline/credit, headings and every paragraph', async () => {
		const js = (await xliff12ToJs(xml)) as { resources: Record<string, Record<string, Resource>> };
		const legal = Object.keys(js.resources['2022/legal-affairs']!);
		expect(legal).toEqual([
			'2022/legal-affairs/title',
			'2022/legal-affairs/article-title',
			'2022/legal-affairs/article-subtitle',
			'2022/legal-affairs/credit',
			'2022/legal-affairs/p1',
			'2022/legal-affairs/p2',
			'2022/legal-affairs/p3',
		]);
		const overview = Object.keys(js.resources['2022/standing-committee']!);
		expect(overview).toContain('2022/standing-committee/byline');
		expect(overview).toContain('2022/standing-committee/h1');
		expect(overview.filter((id) => /\/p\d+$/.test(id))).toHaveLength(
			reportsOf(2022).find((r) => r.slug === 'standing-committee')!.paragraphs
		);
		expect(buildXliff(exportYear(readReports(), 2022), 'datong-npc-archive')).toBe(xml);
	});

	it('puts the existing English in the target and marks as placeholders with the editor’s note beside them', async () => {
		const js = (await xliff12ToJs(xml)) as { resources: Record<string, Record<string, Resource>> };
		const p7 = js.resources['2022/standing-committee']!['2022/standing-committee/p7']!;
		expect(p7.source).toEqual([
			expect.stringContaining('始终在市委的'),
			{ Standalone: { id: 'join-1', ctype: 'x-join' } },
			expect.stringContaining('领导和支持下'),
		]);
		expect(JSON.stringify(p7.target)).toContain('{"Standalone":{"id":"join-1","ctype":"x-join"}}');
		const p25 = js.resources['2022/standing-committee']!['2022/standing-committee/p25']!;
		expect(String(p25.note)).toContain('Sic; the source reads “落实细”');
		expect(xml).toContain('<target state="translated">');
	});

	it('is well-formed XML for xmllint, with text containing < & > escaped by the library', () => {
		const dir = mkdtempSync(join(tmpdir(), 'xliff-'));
		const hostile = buildXliff(
			[
				{
					original: '2031/legal-affairs',
					units: [
						{
							id: '2031/legal-affairs/p2',
							resname: 'p2',
							source: [{ type: 'text', value: '<script>alert(1)</script> & ]]> "q"' }],
							notes: [],
							alternatives: [],
						},
					],
				},
			],
			'tool'
		);
		writeFileSync(join(dir, 'a.xlf'), hostile);
		writeFileSync(join(dir, 'b.xlf'), xml);
		expect(() =>
			execFileSync('xmllint', ['--noout', join(dir, 'a.xlf'), join(dir, 'b.xlf')], {
				stdio: 'pipe',
			})
		).not.toThrow();
		expect(hostile).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt; "q"');
		expect(parseXliff(hostile, 'a.xlf')[0]!.units[0]!.source).toEqual([
			{ type: 'text', value: '<script>alert(1)</script> & ]]> "q"' },
		]);
	});

	it('keeps text that looks like an entity reference as text (&amp; stays &amp;, not &)', async () => {
		const value = '&amp;与&lt;b&gt; &#20013; &nbsp; & ;';
		const written = buildXliff(
			[
				{
					original: '2031/a',
					units: [
						{
							id: '2031/a/p1',
							resname: 'p1',
							source: [{ type: 'text', value }],
							notes: [{ from: 'editor', text: value }],
							alternatives: [],
						},
					],
				},
			],
			'tool'
		);
		expect(parseXliff(written, 'amp.xlf')[0]!.units[0]!.source).toEqual([{ type: 'text', value }]);
		const js = (await xliff12ToJs(written)) as {
			resources: Record<string, Record<string, Resource>>;
		};
		expect(js.resources['2031/a']!['2031/a/p1']!.source).toBe(value);
		expect(js.resources['2031/a']!['2031/a/p1']!.note).toBe(value);
	});
});

const wrap = (units: string, root = `<xliff version="1.2" xmlns="${XLIFF_NS}">`) =>
	`<?xml version="1.0" encoding="UTF-8"?>\n${root}<file original="2022/legal-affairs" source-language="zh-Hans" target-language="en" datatype="plaintext"><body>${units}</body></file></xliff>`;

describe('parseXliff', () => {
	it('reads back every unit the export wrote, with its placeholders', () => {
		const files = parseXliff(xml, '2022.xlf');
		expect(files).toHaveLength(8);
		const p7 = files
			.find((f) => f.original === '2022/standing-committee')!
			.units.find((u) => u.id === '2022/standing-committee/p7')!;
		expect(p7.source.map((i) => i.type)).toEqual(['text', 'x', 'text']);
		expect(p7.state).toBe('translated');
	});

	it('refuses a DOCTYPE, so a SYSTEM entity never pulls a local file in', () => {
		const dir = mkdtempSync(join(tmpdir(), 'xxe-'));
		writeFileSync(join(dir, 'secret.txt'), 'TOP-SECRET-CONTENT');
		const evil = `<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file://${join(dir, 'secret.txt')}">]>\n${wrap('<trans-unit id="2022/legal-affairs/p1"><source>x</source><target>&xxe;</target></trans-unit>').replace(/^<\?xml[^>]*>\n/, '')}`;
		let error: unknown;
		try {
			parseXliff(evil, 'evil.xlf');
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(XliffError);
		expect(String(error)).toMatch(/evil\.xlf:2: a <!DOCTYPE> is not accepted/);
		expect(String(error)).not.toContain('TOP-SECRET');
	});

	it('expands no entity beyond the five predefined ones (no billion laughs)', () => {
		expect(() =>
			parseXliff(wrap('<trans-unit id="a"><source>&lol;</source></trans-unit>'), 'lol.xlf')
		).toThrow(/lol\.xlf:2: a: undefined entity/);
		expect(
			parseXliff(
				wrap('<trans-unit id="a"><source>&lt;&amp;&gt;&quot;&apos;&#x4e2d;</source></trans-unit>'),
				'ok.xlf'
			)[0]!.units[0]!.source
		).toEqual([{ type: 'text', value: '<&>"\'中' }]);
	});

	it('refuses a file that is not XLIFF 1.2', () => {
		expect(() =>
			parseXliff(
				wrap('', `<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0">`),
				'v2.xlf'
			)
		).toThrow(/v2\.xlf:2: not an XLIFF 1\.2 file: the root is <xliff> version "2\.0"/);
		expect(() => parseXliff('<html><body/></html>', 'page.html')).toThrow(
			/not an XLIFF 1\.2 file: the root is <html>/
		);
		expect(() => parseXliff('not xml at all', 'text.xlf')).toThrow(XliffError);
	});

	it('refuses inline codes other than <x/>, naming the unit', () => {
		expect(() =>
			parseXliff(
				wrap(
					'<trans-unit id="2022/legal-affairs/p1"><source>a<ph id="1">{b}</ph></source></trans-unit>'
				),
				'ph.xlf'
			)
		).toThrow(/ph\.xlf:2: 2022\/legal-affairs\/p1: <ph> is not supported/);
	});

	it('reads targets as a CAT tool saves them: segment markers and <g> unwrapped, alt-trans ignored', () => {
		const units = parseXliff(
			wrap(
				'<trans-unit id="u"><source>甲<x id="join-1"/>乙</source><seg-source><mrk mtype="seg" mid="1">甲<x id="join-1"/>乙</mrk></seg-source><target state="translated"><mrk mtype="seg" mid="1">A <g id="1">b</g><x id="join-1"/></mrk></target><alt-trans match-quality="80"><source>丙</source><target>C</target></alt-trans></trans-unit>'
			),
			'cat.xlf'
		)[0]!.units;
		expect(units[0]!.target).toEqual([
			{ type: 'text', value: 'A b' },
			{ type: 'x', id: 'join-1' },
		]);
		expect(units[0]!.source).toEqual([
			{ type: 'text', value: '甲' },
			{ type: 'x', id: 'join-1' },
			{ type: 'text', value: '乙' },
		]);
	});
});

describe('parseXliff: what no CAT tool writes and could smuggle text or bulk into a page', () => {
	const unit = (inner: string, source = '甲<x id="join-1"/>乙') =>
		wrap(
			`<trans-unit id="2022/legal-affairs/p1">\n<source>${source}</source>\n${inner}\n</trans-unit>`
		);

	it('refuses an <x> with text or an element inside, naming the file, line and unit', () => {
		expect(() =>
			parseXliff(unit('<target>A <x id="join-1">SMUGGLED</x> b</target>'), 'x.xlf')
		).toThrow(/^x\.xlf:4: 2022\/legal-affairs\/p1: <x id="join-1"> holds text \("SMUGGLED"\)/);
		expect(() =>
			parseXliff(unit('<target>A <x id="join-1"><g id="1">b</g></x></target>'), 'x.xlf')
		).toThrow(/2022\/legal-affairs\/p1: <x id="join-1"> holds <g>/);
		expect(
			parseXliff(unit('<target>A <x id="join-1"></x> b</target>'), 'x.xlf')[0]!.units[0]!.target
		).toEqual([
			{ type: 'text', value: 'A ' },
			{ type: 'x', id: 'join-1' },
			{ type: 'text', value: ' b' },
		]);
	});

	it('refuses a second <target>, whatever its state (an <alt-trans> target is not one)', () => {
		expect(() =>
			parseXliff(
				unit('<target state="translated">A</target>\n<target state="final">B</target>'),
				'two.xlf'
			)
		).toThrow(/^two\.xlf:5: 2022\/legal-affairs\/p1: a second <target> in the unit/);
		expect(
			parseXliff(
				unit('<target>A</target>\n<alt-trans><source>丙</source><target>C</target></alt-trans>'),
				'alt.xlf'
			)[0]!.units[0]!.target
		).toEqual([{ type: 'text', value: 'A' }]);
	});

	it(`refuses a target over ${MAX_TARGET_BYTES / 1024} KB, or over ${MAX_TARGET_RATIO} times its source, naming the unit's line`, () => {
		const big = 'a'.repeat(MAX_TARGET_BYTES + 1);
		expect(() => parseXliff(unit(`<target>${big}</target>`, '甲'.repeat(5000)), 'big.xlf')).toThrow(
			/^big\.xlf:2: 2022\/legal-affairs\/p1: the target is 50 KB, over the 50 KB a unit may have/
		);
		expect(() =>
			parseXliff(unit(`<target>${'word '.repeat(1000)}</target>`, '甲乙丙'), 'ratio.xlf')
		).toThrow(
			/ratio\.xlf:2: 2022\/legal-affairs\/p1: the target has 5000 characters, over 20 times its source \(3\)/
		);
		// A short name's English may be many times longer than its Chinese.
		const fine = 'Ethnic, Religious, Overseas Chinese and Foreign Affairs Work Committee';
		expect(
			parseXliff(unit(`<target>${fine}</target>`, '民宗侨外工委'), 'ok.xlf')[0]!.units[0]!.target
		).toEqual([{ type: 'text', value: fine }]);
	});

	it(`refuses a file over ${MAX_XLIFF_BYTES / 1024 / 1024} MB before reading it`, () => {
		expect(() => checkXliffSize(MAX_XLIFF_BYTES + 1, 'huge.xlf')).toThrow(
			/^huge\.xlf: the file is 10\.0 MB, over the 10 MB an XLIFF of one year may have/
		);
		expect(() => checkXliffSize(Buffer.byteLength(xml), '2022.xlf')).not.toThrow();
	});
});

describe('decodeXml', () => {
	it('reads UTF-8 with or without a byte-order mark and UTF-16 with one', () => {
		const text = '<x>大同 &amp;</x>';
		expect(decodeXml(new TextEncoder().encode(text))).toBe(text);
		expect(decodeXml(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toBe(
			text
		);
		const utf16 = new Uint8Array([
			0xff,
			0xfe,
			...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer),
		]);
		expect(decodeXml(utf16)).toBe(text);
		expect(parseXliff(decodeXml(new TextEncoder().encode(xml)), '2022.xlf')).toHaveLength(8);
	});

	it('refuses bytes that are not UTF-8', () => {
		expect(() => decodeXml(new Uint8Array([0x3c, 0xff, 0x3e]))).toThrow(TypeError);
	});
});
