/** Fixtures and readers for the tests of the editions (data, TEI, EPUB). */
import { spawnSync } from 'node:child_process';
import { DOMParser } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { hashBody } from '../../src/lib/hash.ts';
import type { Inline } from '../../src/lib/content/page-model.ts';
import { renderBody } from '../../src/lib/content/mdx-body.ts';
import {
	type EditionReport,
	toEditionArchive,
	toEditionReport,
} from '../../src/lib/editions/model.ts';
import {
	type EnReport,
	EnReportSchema,
	type ZhReport,
	ZhReportSchema,
} from '../../src/lib/schemas.ts';

/**
 * A small report full of characters that mean something to XML, CSV, JSON and
 * MDX, with every kind of mark: a join, a sic note, a lacuna and a duplicate.
 */
/** Provenance for people, full of characters that mean something to XML: what the 2031 fixture's kind of decisions file records. */
export const HOSTILE_PROVENANCE = {
	authors: [{ zh: '某<某>', en: 'Mou & <Mou>' }],
	publication: {
		newspaper: { zh: '大同日报 & <晚报> ]]>', en: 'Datong Daily & <Evening> ]]>' },
		date: '2032-01-15',
		page: 'A3',
	},
	translation: {
		credit: { zh: '译者 & <甲>', en: 'Translator & <A>' },
		method: { zh: '逐段翻译 & 核对 <b>', en: 'Translated & checked <b> paragraph by paragraph' },
	},
} as const;

export function hostileReport(
	options: { english?: boolean; provenance?: boolean } = {}
): EditionReport {
	// Rendered by ingest's own MDX writer, so the fixture is escaped exactly as real pages are.
	const body = (p1: Inline[], heading: string, p2: string): string =>
		renderBody([
			{ type: 'paragraph', n: 1, lines: [3, 5], inlines: p1 },
			{ type: 'heading', text: heading, line: 6 },
			{ type: 'paragraph', n: 2, lines: [7], inlines: [{ type: 'text', value: p2 }] },
			{ type: 'lacuna', n: 3 },
			{ type: 'duplicate', n: 4 },
			{ type: 'paragraph', n: 3, lines: [10], inlines: [{ type: 'text', value: p2 }] },
		]);
	const zhBody = body(
		[
			{ type: 'text', value: '甲方说："a, b" & <c> ]]> {d}，又说' },
			{ type: 'join', n: 1 },
			{ type: 'text', value: '续文；一字错误' },
			{ type: 'note', n: 2 },
			{ type: 'text', value: '。' },
		],
		'第一节 <标题> & "引号"',
		'第二段，逗号,分号;# 1. * _ |'
	);
	const zh: ZhReport = ZhReportSchema.parse({
		title: '测试 <委员会> & "报告"',
		year: 2031,
		lang: 'zh',
		slug: 'legal-affairs',
		kind: 'committee',
		order: 1,
		article: { title: '标题 & <b>', subtitle: '——2031年"工作"综述' },
		byline: '本报记者 某<某>',
		source: {
			file: 'seeds/2031.txt',
			sha256: 'b'.repeat(64),
			lines: [3, 12],
			paragraphs: [[3, 5], [7], [10]],
		},
		...(options.provenance && HOSTILE_PROVENANCE),
		editorial: [
			{ n: 1, type: 'join', paragraph: 1, lines: [3, 5] },
			{
				n: 2,
				type: 'note',
				paragraph: 1,
				sic: true,
				quote: '一字错误',
				line: 5,
				note: { zh: '原文如此 <sic> & "x"', en: 'Sic <as printed> & "x"' },
			},
			{
				n: 3,
				type: 'lacuna',
				paragraph: 2,
				line: 8,
				note: { zh: '缺文 ]]>', en: 'Text missing ]]>' },
			},
			{
				n: 4,
				type: 'duplicate',
				paragraph: 3,
				of: 2,
				line: 10,
				note: { zh: '重复', en: 'Repeated' },
			},
		],
		figures: [],
		generatedHash: hashBody(zhBody),
	});
	const enBody = body(
		[
			{ type: 'text', value: 'Party A said: "a, b" & <c> ]]> {d}, then' },
			{ type: 'join', n: 1 },
			{ type: 'text', value: ' went on; a wrong word' },
			{ type: 'note', n: 2 },
			{ type: 'text', value: '.' },
		],
		'Section one <heading> & "quotes"',
		'Second paragraph, comma, semicolon; # 1. * _ |'
	);
	const en: EnReport = EnReportSchema.parse({
		title: 'Test <Committee> & "Report"',
		year: 2031,
		lang: 'en',
		slug: 'legal-affairs',
		article: { title: 'Title & <b>', subtitle: '— "Work" in 2031' },
		translationOf: { sha256: hashBody(zhBody) },
		translator: 'T & <T>',
	});
	return toEditionReport({
		zh: { data: zh, body: zhBody },
		en: options.english === false ? undefined : { data: en, body: enBody },
	});
}

/** The fixture as a one-year archive with its seed metadata. */
export function hostileArchive(options: { english?: boolean; provenance?: boolean } = {}) {
	return toEditionArchive(
		[hostileReport(options)],
		[
			{
				year: 2031,
				meta: {
					source: {
						file: '2031.txt',
						originalName: 'in & <out>.txt',
						sha256: 'b'.repeat(64),
						received: '2031-02-03',
					},
					authors: [],
					decisions: [],
					figures: [],
				},
			},
		]
	);
}

/** Parses XML with @xmldom/xmldom (which never fetches or expands external entities); throws on any error. */
export function parseXml(text: string): Document {
	const errors: string[] = [];
	const doc = new DOMParser({
		onError: (level, message) => {
			if (level !== 'warning') errors.push(message);
		},
	}).parseFromString(text, 'application/xml');
	if (errors.length > 0) throw new Error(errors.join('\n'));
	return doc as unknown as Document;
}

/** Runs `xmllint --noout --nonet` on a text (no entity expansion, no network); returns its stderr ('' when well-formed). */
export function xmllint(text: string): string {
	const result = spawnSync('xmllint', ['--noout', '--nonet', '-'], {
		input: text,
		encoding: 'utf8',
	});
	if (result.error) throw result.error;
	return result.status === 0 ? '' : result.stderr || `xmllint exited ${result.status}`;
}

/** Elements of a namespace by local name, in document order. */
export function elements(doc: Document | Element, name: string): Element[] {
	return Array.from(doc.getElementsByTagNameNS('*', name));
}

/** The files of a zip (an EPUB), by path. */
export function unzip(bytes: Uint8Array): Record<string, string> {
	const decoder = new TextDecoder();
	return Object.fromEntries(
		Object.entries(unzipSync(bytes)).map(([path, data]) => [path, decoder.decode(data)])
	);
}

/**
 * Runs Debian's epubcheck on a file. The package installs the jar as
 * /usr/bin/epubcheck and relies on binfmt_misc (jarwrapper) to run it, which a
 * container often lacks, so it is started with `java -jar`.
 */
export function epubcheck(path: string): { ok: boolean; output: string } {
	// A short-lived JVM: the C1 compiler and serial GC start it several times faster.
	const result = spawnSync(
		'java',
		['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-jar', '/usr/bin/epubcheck', path],
		{ encoding: 'utf8' }
	);
	if (result.error) throw result.error;
	const output = `${result.stdout}\n${result.stderr}`;
	return {
		ok: result.status === 0 && /Messages: 0 fatals \/ 0 errors \/ 0 warnings/.test(output),
		output,
	};
}
