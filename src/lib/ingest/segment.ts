import type { Committee } from '../committees.ts';
import type { SourceLine } from './decode.ts';
import { ambiguousLine, IngestError } from './errors.ts';
import {
	committeeOfHeading,
	type HeadingReading,
	isByline,
	readHeading,
	readSubtitle,
	stripDecoration,
} from './headings.ts';
import type { HeadingDecision } from './layout.ts';
import { endsSentence } from './text.ts';

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
	return starts.map((start, index) => {
		const end = starts[index + 1] ?? lines.length;
		const printedTitle = lines[start]!;
		const printedSubtitle = lines[start + 1]!;
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
		let body = lines.slice(start + 2, end);
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
	const decisionsFile = options.decisionsFile ?? file.replace(/\.txt$/, '.yaml');
	for (const article of articles) {
		const items: BodyItem[] = article.body.map((line, index) => {
			const reading = readBodyLine(line, options);
			const decision = options.decided?.get(line.n);
			// A heading decision is listed in the report like any reading the rules alone would not make.
			if (decision)
				options.readings?.push({
					line: line.n,
					printed: line.text,
					read: reading.text,
					why: `${decision === 'heading' ? 'a heading' : 'text'}, by a ${decision} decision`,
				});
			if (reading.kind === 'text') return { type: 'paragraph', line };
			const previous = article.body[index - 1];
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
			if (reading.text !== line.text && !decision) {
				options.readings?.push({
					line: line.n,
					printed: line.text,
					read: reading.text,
					why: `heading, ${reading.decoration ?? 'decoration'} removed`,
				});
			}
			return { type: 'heading', line, text: reading.text };
		});
		const isGroup = items.some((item) => item.type === 'heading' && committeeOfHeading(item.text));
		if (!isGroup) {
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
			continue;
		}
		let current: SourceSection | undefined;
		for (const item of items) {
			if (item.type === 'heading') {
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
				const heading = { n: item.line.n, text: item.text };
				seen.set(committee.slug, heading);
				current = { kind: 'committee', committee, heading, article, items: [] };
				sections.push(current);
			} else if (!current) {
				throw new IngestError(
					file,
					`text before the first committee heading of "${article.title.text}" belongs to no committee`,
					item.line.n
				);
			} else {
				current.items.push(item);
			}
		}
	}
	return sections;
}
