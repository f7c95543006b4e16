import { OVERVIEW } from '../committees.ts';
import type { EditorialEntry } from '../schemas.ts';
import { numberApparatus } from './apparatus.ts';
import { lastLineOf } from './decode.ts';
import type { ResolvedDecisions } from './decisions.ts';
import { placeFigures } from './figures.ts';
import { groupParagraphs } from './joins.ts';
import type { SourceSection } from './segment.ts';
import { checkUnusedDecisions, createUsedDecisions } from './unused.ts';

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

/** The pages built from the reports of a source, with what the archivist should review. */
export interface EditorialResult {
	pages: PageModel[];
	/** Lines that end without punctuation and were not joined or decided on. */
	candidates: Candidate[];
	warnings: string[];
}

/**
 * Builds the pages of a source from its reports: page-break joins
 * (`groupParagraphs`), then numbered paragraphs and the editorial apparatus
 * (`numberApparatus`), then key figures (`placeFigures`); a decision that applied
 * nowhere fails the ingest (`checkUnusedDecisions`).
 *
 * @param decisionsFile the decisions file, named in errors that ask for a decision
 */
export function applyEditorial(
	sections: SourceSection[],
	decisions: ResolvedDecisions,
	year: number,
	file: string,
	decisionsFile = file.replace(/\.txt$/, '.yaml')
): EditorialResult {
	const candidates: Candidate[] = [];
	const warnings: string[] = [];
	const used = createUsedDecisions();
	const lastLineOfFile = Math.max(
		...sections.flatMap((s) => s.items.map((item) => lastLineOf(item.line)))
	);

	const pages = sections.map((section, order): PageModel => {
		const slug = section.committee?.slug ?? OVERVIEW.slug;
		// A heading decision applies where its line is read as part of a report (or soft-wrapped into one).
		for (const item of section.items) {
			for (const n of [item.line.n, ...(item.line.wraps ?? []).map((wrap) => wrap.n)])
				if (decisions.headings.has(n)) used.headings.add(n);
		}
		const units = groupParagraphs(section, decisions, used, file, decisionsFile);
		const apparatus = numberApparatus(units, decisions, used, { slug, file, lastLineOfFile });
		candidates.push(...apparatus.candidates);
		warnings.push(...apparatus.warnings);
		const figures = placeFigures(decisions.figures, apparatus.paragraphOfLine, used);

		const article = section.article;
		const firstLine = section.kind === 'overview' ? article.title.n : section.heading!.n;
		const lastLine = Math.max(firstLine, ...section.items.map((item) => lastLineOf(item.line)));
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
			blocks: apparatus.blocks,
			editorial: apparatus.editorial,
			figures,
		};
	});
	checkUnusedDecisions(decisions, used, file);
	return { pages, candidates, warnings };
}

/** The plain text of a paragraph, without marks. */
export function paragraphText(block: Extract<Block, { type: 'paragraph' }>): string {
	return block.inlines.map((inline) => (inline.type === 'text' ? inline.value : '')).join('');
}
