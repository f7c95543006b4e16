/**
 * The two Markdown pipelines of the archive, set in astro.config.mjs:
 * - `.md`, the hand-written prose (content/prose/): Markdown with GFM
 *   (remark-gfm: tables, footnotes, strikethrough, autolinks);
 * - `.mdx`, the reports: no GFM and no typographic replacements, so that source
 *   text reads exactly as printed (a URL in a report is not turned into a link,
 *   `~~x~~` and `| a |` stay as written).
 * The two are told apart by the file type, which the two collections fix
 * (src/content.config.ts): prose is `*.md`, a report `*.mdx`.
 *
 * @see https://docs.astro.build/en/guides/integrations-guide/mdx/ (the `processor` option)
 */
import { unified } from '@astrojs/markdown-remark';
import remarkGfm, { type Options as GfmOptions } from 'remark-gfm';
import { rehypeReportAnchors } from '../rehype-report-anchors.ts';
import { rehypeTranslationStatus } from '../rehype-translation-status.ts';
import { rehypeProse } from './rehype-prose.ts';
import { remarkProseChecks } from './remark-prose-checks.ts';

/**
 * GFM as the prose uses it. A single tilde is text, not strikethrough: Chinese
 * writes ranges with it (3~5 件).
 */
export const PROSE_GFM: GfmOptions = { singleTilde: false };

/** The processor of `.md` files: the prose collection. */
export const proseProcessor = unified({
	// remark-gfm is named here rather than through `gfm: true`, to pass it its options.
	gfm: false,
	smartypants: false,
	remarkPlugins: [[remarkGfm, PROSE_GFM], remarkProseChecks],
	rehypePlugins: [rehypeProse],
});

/** The processor of `.mdx` files: the reports, whose text stays literal. */
export const reportProcessor = unified({
	gfm: false,
	smartypants: false,
	rehypePlugins: [rehypeReportAnchors, rehypeTranslationStatus],
});
