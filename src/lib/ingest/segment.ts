import { type Committee, matchCommitteeHeading } from '../committees.ts';
import type { SourceLine } from './decode.ts';
import { IngestError } from './errors.ts';
import { isHeadingLike } from './text.ts';

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

const SUBTITLE = /^——/u;
const BYLINE = /^(本报)?(记者|通讯员|特约记者)[\s\u3000]/u;
const CREDIT = /(本组稿件由.+?采写)$/u;

/**
 * Finds the articles of a source: each starts with a headline line followed by a
 * line starting with `——`. Text before the first headline is refused, since it
 * would belong to no page.
 */
export function findArticles(lines: SourceLine[], file: string): Article[] {
	const starts: number[] = [];
	for (let i = 0; i + 1 < lines.length; i++) {
		if (SUBTITLE.test(lines[i + 1]!.text) && !SUBTITLE.test(lines[i]!.text)) starts.push(i);
	}
	if (starts.length === 0) {
		throw new IngestError(
			file,
			'no article title found: expected a headline line followed by a subtitle line starting with ——'
		);
	}
	if (starts[0]! > 0) {
		throw new IngestError(file, 'text before the first article headline belongs to no article', lines[0]!.n);
	}
	return starts.map((start, index) => {
		const end = starts[index + 1] ?? lines.length;
		const title = lines[start]!;
		const subtitle = lines[start + 1]!;
		let body = lines.slice(start + 2, end);
		let byline: SourceLine | undefined;
		if (body[0] && BYLINE.test(body[0].text)) {
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
	if (!match) throw new IngestError(file, `no year (such as 2022年) in the subtitle "${subtitle.text}"`, subtitle.n);
	return Number(match[1]);
}

/** A line of an article body, classified. */
export type BodyItem = { type: 'heading'; line: SourceLine } | { type: 'paragraph'; line: SourceLine };

/** A report as found in the source, before editorial decisions. */
export interface SourceSection {
	kind: 'overview' | 'committee';
	/** The registry entry; undefined for the overview (the lead article). */
	committee?: Committee;
	/** The committee heading as printed. */
	heading?: SourceLine;
	article: Article;
	items: BodyItem[];
}

/**
 * Splits the articles of a source into reports. An article whose headings name
 * committees of the registry is a group article: each committee heading starts a
 * report, and every other heading is an error that says how to register it. Any
 * other article is the lead article, one report whose headings become sections.
 *
 * @param forceParagraph lines that editorial decisions say continue a paragraph,
 *   so they are never taken for headings
 */
export function splitSections(
	articles: Article[],
	file: string,
	forceParagraph: ReadonlySet<number> = new Set()
): SourceSection[] {
	const sections: SourceSection[] = [];
	let overview: Article | undefined;
	const seen = new Map<string, SourceLine>();
	for (const article of articles) {
		const items: BodyItem[] = article.body.map((line) =>
			isHeadingLike(line.text) && !forceParagraph.has(line.n)
				? { type: 'heading', line }
				: { type: 'paragraph', line }
		);
		const isGroup = items.some((item) => item.type === 'heading' && matchCommitteeHeading(item.line.text));
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
				const committee = matchCommitteeHeading(item.line.text);
				if (!committee) {
					throw new IngestError(
						file,
						`the heading "${item.line.text}" names no committee of the registry. ` +
							'If it is a committee, add it (slug, full name, this heading as an alias, English name, order) to COMMITTEES in src/lib/committees.ts and run ingest again.',
						item.line.n
					);
				}
				const earlier = seen.get(committee.slug);
				if (earlier) {
					throw new IngestError(
						file,
						`"${item.line.text}" repeats the committee ${committee.slug} already headed "${earlier.text}" at line ${earlier.n}`,
						item.line.n
					);
				}
				seen.set(committee.slug, item.line);
				current = { kind: 'committee', committee, heading: item.line, article, items: [] };
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
