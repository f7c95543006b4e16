/**
 * Reads XLIFF 1.2 as saved by a CAT tool, with saxes: a strict, non-validating
 * parser that never loads a DTD and expands no entity but the five predefined
 * ones (an undefined entity is an error). A file with a `<!DOCTYPE>` is refused
 * outright, so no external entity can pull a local file in. So is what no CAT
 * tool writes and what could smuggle text or bulk into a page: a placeholder
 * with content, a second `<target>`, a target far larger than any paragraph,
 * a file larger than any year's export.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { ARCHIVE_NS, XLIFF_NS } from './xliff-write.ts';

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
	/** The fingerprint of the page's English at export (`datong:english`), when the file still has it. */
	english?: string | undefined;
}

/** One `<file>` as read. */
export interface XliffFile {
	original: string;
	/** Line of the `<file>` start tag. */
	line: number;
	sourceLanguage: string;
	targetLanguage: string;
	units: XliffUnit[];
}

/** A problem with an XLIFF file, naming the file, the line and the unit (when there are ones). */
export class XliffError extends Error {
	constructor(file: string, line: number | undefined, message: string, unit?: string) {
		super(`${file}${line === undefined ? '' : `:${line}`}: ${unit ? `${unit}: ` : ''}${message}`);
		this.name = 'XliffError';
	}
}

/** The largest XLIFF file import reads: a year's export is about 100 KB. */
export const MAX_XLIFF_BYTES = 10 * 1024 * 1024;
/** The largest target of one unit, in UTF-8 bytes: the longest paragraph of the archive is under 10 KB. */
export const MAX_TARGET_BYTES = 50 * 1024;
/** A target longer than this many times its source (and longer than `RATIO_FLOOR` characters) is refused. */
export const MAX_TARGET_RATIO = 20;
/** Targets up to this many characters are never refused for their ratio: a short name's English may be long. */
const RATIO_FLOOR = 1000;

/**
 * Refuses a file larger than `MAX_XLIFF_BYTES` before it is read.
 *
 * @example checkXliffSize(100_000, 'a.xlf') // returns; checkXliffSize(2 ** 30, 'a.xlf') throws
 */
export function checkXliffSize(bytes: number, file: string): void {
	if (bytes > MAX_XLIFF_BYTES)
		throw new XliffError(
			file,
			undefined,
			`the file is ${(bytes / 1024 / 1024).toFixed(1)} MB, over the ${MAX_XLIFF_BYTES / 1024 / 1024} MB an XLIFF of one year may have (an export is about 100 KB): not read`
		);
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

/** What the reader holds while it walks the document. */
interface ReaderState {
	files: XliffFile[];
	unit?: XliffUnit | undefined;
	/** The runs of the source or target being read. */
	runs?: XliffInline[] | undefined;
	/** How many `<target>`s the current unit had (outside `<alt-trans>`). */
	targets: number;
	/** The `<x>` being read, while it is open. */
	placeholder?: string | undefined;
	altDepth: number;
	sawRoot: boolean;
}

type Fail = (message: string) => never;
type Attr = (key: string) => string | undefined;

function pushInline(state: ReaderState, inline: XliffInline): void {
	const last = state.runs!.at(-1);
	if (inline.type === 'text' && last?.type === 'text') last.value += inline.value;
	else state.runs!.push(inline);
}

function checkRoot(tag: SaxesTagNS, attr: Attr, fail: Fail): void {
	if (tag.local !== 'xliff' || tag.uri !== XLIFF_NS || attr('version') !== '1.2')
		fail(
			`not an XLIFF 1.2 file: the root is <${tag.name}> version ${JSON.stringify(attr('version') ?? null)} in namespace ${JSON.stringify(tag.uri)}`
		);
}

/** An element inside a source or target: a placeholder, a wrapper, or a refusal. */
function openInline(state: ReaderState, name: string, attr: Attr, fail: Fail): void {
	if (state.placeholder !== undefined)
		fail(`<x id="${state.placeholder}"> holds <${name}>: a placeholder is empty, <x id="…"/>`);
	if (name === 'x') {
		const id = attr('id') ?? fail('an <x/> placeholder without an id');
		pushInline(state, { type: 'x', id });
		state.placeholder = id;
	} else if (!TRANSPARENT.has(name))
		fail(`<${name}> is not supported inside a source or target (only <x/> placeholders)`);
}

/** An attribute of the archive's namespace, whatever prefix a tool saved it with. */
function archiveAttribute(tag: SaxesTagNS, local: string): string | undefined {
	return Object.values(tag.attributes).find((a) => a.uri === ARCHIVE_NS && a.local === local)
		?.value;
}

/** A structural element: a file, a unit, its source or its target. */
function openStructure(
	state: ReaderState,
	tag: SaxesTagNS,
	attr: Attr,
	fail: Fail,
	line: number
): void {
	const name = tag.local;
	if (name === 'file') {
		state.files.push({
			original: attr('original') ?? fail('a <file> without an original attribute'),
			line,
			sourceLanguage: attr('source-language') ?? '',
			targetLanguage: attr('target-language') ?? '',
			units: [],
		});
	} else if (name === 'trans-unit') {
		if (!state.files.length) fail('a <trans-unit> outside a <file>');
		state.unit = {
			id: attr('id') ?? fail('a <trans-unit> without an id'),
			source: [],
			line,
			english: archiveAttribute(tag, 'english'),
		};
		state.targets = 0;
		state.files.at(-1)!.units.push(state.unit);
	} else if (state.unit && (name === 'source' || name === 'target')) {
		state.runs = [];
		if (name === 'source') state.unit.source = state.runs;
		else {
			state.targets += 1;
			if (state.targets > 1)
				fail(
					'a second <target> in the unit: a unit has one target, and which of them is meant cannot be told'
				);
			state.unit.target = state.runs;
			state.unit.state = attr('state');
		}
	}
}

const encoder = new TextEncoder();

function utf8Length(inlines: XliffInline[]): number {
	return inlines.reduce(
		(sum, i) => sum + (i.type === 'text' ? encoder.encode(i.value).length : 0),
		0
	);
}

/** Refuses a target far larger than any paragraph: over 50 KB, or over 20 times its source. */
function checkTargetSize(unit: XliffUnit, file: string): void {
	if (!unit.target) return;
	const bytes = utf8Length(unit.target);
	const chars = unit.target.reduce((n, i) => n + (i.type === 'text' ? i.value.length : 0), 0);
	const sourceChars = unit.source.reduce((n, i) => n + (i.type === 'text' ? i.value.length : 0), 0);
	const problem =
		bytes > MAX_TARGET_BYTES
			? `the target is ${Math.round(bytes / 1024)} KB, over the ${MAX_TARGET_BYTES / 1024} KB a unit may have`
			: chars > RATIO_FLOOR && chars > MAX_TARGET_RATIO * Math.max(sourceChars, 1)
				? `the target has ${chars} characters, over ${MAX_TARGET_RATIO} times its source (${sourceChars})`
				: undefined;
	if (problem)
		throw new XliffError(
			file,
			unit.line,
			`${problem}: far larger than any paragraph, not imported`,
			unit.id
		);
}

function closeElement(state: ReaderState, tag: SaxesTagNS, file: string): void {
	if (tag.uri !== XLIFF_NS) return;
	if (tag.local === 'alt-trans') state.altDepth -= 1;
	if (state.altDepth > 0 || tag.local === 'alt-trans') return;
	if (tag.local === 'x' && state.placeholder !== undefined) state.placeholder = undefined;
	else if (tag.local === 'source' || tag.local === 'target') state.runs = undefined;
	else if (tag.local === 'trans-unit' && state.unit) {
		checkTargetSize(state.unit, file);
		state.unit = undefined;
	}
}

function onOpen(state: ReaderState, tag: SaxesTagNS, fail: Fail, line: number): void {
	const attr: Attr = (key) => tag.attributes[key]?.value;
	if (!state.sawRoot) {
		state.sawRoot = true;
		checkRoot(tag, attr, fail);
	}
	if (tag.uri !== XLIFF_NS) return;
	if (tag.local === 'alt-trans') state.altDepth += 1;
	if (state.altDepth > 0) return;
	if (state.runs) openInline(state, tag.local, attr, fail);
	else openStructure(state, tag, attr, fail, line);
}

function onText(state: ReaderState, text: string, fail: Fail): void {
	if (!state.runs || state.altDepth > 0) return;
	if (state.placeholder !== undefined) {
		if (text.trim() === '') return;
		fail(
			`<x id="${state.placeholder}"> holds text (${JSON.stringify(text.slice(0, 40))}): a placeholder is empty, <x id="${state.placeholder}"/>, and text inside it would be lost or smuggled in`
		);
	}
	pushInline(state, { type: 'text', value: text });
}

/**
 * Parses an XLIFF 1.2 document. Throws an `XliffError` for anything that is
 * not well-formed XLIFF 1.2 or that the archive cannot map back to its pages
 * (a DOCTYPE, an inline code other than `<x/>`, an `<x>` with content, a unit
 * without an id, a second `<target>`, a target over 50 KB or 20 times its
 * source), naming the file, the line and the unit.
 *
 * @example parseXliff('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">…</xliff>', 'a.xlf')[0]!.units[0]!.id // '2022/legal-affairs/title'
 */
export function parseXliff(xml: string, file: string): XliffFile[] {
	const parser = new SaxesParser({ xmlns: true, position: true });
	const state: ReaderState = { files: [], targets: 0, altDepth: 0, sawRoot: false };
	const fail: Fail = (message) => {
		throw new XliffError(file, parser.line, message, state.unit?.id);
	};
	parser.on('doctype', () =>
		fail('a <!DOCTYPE> is not accepted (XLIFF needs none, and it could declare entities)')
	);
	parser.on('error', (error) => fail(error.message.replace(/^\d+:\d+: /, '')));
	parser.on('opentag', (tag: SaxesTagNS) => onOpen(state, tag, fail, parser.line));
	parser.on('text', (text) => onText(state, text, fail));
	parser.on('cdata', (text) => onText(state, text, fail));
	parser.on('closetag', (tag: SaxesTagNS) => closeElement(state, tag, file));
	parser.write(xml).close();
	if (!state.sawRoot) fail('not an XLIFF 1.2 file: no root element');
	return state.files;
}
