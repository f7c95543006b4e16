import { type Committee, matchCommitteeHeading } from '../committees.ts';
import { endsSentence, isHeadingLike, MAX_HEADING_LENGTH } from '../content/text-shape.ts';

/**
 * The dashes a subtitle may start with in a copy: the newspaper's `——`, and what
 * word processors, PDFs and e-mail turn it into (`—`, `──`, `--`, `－－`, `―`).
 */
const SUBTITLE_DASH = /^(?:——|──|－－|--|―{1,2}|—|─)[\s\u3000]*(?=[^\s\u3000—─\-－―])/u;

/**
 * The subtitle a line holds, with its dash written as the newspaper's `——`, or
 * `undefined` when the line does not start with a dash.
 *
 * @example readSubtitle('-- 市人大常委会2031年工作综述') // '——市人大常委会2031年工作综述'
 * @example readSubtitle('市人大法制委') // undefined
 */
export function readSubtitle(text: string): string | undefined {
	const match = SUBTITLE_DASH.exec(text);
	return match ? `——${text.slice(match[0].length)}` : undefined;
}

const BYLINE = /^(本报)?(记者|通讯员|特约记者)[\s\u3000]/u;

/**
 * Whether a line is a byline (本报记者 …), which stands on a line of its own.
 *
 * @example isByline('本报记者 郑苗苗') // true
 */
export function isByline(text: string): boolean {
	return BYLINE.test(text);
}

/** Whole-line markup a copy may wrap a heading in: Markdown, brackets, box bullets. */
const DECORATIONS: { pattern: RegExp; label: string }[] = [
	{ pattern: /^#{1,6}[\s\u3000]+(.+?)(?:[\s\u3000]+#+)?$/u, label: '## …' },
	{ pattern: /^\*\*(.+)\*\*$/u, label: '**…**' },
	{ pattern: /^__(.+)__$/u, label: '__…__' },
	{ pattern: /^【(.+)】$/u, label: '【…】' },
	{ pattern: /^[■□◆◇●○◎▲△★☆▶►▪•][\s\u3000]*(.+)$/u, label: '■…' },
];

/**
 * A line without the markup a copy wrapped it in (`## …`, `**…**`, `【…】`, `■…`),
 * and which markup that was; markup can nest (`## **…**`).
 *
 * @example stripDecoration('【市人大法制委】') // { text: '市人大法制委', decoration: '【…】' }
 * @example stripDecoration('坚持党的领导') // { text: '坚持党的领导' }
 */
export function stripDecoration(text: string): { text: string; decoration?: string } {
	const labels: string[] = [];
	let inner = text;
	for (let changed = true; changed;) {
		changed = false;
		for (const { pattern, label } of DECORATIONS) {
			const match = pattern.exec(inner);
			if (match && match[1]!.trim() !== '') {
				inner = match[1]!.trim();
				labels.push(label);
				changed = true;
			}
		}
	}
	return labels.length === 0 ? { text } : { text: inner, decoration: labels.join(' ') };
}

const CHINESE_NUMERAL = '[一二三四五六七八九十百零〇]+';
const DIGITS = '[0-9０-９]{1,2}';

/** Section numbering: 一、 （一） (一) 1. 1、 １． 第一部分 第二章, with or without a space after it. */
const NUMBERING = new RegExp(
	`^(?:${CHINESE_NUMERAL}[、．.]|[（(](?:${CHINESE_NUMERAL}|${DIGITS})[）)]|${DIGITS}(?:[、．]|\\.(?![0-9]))|第(?:${CHINESE_NUMERAL}|${DIGITS})(?:部分|章|节|篇|项)[：:、]?)[\\s\\u3000]*`,
	'u'
);

/**
 * The section number a line starts with (一、 （一） 1. 1、 第一部分), or `undefined`.
 *
 * @example numberingOf('一、坚持党的领导') // '一、'
 * @example numberingOf('第一部分 坚持党的领导') // '第一部分 '
 * @example numberingOf('2022年，是开局之年。') // undefined
 */
export function numberingOf(text: string): string | undefined {
	const match = NUMBERING.exec(text);
	return match && match[0].length < text.length ? match[0] : undefined;
}

/**
 * The committee a heading names, read without its numbering (`一、市人大法制委`).
 *
 * @example committeeOfHeading('（二）市人大财经委')?.slug // 'finance-economics'
 */
export function committeeOfHeading(text: string): Committee | undefined {
	const numbering = numberingOf(text);
	return (
		matchCommitteeHeading(text) ??
		(numbering ? matchCommitteeHeading(text.slice(numbering.length)) : undefined)
	);
}

/** How a line reads as a heading. */
export interface HeadingReading {
	/**
	 * `marked`: a heading by its markup, numbering or a committee name; `shape`: a
	 * heading by its shape alone (short, no clause punctuation); `text`: not a heading.
	 */
	kind: 'marked' | 'shape' | 'text';
	/**
	 * The heading as shown: decoration (and a committee heading's trailing colon)
	 * removed, numbering kept verbatim.
	 */
	text: string;
	/** The markup that was removed, for the report. */
	decoration?: string;
}

/**
 * Reads a line as a heading or as text. Numbering is kept as part of the heading
 * (`一、坚持党的领导`); decoration is removed (`【市人大法制委】` → `市人大法制委`),
 * and so is the colon after a committee name (`市人大法制委：`), which is how some
 * copies set a committee heading. A colon after anything else ends a clause, so
 * `主要做法如下：` stays text.
 *
 * @example readHeading('一、坚持党的领导 强化政治引领').kind // 'marked'
 * @example readHeading('■市人大法制委').text // '市人大法制委'
 * @example readHeading('律回春渐，万象始更新。').kind // 'text'
 */
export function readHeading(line: string): HeadingReading {
	const { text, decoration } = stripDecoration(line);
	const withDecoration = (reading: Omit<HeadingReading, 'decoration'>): HeadingReading =>
		decoration ? { ...reading, decoration } : reading;
	const colonless = text.replace(/[：:]$/u, '');
	if (colonless !== text && matchCommitteeHeading(colonless)) {
		return {
			kind: 'marked',
			text: colonless,
			decoration: decoration ? `${decoration} …：` : '…：',
		};
	}
	if (matchCommitteeHeading(text)) return withDecoration({ kind: 'marked', text });
	const numbering = numberingOf(text);
	const rest = numbering ? text.slice(numbering.length) : text;
	if (numbering && matchCommitteeHeading(rest)) return withDecoration({ kind: 'marked', text });
	if (isHeadingLike(rest))
		return withDecoration({ kind: numbering || decoration ? 'marked' : 'shape', text });
	return { kind: 'text', text: line };
}

/** Punctuation that ends or separates clauses of running text (the enumeration comma excepted). */
const RUNNING_TEXT = /[，。；！？,;!?]/u;

/**
 * Whether a line that reads as text still looks like a heading: short, numbered
 * or with no punctuation but `、` or `：`. Such a line, cut by what looks like a
 * page break, could be a heading of a kind the rules do not know; ingest asks
 * rather than join it to the next paragraph.
 *
 * @example looksLikeHeading('一、坚持党的领导，强化政治引领') // true
 * @example looksLikeHeading('一年来，坚决贯彻市委部署，始终在市委的') // false
 */
export function looksLikeHeading(text: string): boolean {
	const numbering = numberingOf(text);
	const rest = numbering ? text.slice(numbering.length) : text;
	if ([...rest].length > MAX_HEADING_LENGTH || endsSentence(rest)) return false;
	return numbering !== undefined || !RUNNING_TEXT.test(rest);
}
