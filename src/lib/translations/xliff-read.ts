/**
 * Reads XLIFF 1.2 as saved by a CAT tool, with saxes: a strict, non-validating
 * parser that never loads a DTD and expands no entity but the five predefined
 * ones (an undefined entity is an error). A file with a `<!DOCTYPE>` is refused
 * outright, so no external entity can pull a local file in.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { XLIFF_NS } from './xliff-write.ts';

/** A run of a source or target: text, or a placeholder `<x id="…"/>`. */
export type XliffInline = { type: 'text'; value: string } | { type: 'x'; id: string };

/** One `<trans-unit>` as read. */
export interface XliffUnit {
	id: string;
	source: XliffInline[];
	/** Absent when the unit has no `<target>`. */
	target?: XliffInline[] | undefined;
	/** The target's `state`, when it has one. */
	state?: string | undefined;
	/** Line of the `<trans-unit>` start tag. */
	line: number;
}

/** One `<file>` as read. */
export interface XliffFile {
	original: string;
	sourceLanguage: string;
	targetLanguage: string;
	units: XliffUnit[];
}

/** A problem with an XLIFF file, naming the file, the unit (when there is one) and the line. */
export class XliffError extends Error {
	constructor(file: string, line: number, message: string, unit?: string) {
		super(`${file}:${line}: ${unit ? `${unit}: ` : ''}${message}`);
		this.name = 'XliffError';
	}
}

/**
 * The text of an XML file as a CAT tool may save it: UTF-8 (with or without a
 * byte-order mark) or UTF-16 with its byte-order mark (some tools write XLIFF
 * so). Invalid UTF-8 is an error, not replacement characters.
 *
 * @example decodeXml(new Uint8Array([0xff, 0xfe, 0x3c, 0x00])) // '<'
 */
export function decodeXml(bytes: Uint8Array): string {
	if (bytes[0] === 0xff && bytes[1] === 0xfe)
		return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
	if (bytes[0] === 0xfe && bytes[1] === 0xff)
		return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
	return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
}

/** Inline elements that only wrap text (segmentation, formatting): their text is kept. */
const TRANSPARENT = new Set(['mrk', 'g']);

/**
 * Parses an XLIFF 1.2 document. Throws an `XliffError` for anything that is
 * not well-formed XLIFF 1.2 or that the archive cannot map back to its pages
 * (a DOCTYPE, an inline code other than `<x/>`, a unit without an id).
 *
 * @example parseXliff('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">…</xliff>', 'a.xlf')[0]!.units[0]!.id // '2022/legal-affairs/title'
 */
export function parseXliff(xml: string, file: string): XliffFile[] {
	const parser = new SaxesParser({ xmlns: true, position: true });
	const files: XliffFile[] = [];
	const stack: string[] = [];
	let unit: XliffUnit | undefined;
	let runs: XliffInline[] | undefined;
	let altDepth = 0;
	let sawRoot = false;
	const fail = (message: string): never => {
		throw new XliffError(file, parser.line, message, unit?.id);
	};
	const push = (inline: XliffInline) => {
		const last = runs!.at(-1);
		if (inline.type === 'text' && last?.type === 'text') last.value += inline.value;
		else runs!.push(inline);
	};
	parser.on('doctype', () =>
		fail('a <!DOCTYPE> is not accepted (XLIFF needs none, and it could declare entities)')
	);
	parser.on('error', (error) => fail(error.message.replace(/^\d+:\d+: /, '')));
	parser.on('opentag', (tag: SaxesTagNS) => {
		const name = tag.local;
		const attr = (key: string) => tag.attributes[key]?.value;
		if (!sawRoot) {
			sawRoot = true;
			if (name !== 'xliff' || tag.uri !== XLIFF_NS || attr('version') !== '1.2') {
				fail(
					`not an XLIFF 1.2 file: the root is <${tag.name}> version ${JSON.stringify(attr('version') ?? null)} in namespace ${JSON.stringify(tag.uri)}`
				);
			}
		}
		stack.push(name);
		if (tag.uri !== XLIFF_NS) return;
		if (name === 'alt-trans') altDepth += 1;
		if (altDepth > 0) return;
		if (runs) {
			if (name === 'x')
				push({ type: 'x', id: attr('id') ?? fail('an <x/> placeholder without an id') });
			else if (!TRANSPARENT.has(name))
				fail(`<${name}> is not supported inside a source or target (only <x/> placeholders)`);
			return;
		}
		if (name === 'file') {
			files.push({
				original: attr('original') ?? fail('a <file> without an original attribute'),
				sourceLanguage: attr('source-language') ?? '',
				targetLanguage: attr('target-language') ?? '',
				units: [],
			});
		} else if (name === 'trans-unit') {
			if (!files.length) fail('a <trans-unit> outside a <file>');
			unit = {
				id: attr('id') ?? fail('a <trans-unit> without an id'),
				source: [],
				line: parser.line,
			};
			files.at(-1)!.units.push(unit);
		} else if (unit && (name === 'source' || name === 'target')) {
			runs = [];
			if (name === 'target') {
				unit.target = runs;
				unit.state = attr('state');
			} else unit.source = runs;
		}
	});
	const onText = (text: string) => {
		if (runs && altDepth === 0) push({ type: 'text', value: text });
	};
	parser.on('text', onText);
	parser.on('cdata', onText);
	parser.on('closetag', (tag: SaxesTagNS) => {
		stack.pop();
		if (tag.uri !== XLIFF_NS) return;
		if (tag.local === 'alt-trans') altDepth -= 1;
		else if (altDepth === 0 && (tag.local === 'source' || tag.local === 'target')) runs = undefined;
		else if (tag.local === 'trans-unit') unit = undefined;
	});
	parser.write(xml).close();
	if (!sawRoot) fail('not an XLIFF 1.2 file: no root element');
	return files;
}
