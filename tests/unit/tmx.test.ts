/** TMX 1.4b of the archive, read back with fast-xml-parser and xmllint (not the library that wrote it). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { alignedPairs, buildTmx } from '../../src/lib/content/tmx.ts';
import { corpusReports, translatedYears } from '../helpers/corpus.ts';
import { readReports, runTranslations, scratchContent } from '../helpers/translations.ts';

const reports = readReports();
const pairs = alignedPairs(reports);

interface Tu {
	'@_tuid': string;
	prop: { '#text': string | number; '@_type': string }[];
	tuv: { '@_xml:lang': string; seg: string }[];
}

describe('alignedPairs', () => {
	it('pairs every paragraph and heading that has current English, marks left out', () => {
		const current = corpusReports().map((r) => r.current.paragraphs + r.current.headings);
		expect(pairs).toHaveLength(current.reduce((a, b) => a + b, 0));
		// A year whose English is finished is in the memory whole.
		for (const year of translatedYears())
			expect(
				pairs.filter((p) => p.year === year),
				String(year)
			).toHaveLength(
				reports
					.filter((r) => r.year === year)
					.flatMap((r) => r.zh.blocks.filter((b) => b.type !== 'mark')).length
			);
		const p7 = pairs.find((p) => p.id === '2022/standing-committee/p7')!;
		expect(p7.zh).toContain('始终在市委的领导和支持下');
		expect(p7.en).not.toContain('<');
	});
});

describe('buildTmx', () => {
	const tmx = buildTmx(pairs, { name: 'datong-npc-archive', version: '1.0.0' });

	it('writes TMX 1.4b with a header and one <tu> per pair, with year, report and paragraph props', () => {
		const parsed = new XMLParser({
			ignoreAttributes: false,
			isArray: (name) => ['tu', 'tuv', 'prop'].includes(name),
			processEntities: true,
		}).parse(tmx) as {
			tmx: { '@_version': string; header: Record<string, string>; body: { tu: Tu[] } };
		};
		expect(parsed.tmx['@_version']).toBe('1.4');
		expect(parsed.tmx.header).toMatchObject({
			'@_srclang': 'zh-Hans',
			'@_segtype': 'paragraph',
			'@_datatype': 'plaintext',
			'@_adminlang': 'en',
			'@_creationtool': 'datong-npc-archive',
		});
		const tus = parsed.tmx.body.tu;
		expect(tus).toHaveLength(pairs.length);
		const p3 = tus.find((tu) => tu['@_tuid'] === '2022/legal-affairs/p3')!;
		expect(Object.fromEntries(p3.prop.map((p) => [p['@_type'], String(p['#text'])]))).toEqual({
			'x-year': '2022',
			'x-report': 'legal-affairs',
			'x-paragraph': 'p3',
		});
		expect(p3.tuv.map((t) => t['@_xml:lang'])).toEqual(['zh-Hans', 'en']);
		expect(p3.tuv[0]!.seg).toMatch(/^近年来，市人大法制委/);
		expect(p3.tuv[1]!.seg).toMatch(/^In recent years, the Legal Affairs Committee/);
	});

	it('is well-formed for xmllint, and escapes markup in segments', () => {
		const hostile = buildTmx(
			[
				{
					id: 'x',
					year: 2031,
					report: 'a',
					unit: 'p1',
					zh: '<script>&',
					en: '</seg> &amp; &lt;b&gt;',
				},
			],
			{ name: 't', version: '1' }
		);
		expect(hostile).toContain('<seg>&lt;script&gt;&amp;</seg>');
		const tuv = (
			new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: false }).parse(
				hostile
			) as { tmx: { body: { tu: { tuv: { seg: string }[] } } } }
		).tmx.body.tu.tuv;
		expect(tuv.map((t) => t.seg)).toEqual(['<script>&', '</seg> &amp; &lt;b&gt;']);
		const dir = mkdtempSync(join(tmpdir(), 'tmx-'));
		const out = join(dir, 'archive.tmx');
		const result = runTranslations(scratchContent('tmx-'), 'tmx', '--out', out);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain(`${out}: ${pairs.length} translation units`);
		expect(readFileSync(out, 'utf8')).toBe(tmx);
		expect(() => execFileSync('xmllint', ['--noout', out], { stdio: 'pipe' })).not.toThrow();
	});
});
