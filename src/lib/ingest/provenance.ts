/**
 * The provenance ingest copies from `seeds/<year>.yaml` into each page's
 * frontmatter: the seed as received, the publication, the translation credit,
 * and the authors the page's byline or credit line names.
 */
import type { Author } from '../content/provenance.ts';
import type { SeedMeta, ZhReport } from '../schemas.ts';
import type { PageModel } from '../content/page-model.ts';
import { IngestError } from '../content/ingest-error.ts';

/** What a page's frontmatter records about where it came from, beyond its own lines. */
export type PageProvenance = Pick<ZhReport, 'authors' | 'publication' | 'translation'> & {
	source: { file: string; sha256: string; originalName?: string; received?: string };
};

/**
 * The recorded authors whose name (as printed) occurs in the page's byline or credit line.
 *
 * @example pageAuthors([{ zh: '李四', en: 'Li Si' }], { byline: '本报记者 李四' }) // [{ zh: '李四', en: 'Li Si' }]
 */
export function pageAuthors(
	authors: readonly Author[],
	page: Pick<PageModel, 'byline' | 'credit'>
): Author[] {
	const printed = [page.byline, page.credit].filter((text) => text !== undefined).join('\n');
	return authors.filter((author) => printed.includes(author.zh));
}

/**
 * Refuses an author recorded in the decisions file whom no byline or credit line
 * of the seed names: a misspelt or stale record would otherwise silently drop
 * out of every citation.
 */
export function checkAuthors(
	authors: readonly Author[],
	pages: readonly PageModel[],
	seedFile: string,
	decisionsFile: string
): void {
	for (const author of authors) {
		if (pages.some((page) => pageAuthors([author], page).length > 0)) continue;
		throw new IngestError(
			decisionsFile,
			`authors: “${author.zh}” (${author.en}) is named in no byline or credit line of ${seedFile}; record a name exactly as printed`
		);
	}
}

/**
 * The provenance of every page of a seed, from its decisions file (when there is
 * one): the seed's file and hash always, the rest only where it was recorded.
 */
export function provenanceOf(
	meta: SeedMeta | undefined,
	source: { file: string; sha256: string }
): Omit<PageProvenance, 'authors'> {
	return {
		source: {
			file: source.file,
			...(meta && { originalName: meta.source.originalName, received: meta.source.received }),
			sha256: source.sha256,
		},
		...(meta?.publication && { publication: meta.publication }),
		...(meta?.translation && { translation: meta.translation }),
	};
}
