import { OVERVIEW } from '../committees.ts';
import type { BilingualNote, EditorialEntry } from '../schemas.ts';
import type { SourceLine } from './decode.ts';
import type { ResolvedDecisions } from './decisions.ts';
import { IngestError } from './errors.ts';
import type { SourceSection } from './segment.ts';
import { endsSentence } from './text.ts';

/** A run of a paragraph: text, or a mark that links to an entry of the apparatus. */
export type Inline = { type: 'text'; value: string } | { type: 'join' | 'note'; n: number };

/** A block of a page body, in reading order. */
export type Block =
	| { type: 'heading'; text: string; line: number }
	| { type: 'paragraph'; n: number; inlines: Inline[]; lines: number[] }
	| { type: 'lacuna' | 'duplicate' | 'truncation'; n: number };

/** One report page, ready to be rendered as MDX. */
export interface PageModel {
	slug: string;
	kind: 'overview' | 'committee';
	order: number;
	year: number;
	title: string;
	article: { title: string; subtitle: string };
	byline?: string;
	credit?: string;
	/** First and last source line of the page. */
	lines: [number, number];
	blocks: Block[];
	editorial: EditorialEntry[];
	/** Key figures stated on the page. */
	figures: { quote: string; en: string; paragraph: number }[];
}

/** Something the archivist should look at; ingest changes nothing because of it. */
export interface Candidate {
	kind: 'unjoined' | 'near-duplicate' | 'brackets' | 'numbers';
	line: number;
	slug: string;
	message: string;
}

export interface EditorialResult {
	pages: PageModel[];
	/** Lines that end without punctuation and were not joined or decided on. */
	candidates: Candidate[];
	warnings: string[];
}

interface Group {
	lines: SourceLine[];
	/** For each line after the first: the note of the decision that joined it, if a decision did. */
	joinNotes: (BilingualNote | undefined)[];
}

/**
 * Applies page-break repair and the archivist's decisions to the reports found in
 * a source, producing numbered paragraphs and the editorial apparatus of each page.
 *
 * A paragraph that ends without sentence punctuation and is followed, in the same
 * report, by another paragraph is joined to it (a page break of the print layout),
 * unless a decision says otherwise; a lacuna decision marks the gap instead.
 */
export function applyEditorial(
	sections: SourceSection[],
	decisions: ResolvedDecisions,
	year: number,
	file: string
): EditorialResult {
	const candidates: Candidate[] = [];
	const warnings: string[] = [];
	const used = { lacunae: new Set<number>(), joins: new Set<number>(), duplicates: new Set<number>(), notes: new Set<number>(), figures: new Set<number>() };
	const lastLineOfFile = Math.max(...sections.flatMap((s) => s.items.map((item) => item.line.n)));

	const pages = sections.map((section, order): PageModel => {
		const slug = section.committee?.slug ?? OVERVIEW.slug;
		const editorial: EditorialEntry[] = [];
		const next = () => editorial.length + 1;
		const blocks: Block[] = [];
		const paragraphOfLine = new Map<number, number>();
		let paragraphCount = 0;
		let group: Group | undefined;

		const closeGroup = () => {
			if (!group) return;
			const current = group;
			group = undefined;
			const duplicate = decisions.duplicates.find((d) => current.lines.some((line) => line.n === d.line));
			if (duplicate) {
				const of = paragraphOfLine.get(duplicate.ofLine);
				if (of === undefined) {
					throw new IngestError(
						file,
						`duplicate decision: the paragraph it repeats (line ${duplicate.ofLine}) is not earlier on the same page (${slug})`,
						duplicate.line
					);
				}
				used.duplicates.add(duplicate.line);
				const n = next();
				editorial.push({ n, type: 'duplicate', paragraph: paragraphCount + 1, of, line: duplicate.line, note: duplicate.note });
				blocks.push({ type: 'duplicate', n });
			}
			const inlines: Inline[] = [];
			current.lines.forEach((line, index) => {
				if (index > 0) {
					const n = next();
					const note = current.joinNotes[index - 1];
					editorial.push({ n, type: 'join', paragraph: paragraphCount + 1, lines: [current.lines[index - 1]!.n, line.n], ...(note && { note }) });
					inlines.push({ type: 'join', n });
				}
				let from = 0;
				const notes = decisions.notes.filter((note) => note.line === line.n).sort((a, b) => a.end - b.end);
				for (const note of notes) {
					inlines.push({ type: 'text', value: line.text.slice(from, note.end) });
					const n = next();
					editorial.push({ n, type: 'note', paragraph: paragraphCount + 1, sic: note.sic, quote: note.quote, line: line.n, note: note.note });
					inlines.push({ type: 'note', n });
					used.notes.add(line.n);
					from = note.end;
				}
				if (from < line.text.length) inlines.push({ type: 'text', value: line.text.slice(from) });
			});
			paragraphCount += 1;
			for (const line of current.lines) paragraphOfLine.set(line.n, paragraphCount);
			blocks.push({
				type: 'paragraph',
				n: paragraphCount,
				inlines: mergeText(inlines),
				lines: current.lines.map((line) => line.n),
			});
			const last = current.lines.at(-1)!;
			const lacuna = decisions.lacunae.get(last.n);
			if (lacuna) {
				used.lacunae.add(last.n);
				const n = next();
				editorial.push({ n, type: 'lacuna', paragraph: paragraphCount, line: last.n, note: lacuna });
				blocks.push({ type: 'lacuna', n });
			} else if (!endsSentence(last.text) && !decisions.joins.has(last.n)) {
				if (last.n === lastLineOfFile) {
					const n = next();
					editorial.push({ n, type: 'truncation', paragraph: paragraphCount, line: last.n });
					blocks.push({ type: 'truncation', n });
					warnings.push(`${file}:${last.n}: the source ends mid-sentence; is the file truncated? A truncation mark was added.`);
				} else {
					candidates.push({
						kind: 'unjoined',
						line: last.n,
						slug,
						message: 'the line ends without punctuation but is not joined (the next line is a heading); record a lacuna or a join decision if this is a gap or a page break',
					});
				}
			}
		};

		section.items.forEach((item, index) => {
			if (item.type === 'heading') {
				closeGroup();
				blocks.push({ type: 'heading', text: item.line.text, line: item.line.n });
				return;
			}
			const previous = section.items[index - 1];
			if (group && previous?.type === 'paragraph') {
				const prev = previous.line;
				const override = decisions.joins.get(prev.n);
				const join = decisions.lacunae.has(prev.n) ? false : override ? override.join : !endsSentence(prev.text);
				if (override) used.joins.add(prev.n);
				if (join) {
					group.lines.push(item.line);
					group.joinNotes.push(override?.note);
					return;
				}
			}
			closeGroup();
			group = { lines: [item.line], joinNotes: [] };
		});
		closeGroup();
		const figures = decisions.figures.flatMap((figure) => {
			const paragraph = paragraphOfLine.get(figure.line);
			if (paragraph === undefined) return [];
			used.figures.add(figure.line);
			return [{ quote: figure.quote, en: figure.en, paragraph }];
		});

		const article = section.article;
		const firstLine = section.kind === 'overview' ? article.title.n : section.heading!.n;
		const lastLine = Math.max(firstLine, ...section.items.map((item) => item.line.n));
		return {
			slug,
			kind: section.kind,
			order,
			year,
			title: section.kind === 'overview' ? article.title.text : section.heading!.text,
			article: { title: article.title.text, subtitle: article.subtitle.text },
			...(article.byline && { byline: article.byline.text }),
			...(article.credit && { credit: article.credit.text }),
			lines: [firstLine, lastLine],
			blocks,
			editorial,
			figures,
		};
	});

	const unused = [
		...[...decisions.joins.keys()].filter((line) => !used.joins.has(line)).map((line) => `join decision at line ${line}: the next line does not continue the same report`),
		...[...decisions.lacunae.keys()].filter((line) => !used.lacunae.has(line)).map((line) => `lacuna decision at line ${line}: the line is not part of a report's text`),
		...decisions.duplicates.filter((d) => !used.duplicates.has(d.line)).map((d) => `duplicate decision at line ${d.line}: the line is not part of a report's text`),
		...decisions.notes.filter((d) => !used.notes.has(d.line)).map((d) => `note decision at line ${d.line}: the quoted text is not part of a report's text`),
		...decisions.figures.filter((d) => !used.figures.has(d.line)).map((d) => `figure at line ${d.line}: the quoted text is not part of a report's text`),
	];
	if (unused.length > 0) throw new IngestError(file, `decisions that do not apply:\n  ${unused.join('\n  ')}`);
	return { pages, candidates, warnings };
}

/** Merges adjacent text runs and drops empty ones. */
function mergeText(inlines: Inline[]): Inline[] {
	const merged: Inline[] = [];
	for (const inline of inlines) {
		const last = merged.at(-1);
		if (inline.type === 'text' && inline.value === '') continue;
		if (inline.type === 'text' && last?.type === 'text') last.value += inline.value;
		else merged.push({ ...inline });
	}
	return merged;
}

/** The plain text of a paragraph, without marks. */
export function paragraphText(block: Extract<Block, { type: 'paragraph' }>): string {
	return block.inlines.map((inline) => (inline.type === 'text' ? inline.value : '')).join('');
}

