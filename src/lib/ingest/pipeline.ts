/**
 * Ingest in memory: one seed (as the content layer reads it) in, its Chinese
 * pages out, with the layout, readings, candidates and warnings for the report.
 * Each step is a pure function in its own module, tested on its own; nothing
 * here touches the disk.
 */
import { IngestError } from '../content/ingest-error.ts';
import type { PageModel } from '../content/page-model.ts';
import { decisionsFileOf, type SeedInput } from '../content/seed-files.ts';
import { describeCharacter, flaggedCharacters, refusalMessages } from '../content/text-rules.ts';
import { sha256 } from '../hash.ts';
import { formatIssues, ZhReportSchema } from '../schemas.ts';
import { type Candidate, findCandidates } from './candidates.ts';
import { type DecodedSeed, decodeSeed, type SourceLine, toSourceLines } from './decode.ts';
import { resolveDecisions, resolveHeadingDecisions, type ResolvedDecisions } from './decisions.ts';
import { applyEditorial } from './editorial.ts';
import { assembleLines, type HeadingDecision, type Layout } from './layout.ts';
import { checkAuthors, pageAuthors, type PageProvenance, provenanceOf } from './provenance.ts';
import { renderPage } from './render-mdx.ts';
import {
	checkYears,
	findArticles,
	type Reading,
	splitSections,
	yearFromSubtitle,
} from './segment.ts';

/** A generated page, not yet written. */
export interface GeneratedPage {
	/** Path relative to the content directory, e.g. `2022/zh/legal-affairs.mdx`. */
	path: string;
	mdx: string;
	model: PageModel;
}

/** One seed ingested in memory: its pages, layout, readings, candidates and warnings, for writing and the report. */
export interface IngestResult {
	file: string;
	year: number;
	sha256: string;
	encoding: DecodedSeed['encoding'];
	lineEndings: DecodedSeed['lineEndings'];
	/** How the paragraphs are laid out in the file (blank lines, soft wraps). */
	layout: Layout;
	/** Lines read otherwise than printed: subtitle dashes, heading decorations. */
	readings: Reading[];
	pages: GeneratedPage[];
	candidates: Candidate[];
	warnings: string[];
}

/**
 * The seed must still be the file that was received and recorded; a seed with
 * no decisions file is ingested with a warning that says how to create one.
 */
function checkRecordedSeed(input: SeedInput, digest: string): string[] {
	const { file, meta } = input;
	if (meta && meta.data.source.sha256 !== digest) {
		throw new IngestError(
			meta.file,
			`source.sha256 is ${meta.data.source.sha256} but ${file} has sha256 ${digest}: the seed changed since it was recorded. Seeds are kept byte-identical to what was received.`
		);
	}
	if (meta) return [];
	return [
		`${file}: no decisions file next to it; create ${decisionsFileOf(file)} to record its metadata and editorial decisions`,
	];
}

/**
 * Refuses a seed holding characters the text rules refuse (src/lib/content/text-rules.ts),
 * naming line, column and code point; returns a warning per flagged (invisible) character.
 * A seed is kept as received, so the way on is a clean copy from the sender.
 */
function checkSeedCharacters(text: string, file: string): string[] {
	const refused = refusalMessages(text, (line) => `${file}:${line}`);
	if (refused.length > 0)
		throw new IngestError(
			file,
			`characters that cannot be published (seeds are kept as received: ask the sender for a copy without them):\n${refused.join('\n')}`
		);
	return flaggedCharacters(text).map(
		(f) =>
			`${file}:${f.line}: ${describeCharacter(f)} at column ${f.column}; kept as printed, but invisible on the page`
	);
}

/** The warnings a layout deserves: a heading joined as text, a hard-wrapped copy read line by line. */
function layoutWarnings(layout: Layout, file: string, decisionsFile: string): string[] {
	const warnings = (layout.doubtfulWraps ?? []).map(
		(line) =>
			`${file}:${line.n}: “${line.text}” reads like a heading but fills the wrap width, so it was joined to the next line as text; if it is a heading, record in ${decisionsFile}:  - type: heading  line: ${JSON.stringify(line.text)}`
	);
	if (layout.suspectedWrap !== undefined)
		warnings.push(
			`${file}: the file has no blank lines and most of its lines end at ~${layout.suspectedWrap} characters, like a hard-wrapped copy; each line was read as a paragraph. If paragraphs were wrapped, ask for a copy with blank lines between paragraphs (or unwrapped).`
		);
	return warnings;
}

/** Lines that join decisions say continue a paragraph (the line joined and the one after it): never headings. */
function forcedParagraphLines(decisions: ResolvedDecisions, lines: SourceLine[]): Set<number> {
	const forced = new Set([...decisions.joins].filter(([, d]) => d.join).map(([line]) => line));
	for (const line of [...forced]) {
		const index = lines.findIndex((l) => l.n === line);
		if (lines[index + 1]) forced.add(lines[index + 1]!.n);
	}
	return forced;
}

/** The seed's text as lines, after its layout and the heading decisions that shape it. */
interface ReadText {
	decoded: DecodedSeed;
	lines: SourceLine[];
	layout: Layout;
	headings: Map<number, HeadingDecision>;
	warnings: string[];
}

/** Decode, check the characters, find the lines and their layout (soft wraps joined, no mark). */
function readText(input: SeedInput, decisionsFile: string): ReadText {
	const { file, bytes, meta } = input;
	// Decode: UTF-8 (with or without BOM), UTF-16 with BOM or GB18030; LF line endings.
	const decoded = decodeSeed(bytes, file);
	// Characters: what XML 1.0 or HTML forbid is refused; invisible ones are kept, with a warning.
	const warnings = checkSeedCharacters(decoded.text, file);
	// Lines: non-empty, trimmed of layout whitespace, with their line numbers.
	const physical = toSourceLines(decoded.text);
	// Heading decisions are located on the physical lines: they decide where a paragraph starts.
	const headings = resolveHeadingDecisions(meta?.data.decisions ?? [], physical, decisionsFile);
	// Layout: blank-line separated or one paragraph per line; soft wraps joined, no mark.
	const { lines, layout } = assembleLines(physical, headings);
	warnings.push(...layoutWarnings(layout, file, decisionsFile));
	return { decoded, lines, layout, headings, warnings };
}

/** Renders each page as MDX and validates its frontmatter against the collection's schema. */
function renderPages(
	pages: PageModel[],
	provenance: PageProvenance,
	file: string
): GeneratedPage[] {
	return pages.map((model): GeneratedPage => {
		const { frontmatter, mdx } = renderPage(model, {
			...provenance,
			authors: pageAuthors(provenance.authors, model),
		});
		const path = `${model.year}/zh/${model.slug}.mdx`;
		const checked = ZhReportSchema.safeParse(frontmatter);
		if (!checked.success)
			throw new IngestError(
				file,
				`generated ${path} fails the schema:\n${formatIssues(path, checked.error)}`
			);
		return { path, mdx, model };
	});
}

/**
 * Turns one seed into its Chinese pages, in memory: check the seed is the one
 * recorded → decode and lay out its lines → locate the decisions → segment →
 * apply the decisions → render and validate → list what to review.
 */
export function ingestSource(input: SeedInput): IngestResult {
	const { file, meta } = input;
	const digest = sha256(input.bytes);
	const decisionsFile = meta?.file ?? decisionsFileOf(file);
	const warnings = checkRecordedSeed(input, digest);
	const text = readText(input, decisionsFile);
	warnings.push(...text.warnings);
	// Locate the archivist's decisions by their quoted text.
	const decisions = {
		...resolveDecisions(
			meta?.data.decisions ?? [],
			text.lines,
			decisionsFile,
			meta?.data.figures ?? []
		),
		headings: text.headings,
	};
	// Segment: articles, byline, credit, year, reports and their headings.
	const readings: Reading[] = [];
	const articles = findArticles(text.lines, file, readings);
	const year = yearFromSubtitle(articles[0]!.subtitle, file);
	checkYears(articles, year, file);
	const sections = splitSections(articles, file, {
		forceParagraph: forcedParagraphLines(decisions, text.lines),
		decided: text.headings,
		decisionsFile,
		readings,
	});
	// Apply editorial decisions: page-break joins, lacunae, duplicates, notes.
	const editorial = applyEditorial(sections, decisions, year, file, decisionsFile);
	warnings.push(...editorial.warnings);
	// Provenance for people: every recorded author must be named by a byline or credit line.
	const authors = meta?.data.authors ?? [];
	checkAuthors(authors, editorial.pages, file, decisionsFile);
	const provenance = { ...provenanceOf(meta?.data, { file, sha256: digest }), authors };
	const pages = renderPages(editorial.pages, provenance, file);
	return {
		file,
		year,
		sha256: digest,
		encoding: text.decoded.encoding,
		lineEndings: text.decoded.lineEndings,
		layout: text.layout,
		readings: readings.sort((a, b) => a.line - b.line),
		pages,
		// Problems for the archivist to decide on; nothing is changed because of them.
		candidates: [...editorial.candidates, ...findCandidates(editorial.pages)],
		warnings,
	};
}
