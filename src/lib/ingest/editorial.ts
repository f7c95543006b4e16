import { OVERVIEW } from '../committees.ts';
import type { PageModel } from '../content/page-model.ts';
import { decisionsFileOf } from '../content/seed-files.ts';
import { numberApparatus } from './apparatus.ts';
import type { Candidate } from './candidates.ts';
import { lastLineOf } from './decode.ts';
import type { ResolvedDecisions } from './decisions.ts';
import { placeFigures } from './figures.ts';
import { groupParagraphs } from './joins.ts';
import type { SourceSection } from './segment.ts';
import { checkUnusedDecisions, createUsedDecisions } from './unused.ts';

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
	decisionsFile = decisionsFileOf(file)
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
