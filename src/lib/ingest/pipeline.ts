import { flaggedCharacters, describeCharacter, refusalMessages } from '../content/text-rules.ts';
import { sha256 } from '../hash.ts';
import { formatIssues, type SeedMeta, ZhReportSchema } from '../schemas.ts';
import { findCandidates } from './candidates.ts';
import { type DecodedSeed, decodeSeed, toSourceLines } from './decode.ts';
import { resolveDecisions, resolveHeadingDecisions } from './decisions.ts';
import { applyEditorial, type Candidate, type PageModel } from './editorial.ts';
import { IngestError } from './errors.ts';
import { assembleLines, type Layout } from './layout.ts';
import { checkAuthors, pageAuthors, provenanceOf } from './provenance.ts';
import { renderPage } from './render-mdx.ts';
import { findArticles, type Reading, splitSections, yearFromSubtitle } from './segment.ts';

/** A seed as read from disk. */
export interface SeedInput {
	/** Path of the seed relative to the project root, e.g. `seeds/2022.txt`. */
	file: string;
	bytes: Uint8Array;
	/** The decisions file's path and parsed content, when there is one. */
	meta?: { file: string; data: SeedMeta };
}

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

/**
 * Turns one seed into its Chinese pages, in memory. Each step is a pure function
 * tested on its own; nothing here touches the disk.
 */
export function ingestSource(input: SeedInput): IngestResult {
	const { file, bytes, meta } = input;
	const digest = sha256(bytes);
	const warnings: string[] = [];

	// The seed must still be the file that was received and recorded.
	if (meta && meta.data.source.sha256 !== digest) {
		throw new IngestError(
			meta.file,
			`source.sha256 is ${meta.data.source.sha256} but ${file} has sha256 ${digest}: the seed changed since it was recorded. Seeds are kept byte-identical to what was received.`
		);
	}
	if (!meta)
		warnings.push(
			`${file}: no decisions file next to it; create ${file.replace(/\.txt$/, '.yaml')} to record its metadata and editorial decisions`
		);

	// Decode: UTF-8 (with or without BOM), UTF-16 with BOM or GB18030; LF line endings.
	const decoded = decodeSeed(bytes, file);
	// Characters: what XML 1.0 or HTML forbid is refused; invisible ones are kept, with a warning.
	warnings.push(...checkSeedCharacters(decoded.text, file));
	// Lines: non-empty, trimmed of layout whitespace, with their line numbers.
	const physical = toSourceLines(decoded.text);
	const decisionsFile = meta?.file ?? file.replace(/\.txt$/, '.yaml');
	// Heading decisions are located on the physical lines: they decide where a paragraph starts.
	const headings = resolveHeadingDecisions(meta?.data.decisions ?? [], physical, decisionsFile);
	// Layout: blank-line separated or one paragraph per line; soft wraps joined, no mark.
	const { lines, layout } = assembleLines(physical, headings);
	for (const line of layout.doubtfulWraps ?? []) {
		warnings.push(
			`${file}:${line.n}: “${line.text}” reads like a heading but fills the wrap width, so it was joined to the next line as text; if it is a heading, record in ${decisionsFile}:  - type: heading  line: ${JSON.stringify(line.text)}`
		);
	}
	if (layout.suspectedWrap !== undefined) {
		warnings.push(
			`${file}: the file has no blank lines and most of its lines end at ~${layout.suspectedWrap} characters, like a hard-wrapped copy; each line was read as a paragraph. If paragraphs were wrapped, ask for a copy with blank lines between paragraphs (or unwrapped).`
		);
	}
	// Locate the archivist's decisions by their quoted text.
	const decisions = {
		...resolveDecisions(meta?.data.decisions ?? [], lines, decisionsFile, meta?.data.figures ?? []),
		headings,
	};
	// Segment: articles, byline, credit, year, reports and their headings.
	const readings: Reading[] = [];
	const articles = findArticles(lines, file, readings);
	const year = yearFromSubtitle(articles[0]!.subtitle, file);
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
	const forceParagraph = new Set(
		[...decisions.joins].filter(([, d]) => d.join).map(([line]) => line)
	);
	for (const line of [...forceParagraph]) {
		const index = lines.findIndex((l) => l.n === line);
		if (lines[index + 1]) forceParagraph.add(lines[index + 1]!.n);
	}
	const sections = splitSections(articles, file, {
		forceParagraph,
		decided: headings,
		decisionsFile,
		readings,
	});
	// Apply editorial decisions: page-break joins, lacunae, duplicates, notes.
	const editorial = applyEditorial(sections, decisions, year, file, decisionsFile);
	warnings.push(...editorial.warnings);
	// Provenance for people: every recorded author must be named by a byline or credit line.
	const authors = meta?.data.authors ?? [];
	checkAuthors(authors, editorial.pages, file, decisionsFile);
	const provenance = provenanceOf(meta?.data, { file, sha256: digest });
	// Render MDX and validate each page against the collection's schema.
	const pages = editorial.pages.map((model): GeneratedPage => {
		const { frontmatter, mdx } = renderPage(model, {
			...provenance,
			authors: pageAuthors(authors, model),
		});
		const path = `${year}/zh/${model.slug}.mdx`;
		const checked = ZhReportSchema.safeParse(frontmatter);
		if (!checked.success)
			throw new IngestError(
				file,
				`generated ${path} fails the schema:\n${formatIssues(path, checked.error)}`
			);
		return { path, mdx, model };
	});
	// Problems for the archivist to decide on; nothing is changed because of them.
	const candidates = [...editorial.candidates, ...findCandidates(editorial.pages)];

	return {
		file,
		year,
		sha256: digest,
		encoding: decoded.encoding,
		lineEndings: decoded.lineEndings,
		layout,
		readings: readings.sort((a, b) => a.line - b.line),
		pages,
		candidates,
		warnings,
	};
}
