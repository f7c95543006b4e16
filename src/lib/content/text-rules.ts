/**
 * The characters text may hold, for every subsystem: ingest (seed text, the
 * notes of the decisions file), import (translation targets), the page
 * validator and `translations check`. One table decides, per class of
 * character, whether a text holding it is refused or only flagged for review.
 *
 * Refused: what XML 1.0 or the HTML parser forbid, or what changes how the text
 * around it displays — the build would fail on it (xmlbuilder2 for TEI and
 * EPUB), or the page would show something other than its text:
 * - C0 controls other than tab, line feed and carriage return (XML 1.0 `Char`
 *   excludes them), DEL and the C1 controls (HTML: control-character-in-input-stream);
 * - noncharacters, U+FDD0–U+FDEF and the last two code points of every plane
 *   (XML 1.0 excludes U+FFFE and U+FFFF; HTML: noncharacter-in-input-stream);
 * - lone surrogates (no character at all: they cannot be written as UTF-8);
 * - bidirectional embeddings, overrides and isolates, U+202A–U+202E and
 *   U+2066–U+2069: they reorder how the text around them is displayed, so a page
 *   could show something other than its bytes (CVE-2021-42574, "Trojan Source");
 *   the archive's languages are both written left to right;
 * - U+FEFF inside text: a byte order mark where two files were pasted together
 *   (its use as a zero-width no-break space is deprecated since Unicode 3.2);
 * - interlinear annotation characters U+FFF9–U+FFFB (W3C "Unicode in XML and
 *   other markup languages": not for use in markup).
 *
 * Flagged (kept, shown by `translations check` and the ingest report), because
 * real text can need them but a reader cannot see them, and a word they split
 * is not found by search:
 * - zero-width space U+200B (a line-break hint in long words or URLs), zero-width
 *   non-joiner U+200C and joiner U+200D (emoji sequences, Indic and Persian
 *   scripts), word joiner U+2060, invisible operators U+2061–U+2064, Mongolian
 *   vowel separator U+180E, soft hyphen U+00AD (a hyphenation hint);
 * - direction marks U+200E, U+200F, U+061C: they do not reorder left-to-right
 *   text, and are needed beside right-to-left names;
 * - tag characters U+E0000–U+E007F (flag emoji of regions; otherwise hidden ASCII)
 *   and the Hangul fillers U+115F, U+1160, U+3164, U+FFA0 (blank in most fonts).
 *
 * @see https://www.w3.org/TR/xml/#charsets
 * @see https://html.spec.whatwg.org/multipage/parsing.html#preprocessing-the-input-stream
 * @see https://www.w3.org/TR/unicode-xml/
 */

/** What happens to a text holding a character of the class. */
export type CharacterAction = 'refuse' | 'flag';

/** One class of characters and what the archive does with it. */
export interface CharacterClass {
	/** Short id, used by `translations check` and in tests. */
	id: string;
	action: CharacterAction;
	/** What the character is, for messages: "a control character". */
	what: string;
	/** Why it is refused or flagged, for messages. */
	why: string;
	test: (codePoint: number) => boolean;
}

const inRange = (cp: number, first: number, last: number) => cp >= first && cp <= last;

/** Every class, refused ones first. A code point belongs to at most one. */
export const CHARACTER_CLASSES: readonly CharacterClass[] = [
	{
		id: 'control',
		action: 'refuse',
		what: 'a control character',
		why: 'XML 1.0 and HTML forbid it in text',
		test: (cp) =>
			(cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) || inRange(cp, 0x7f, 0x9f),
	},
	{
		id: 'noncharacter',
		action: 'refuse',
		what: 'a noncharacter',
		why: 'Unicode reserves it for internal use; XML 1.0 and HTML forbid it in text',
		test: (cp) => inRange(cp, 0xfdd0, 0xfdef) || (cp & 0xfffe) === 0xfffe,
	},
	{
		id: 'surrogate',
		action: 'refuse',
		what: 'half of a UTF-16 surrogate pair',
		why: 'it is no character and cannot be written as UTF-8',
		test: (cp) => inRange(cp, 0xd800, 0xdfff),
	},
	{
		id: 'bidi-control',
		action: 'refuse',
		what: 'a bidirectional override or isolate',
		why: 'it changes the order in which the text around it is displayed',
		test: (cp) => inRange(cp, 0x202a, 0x202e) || inRange(cp, 0x2066, 0x2069),
	},
	{
		id: 'byte-order-mark',
		action: 'refuse',
		what: 'a byte order mark inside the text',
		why: 'it is left where two files were pasted together',
		test: (cp) => cp === 0xfeff,
	},
	{
		id: 'annotation',
		action: 'refuse',
		what: 'an interlinear annotation character',
		why: 'it is not for use in markup',
		test: (cp) => inRange(cp, 0xfff9, 0xfffb),
	},
	{
		id: 'invisible',
		action: 'flag',
		what: 'an invisible character',
		why: 'a reader cannot see it, and search does not find a word it splits',
		test: (cp) =>
			inRange(cp, 0x200b, 0x200d) ||
			inRange(cp, 0x2060, 0x2064) ||
			cp === 0x180e ||
			cp === 0x00ad ||
			inRange(cp, 0xe0000, 0xe007f) ||
			cp === 0x115f ||
			cp === 0x1160 ||
			cp === 0x3164 ||
			cp === 0xffa0,
	},
	{
		id: 'direction-mark',
		action: 'flag',
		what: 'an invisible direction mark',
		why: 'a reader cannot see it; it belongs only beside right-to-left text',
		test: (cp) => cp === 0x200e || cp === 0x200f || cp === 0x061c,
	},
];

/** Names of the characters messages name most often (others are named by class). */
const NAMES: Readonly<Record<number, string>> = {
	0x00: 'NULL',
	0x1b: 'ESCAPE',
	0x7f: 'DELETE',
	0xad: 'SOFT HYPHEN',
	0x200b: 'ZERO WIDTH SPACE',
	0x200c: 'ZERO WIDTH NON-JOINER',
	0x200d: 'ZERO WIDTH JOINER',
	0x200e: 'LEFT-TO-RIGHT MARK',
	0x200f: 'RIGHT-TO-LEFT MARK',
	0x202a: 'LEFT-TO-RIGHT EMBEDDING',
	0x202b: 'RIGHT-TO-LEFT EMBEDDING',
	0x202c: 'POP DIRECTIONAL FORMATTING',
	0x202d: 'LEFT-TO-RIGHT OVERRIDE',
	0x202e: 'RIGHT-TO-LEFT OVERRIDE',
	0x2060: 'WORD JOINER',
	0x2066: 'LEFT-TO-RIGHT ISOLATE',
	0x2067: 'RIGHT-TO-LEFT ISOLATE',
	0x2068: 'FIRST STRONG ISOLATE',
	0x2069: 'POP DIRECTIONAL ISOLATE',
	0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

/** One character of a text that a class refuses or flags, and where it is. */
export interface CharacterFinding {
	codePoint: number;
	/** 1-based line and column (in characters) within the text scanned. */
	line: number;
	column: number;
	class: CharacterClass;
}

/**
 * The code point as Unicode writes it.
 *
 * @example formatCodePoint(0x202e) // 'U+202E'
 * @example formatCodePoint(0x1f600) // 'U+1F600'
 */
export function formatCodePoint(codePoint: number): string {
	return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The class a code point belongs to, if it is refused or flagged. */
export function classOf(codePoint: number): CharacterClass | undefined {
	return CHARACTER_CLASSES.find((c) => c.test(codePoint));
}

/**
 * Every refused or flagged character of a text, in order, with its line and
 * column. Lone surrogates are found too (a string is scanned by code point).
 *
 * @example scanCharacters('a\u202Eb').map((f) => f.class.id) // ['bidi-control']
 */
export function scanCharacters(text: string): CharacterFinding[] {
	const found: CharacterFinding[] = [];
	let line = 1;
	let column = 0;
	for (const char of text) {
		const codePoint = char.codePointAt(0)!;
		column += 1;
		const cls = classOf(codePoint);
		if (cls) found.push({ codePoint, line, column, class: cls });
		if (char === '\n') {
			line += 1;
			column = 0;
		}
	}
	return found;
}

/** The refused characters of a text (see {@link scanCharacters}). */
export function refusedCharacters(text: string): CharacterFinding[] {
	return scanCharacters(text).filter((f) => f.class.action === 'refuse');
}

/** The flagged characters of a text (see {@link scanCharacters}). */
export function flaggedCharacters(text: string): CharacterFinding[] {
	return scanCharacters(text).filter((f) => f.class.action === 'flag');
}

/**
 * A finding as messages name it: code point, name or class, and why.
 *
 * @example describeCharacter(scanCharacters('\u202E')[0]!) // 'U+202E RIGHT-TO-LEFT OVERRIDE (a bidirectional override or isolate: it changes the order in which the text around it is displayed)'
 */
export function describeCharacter(finding: CharacterFinding): string {
	const name = NAMES[finding.codePoint];
	return `${formatCodePoint(finding.codePoint)}${name ? ` ${name}` : ''} (${finding.class.what}: ${finding.class.why})`;
}

/**
 * One line per refused character of a text, each starting with the place the
 * caller gives for its line (`at(line)`), at most `limit` lines and a count of
 * the rest: a pasted binary file gives a short message, not thousands of lines.
 *
 * @example refusalMessages('a\u0000', (line) => `t.txt:${line}`) // ['t.txt:1: U+0000 NULL (a control character: XML 1.0 and HTML forbid it in text) at column 2']
 */
export function refusalMessages(
	text: string,
	at: (line: number) => string,
	limit = 5
): string[] {
	const refused = refusedCharacters(text);
	const lines = refused
		.slice(0, limit)
		.map((f) => `${at(f.line)}: ${describeCharacter(f)} at column ${f.column}`);
	if (refused.length > limit)
		lines.push(`${at(refused[limit]!.line)}: … and ${refused.length - limit} more such characters`);
	return lines;
}
