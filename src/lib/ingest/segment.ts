import type { Committee } from '../committees.ts';
import { decisionsFileOf } from '../content/seed-files.ts';
import type { SourceLine } from './decode.ts';
import { IngestError } from '../content/ingest-error.ts';
import { ambiguousLine } from './ambiguous-line.ts';
import {
	committeeOfHeading,
	type HeadingReading,
	isByline,
	readHeading,
	readSubtitle,
	stripDecoration,
} from './headings.ts';
import type { HeadingDecision } from './layout.ts';
import { endsSentence } from '../content/text-shape.ts';

/** A line read otherwise than printed (a subtitle's dash, a heading's decoration), for the report. */
export interface Reading {
	line: number;
	printed: string;
	read: string;
	why: string;
}

/** A newspaper article: headline, `——` subtitle, optional byline and credit, body lines. */
export interface Article {
	title: SourceLine;
	subtitle: SourceLine;
	byline?: SourceLine;
	/** The credit line (本组稿件由…采写), cut from the end of the last body line. */
	credit?: SourceLine;
	/** Body lines in order, the credit removed. */
	body: SourceLine[];
}

const CREDIT = /(本组稿件由.+?采写)$/u;

/** Indexes of the lines that start an article: a headline followed by a subtitle. */
function articleStarts(lines: SourceLine[], file: string): number[] {
	const starts: number[] = [];
	for (let i = 0; i + 1 < lines.length; i++) {
		if (readSubtitle(lines[i + 1]!.text) && !readSubtitle(lines[i]!.text)) starts.push(i);
	}
	if (starts.length === 0) {
		throw new IngestError(
			file,
			'no article title found: expected a headline line followed by a subtitle line starting with —— (or — ── -- －－)'
		);
	}
	if (starts[0]! > 0) {
		throw new IngestError(
			file,
			'text before the first article headline belongs to no article',
			lines[0]!.n
		);
	}
	return starts;
}

/** An article's headline and subtitle as read (decoration removed, dash read as ——), each reading recorded. */
function readTitleLines(
	printedTitle: SourceLine,
	printedSubtitle: SourceLine,
	readings: Reading[]
) {
	const headline = stripDecoration(printedTitle.text);
	const title = { n: printedTitle.n, text: headline.text };
	if (headline.decoration)
		readings.push({
			line: title.n,
			printed: printedTitle.text,
			read: title.text,
			why: `headline, ${headline.decoration} removed`,
		});
	const subtitle = { n: printedSubtitle.n, text: readSubtitle(printedSubtitle.text)! };
	if (subtitle.text !== printedSubtitle.text)
		readings.push({
			line: subtitle.n,
			printed: printedSubtitle.text,
			read: subtitle.text,
			why: 'subtitle dash read as ——',
		});
	return { title, subtitle };
}

/** An article's body lines with its byline (the first line, when it is one) and credit (cut from the last) taken out. */
function splitBody(lines: SourceLine[]): Pick<Article, 'body' | 'byline' | 'credit'> {
	let body = lines;
	let byline: SourceLine | undefined;
	if (body[0] && isByline(body[0].text)) {
		byline = body[0];
		body = body.slice(1);
	}
	let credit: SourceLine | undefined;
	const last = body.at(-1);
	const match = last && CREDIT.exec(last.text);
	if (last && match) {
		credit = { n: last.n, text: match[1]! };
		const rest = last.text.slice(0, match.index);
		body = rest === '' ? body.slice(0, -1) : [...body.slice(0, -1), { n: last.n, text: rest }];
	}
	return { body, ...(byline && { byline }), ...(credit && { credit }) };
}

/**
 * Finds the articles of a source: each starts with a headline line followed by a
 * subtitle line starting with a dash (`——`, or `—` `──` `--` `－－` as copies
 * print it; read as `——`). A headline's decoration (`## …`, `**…**`) is removed.
 * Text before the first headline is refused, since it would belong to no page.
 *
 * @param readings collects the lines read otherwise than printed, for the report
 */
export function findArticles(
	lines: SourceLine[],
	file: string,
	readings: Reading[] = []
): Article[] {
	const starts = articleStarts(lines, file);
	return starts.map((start, index) => {
		const end = starts[index + 1] ?? lines.length;
		const { title, subtitle } = readTitleLines(lines[start]!, lines[start + 1]!, readings);
		const { body, byline, credit } = splitBody(lines.slice(start + 2, end));
		if (body.length === 0) throw new IngestError(file, 'the article has no text', title.n);
		return { title, subtitle, body, ...(byline && { byline }), ...(credit && { credit }) };
	});
}

/**
 * The year an article covers, from its subtitle (e.g. ——市人大常委会2022年工作综述).
 *
 * @example yearFromSubtitle({ n: 7, text: '——市人大常委会2022年工作综述' }, 'seeds/2022.txt') // 2022
 */
export function yearFromSubtitle(subtitle: SourceLine, file: string): number {
	const match = /((?:19|20)\d{2})年/u.exec(subtitle.text);
	if (!match)
		throw new IngestError(
			file,
			`no year (such as 2022年) in the subtitle "${subtitle.text}"`,
			subtitle.n
		);
	return Number(match[1]);
}

/**
 * Every article of a source covers the year of the first, and a seed named for
 * a year (`2022.txt`) holds that year.
 *
 * @param year the year of the first article (see {@link yearFromSubtitle})
 */
export function checkYears(articles: Article[], year: number, file: string): void {
	for (const article of articles.slice(1)) {
		const other = /((?:19|20)\d{2})年/u.exec(article.subtitle.text);
		if (other && Number(other[1]) !== year) {
			throw new IngestError(
				file,
				`the subtitle names ${other[1]} but the first article covers ${year}`,
				article.subtitle.n
			);
		}
	}
	const named = /(?:^|\/)((?:19|20)\d{2})\.txt$/.exec(file);
	if (named && Number(named[1]) !== year) {
		throw new IngestError(
			file,
			`the file is named for ${named[1]} but its subtitle says ${year}; rename it ${year}.txt`
		);
	}
}

/** A line of an article body, classified; a heading's `text` is as shown (decoration removed). */
export type BodyItem =
	{ type: 'heading'; line: SourceLine; text: string } | { type: 'paragraph'; line: SourceLine };

/** A report as found in the source, before editorial decisions. */
export interface SourceSection {
	kind: 'overview' | 'committee';
	/** The registry entry; undefined for the overview (the lead article). */
	committee?: Committee;
	/** The committee heading as shown (decoration removed), with its line. */
	heading?: SourceLine;
	article: Article;
	items: BodyItem[];
}

/** What `splitSections` needs besides the articles. */
export interface SplitOptions {
	/** Lines that editorial decisions say continue a paragraph, so they are never taken for headings. */
	forceParagraph?: ReadonlySet<number>;
	/** `heading` / `not-heading` decisions, by line. */
	decided?: ReadonlyMap<number, HeadingDecision>;
	/** The decisions file, named in the error for a line the rules cannot read. */
	decisionsFile?: string;
	/** Collects the headings read otherwise than printed, for the report. */
	readings?: Reading[];
}

/** How a body line reads, after the archivist's decisions. */
function readBodyLine(
	line: SourceLine,
	options: SplitOptions
): HeadingReading & { decided: boolean } {
	const decision = options.decided?.get(line.n);
	const reading = readHeading(line.text);
	if (decision === 'heading')
		return {
			...reading,
			kind: 'marked',
			text: reading.kind === 'text' ? line.text : reading.text,
			decided: true,
		};
	if (decision === 'not-heading' || options.forceParagraph?.has(line.n))
		return { kind: 'text', text: line.text, decided: decision !== undefined };
	return { ...reading, decided: false };
}

/** Records a line read otherwise than printed, when the caller collects readings. */
function recordReading(options: SplitOptions, line: SourceLine, read: string, why: string): void {
	options.readings?.push({ line: line.n, printed: line.text, read, why });
}

/**
 * Reads one body line as text or a heading. A line that is a heading by its shape
 * only, right after a paragraph that stops mid-sentence, could as well continue
 * it after a page break: ingest stops and asks for a decision.
 */
function classifyLine(
	line: SourceLine,
	previous: SourceLine | undefined,
	context: { file: string; decisionsFile: string; options: SplitOptions }
): BodyItem {
	const { file, decisionsFile, options } = context;
	const reading = readBodyLine(line, options);
	const decision = options.decided?.get(line.n);
	// A heading decision is listed in the report like any reading the rules alone would not make.
	if (decision)
		recordReading(
			options,
			line,
			reading.text,
			`${decision === 'heading' ? 'a heading' : 'text'}, by a ${decision} decision`
		);
	if (reading.kind === 'text') return { type: 'paragraph', line };
	if (
		reading.kind === 'shape' &&
		!reading.decided &&
		previous &&
		readBodyLine(previous, options).kind === 'text' &&
		!endsSentence(previous.text)
	) {
		throw ambiguousLine(
			file,
			decisionsFile,
			line,
			'a heading',
			`the continuation of the paragraph at line ${previous.n}, which stops mid-sentence (a page break)`
		);
	}
	if (reading.text !== line.text && !decision)
		recordReading(
			options,
			line,
			reading.text,
			`heading, ${reading.decoration ?? 'decoration'} removed`
		);
	return { type: 'heading', line, text: reading.text };
}

/** The committee a heading of a group article names; a heading that names none, or one named twice, is refused. */
function committeeOfGroupHeading(
	item: Extract<BodyItem, { type: 'heading' }>,
	seen: Map<string, SourceLine>,
	file: string
): Committee {
	const committee = committeeOfHeading(item.text);
	if (!committee) {
		throw new IngestError(
			file,
			`the heading "${item.text}" names no committee of the registry. ` +
				'If it is a committee, add it (slug, full name, this heading as an alias, English name, order) to COMMITTEES in src/lib/committees.ts and run ingest again.',
			item.line.n
		);
	}
	const earlier = seen.get(committee.slug);
	if (earlier) {
		throw new IngestError(
			file,
			`"${item.text}" repeats the committee ${committee.slug} already headed "${earlier.text}" at line ${earlier.n}`,
			item.line.n
		);
	}
	seen.set(committee.slug, { n: item.line.n, text: item.text });
	return committee;
}

/** The reports of a group article: each committee heading starts one; text before the first belongs to none. */
function groupSections(
	article: Article,
	items: BodyItem[],
	seen: Map<string, SourceLine>,
	file: string
): SourceSection[] {
	const sections: SourceSection[] = [];
	for (const item of items) {
		const current = sections.at(-1);
		if (item.type === 'heading') {
			const committee = committeeOfGroupHeading(item, seen, file);
			const heading = { n: item.line.n, text: item.text };
			sections.push({ kind: 'committee', committee, heading, article, items: [] });
		} else if (!current) {
			throw new IngestError(
				file,
				`text before the first committee heading of "${article.title.text}" belongs to no committee`,
				item.line.n
			);
		} else current.items.push(item);
	}
	return sections;
}

/**
 * Splits the articles of a source into reports. An article whose headings name
 * committees of the registry is a group article: each committee heading starts a
 * report, and every other heading is an error that says how to register it. Any
 * other article is the lead article, one report whose headings become sections.
 *
 * A line that is a heading by its shape only (short, no clause punctuation), right
 * after a paragraph that stops mid-sentence, could as well continue that paragraph
 * after a page break: ingest stops and asks for a `heading` / `not-heading` decision.
 */
export function splitSections(
	articles: Article[],
	file: string,
	options: SplitOptions = {}
): SourceSection[] {
	const sections: SourceSection[] = [];
	let overview: Article | undefined;
	const seen = new Map<string, SourceLine>();
	const context = { file, decisionsFile: options.decisionsFile ?? decisionsFileOf(file), options };
	for (const article of articles) {
		const items = article.body.map((line, index) =>
			classifyLine(line, article.body[index - 1], context)
		);
		const isGroup = items.some((item) => item.type === 'heading' && committeeOfHeading(item.text));
		if (isGroup) {
			sections.push(...groupSections(article, items, seen, file));
			continue;
		}
		if (overview) {
			throw new IngestError(
				file,
				`a second lead article "${article.title.text}" (the first is "${overview.title.text}" at line ${overview.title.n}); ` +
					'an article is a committee group when its headings name committees of the registry in src/lib/committees.ts',
				article.title.n
			);
		}
		overview = article;
		sections.push({ kind: 'overview', article, items });
	}
	return sections;
}
