import { IngestError } from '../content/ingest-error.ts';

/** The encodings ingest reads. */
export type SeedEncoding = 'utf-8' | 'utf-8 with BOM' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** A seed decoded to text, with what was found about its bytes. */
export interface DecodedSeed {
	/** The text with line endings normalised to LF. */
	text: string;
	/** The encoding the bytes were read as. */
	encoding: SeedEncoding;
	/** The line endings found in the file. */
	lineEndings: 'LF' | 'CRLF' | 'CR' | 'mixed' | 'none';
}

/** Control characters that never occur in a text file (tab, LF and CR excepted). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;

function decodeStrict(encoding: string, bytes: Uint8Array): string | undefined {
	try {
		return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		return undefined;
	}
}

function detectLineEndings(text: string): DecodedSeed['lineEndings'] {
	const crlf = (text.match(/\r\n/g) ?? []).length;
	const cr = (text.match(/\r(?!\n)/g) ?? []).length;
	const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
	const kinds = [crlf && 'CRLF', cr && 'CR', lf && 'LF'].filter(Boolean) as (
		'CRLF' | 'CR' | 'LF'
	)[];
	if (kinds.length === 0) return 'none';
	return kinds.length === 1 ? kinds[0]! : 'mixed';
}

/**
 * Decodes a seed file: UTF-8 with or without a byte-order mark, UTF-16 with a
 * byte-order mark, or GB18030 (which includes GBK and GB2312). Bytes that are not
 * text in any of these are refused with an error naming the file and the problem.
 *
 * @example decodeSeed(new TextEncoder().encode('\uFEFF标题\r\n'), 'seeds/2023.txt').encoding // 'utf-8 with BOM'
 */
export function decodeSeed(bytes: Uint8Array, file: string): DecodedSeed {
	if (bytes.length === 0) throw new IngestError(file, 'the file is empty');

	let encoding: SeedEncoding;
	let text: string | undefined;
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		encoding = 'utf-8 with BOM';
		text = decodeStrict('utf-8', bytes.subarray(3));
	} else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		encoding = 'utf-16le';
		text = decodeStrict('utf-16le', bytes.subarray(2));
	} else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		encoding = 'utf-16be';
		text = decodeStrict('utf-16be', bytes.subarray(2));
	} else if (bytes.includes(0)) {
		throw new IngestError(file, 'this is a binary file, not text (it contains NUL bytes)');
	} else {
		text = decodeStrict('utf-8', bytes);
		encoding = 'utf-8';
		if (text === undefined) {
			text = decodeStrict('gb18030', bytes);
			encoding = 'gb18030';
		}
	}
	if (text === undefined) {
		throw new IngestError(
			file,
			`the bytes are not valid ${encoding === 'gb18030' ? 'UTF-8 or GB18030' : encoding} text; save the file as UTF-8`
		);
	}
	const control = CONTROL.exec(text);
	if (control) {
		const line = text.slice(0, control.index).split('\n').length;
		throw new IngestError(
			file,
			`this does not look like text: control character U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} (read as ${encoding})`,
			line
		);
	}
	if (text.trim() === '') throw new IngestError(file, 'the file holds only whitespace');

	const lineEndings = detectLineEndings(text);
	return { text: text.replace(/\r\n?/g, '\n'), encoding, lineEndings };
}

/** A line of the source with its 1-based number. */
export interface SourceLine {
	/** The (first) physical line of the seed file it comes from. */
	n: number;
	text: string;
	/**
	 * When the line was soft-wrapped in the file: each further physical line and
	 * the offset in `text` where its text starts.
	 */
	wraps?: { n: number; offset: number }[];
}

/**
 * The last physical line of a source line (its only line unless it was soft-wrapped).
 *
 * @example lastLineOf({ n: 3, text: '一二三四', wraps: [{ n: 4, offset: 2 }] }) // 4
 */
export function lastLineOf(line: SourceLine): number {
	return line.wraps?.at(-1)?.n ?? line.n;
}

/**
 * The physical line that holds the character at `offset` of a source line.
 *
 * @example lineAtOffset({ n: 3, text: '一二三四', wraps: [{ n: 4, offset: 2 }] }, 2) // 4
 */
export function lineAtOffset(line: SourceLine, offset: number): number {
	let n = line.n;
	for (const wrap of line.wraps ?? []) if (wrap.offset <= offset) n = wrap.n;
	return n;
}

/** Whitespace that carries no text: ASCII, no-break and full-width (ideographic) spaces. */
const EDGE_SPACE = /^[\s\u00A0\u3000\uFEFF]+|[\s\u00A0\u3000\uFEFF]+$/gu;

/**
 * Splits decoded text into its non-empty lines, each trimmed of leading and
 * trailing whitespace (including the full-width space U+3000 used for indents),
 * keeping the original line numbers.
 *
 * @example toSourceLines('　标题 \n\n正文。').map((l) => [l.n, l.text]) // [[1, '标题'], [3, '正文。']]
 */
export function toSourceLines(text: string): SourceLine[] {
	return text
		.split('\n')
		.map((line, index) => ({ n: index + 1, text: line.replace(EDGE_SPACE, '') }))
		.filter((line) => line.text !== '');
}
