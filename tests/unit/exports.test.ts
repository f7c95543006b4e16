import { describe, expect, it } from 'vitest';

/** The public surface of the ingest steps: a change here is a change archivists' tooling may feel. */
describe('src/lib/ingest exports', () => {
	it.each([
		['decode', ['decodeSeed', 'lastLineOf', 'lineAtOffset', 'toSourceLines']],
		['layout', ['assembleLines', 'describeLayout', 'displayWidth']],
		['headings', ['committeeOfHeading', 'isByline', 'looksLikeHeading', 'numberingOf', 'readHeading', 'readSubtitle', 'stripDecoration']],
		['segment', ['findArticles', 'splitSections', 'yearFromSubtitle']],
		['decisions', ['resolveDecisions', 'resolveHeadingDecisions']],
		['editorial', ['applyEditorial', 'paragraphText']],
		['joins', ['groupParagraphs']],
		['apparatus', ['numberApparatus']],
		['figures', ['placeFigures']],
		['unused', ['checkUnusedDecisions', 'createUsedDecisions']],
		['errors', ['IngestError', 'ambiguousLine']],
		['candidates', ['findCandidates', 'similarity']],
		['render-mdx', ['MARK_COMPONENTS', 'generatedNotice', 'renderBody', 'renderPage', 'toFrontmatter']],
		['pipeline', ['ingestSource']],
		['write', ['applyWrites', 'isHandEdited', 'planWrites', 'readExisting', 'splitFrontmatter']],
		['report', ['formatReport']],
	])('%s exports %j', async (module, names) => {
		expect(Object.keys(await import(`../../src/lib/ingest/${module}.ts`)).sort()).toEqual(names);
	});
});
