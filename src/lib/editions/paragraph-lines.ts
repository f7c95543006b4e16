/**
 * Source lines of each paragraph. The frontmatter records a page's first and
 * last line; the lines of each paragraph are known to ingest, so they are taken
 * from running ingest (in memory) on the seed again. They are used only where
 * the page on disk is exactly what ingest produces now.
 */
import { hashBody } from '../hash.ts';
import { ingestSource } from '../ingest/pipeline.ts';
import { splitFrontmatter } from '../frontmatter.ts';
import type { SeedMeta } from '../schemas.ts';

/** `<slug>` → paragraph number → its source lines, for the pages whose body hash matches. */
export type ParagraphLines = Map<string, Map<number, number[]>>;

/**
 * Runs ingest on a seed in memory and returns the source lines of each
 * paragraph of the pages whose current body (by `generatedHash`) is what ingest
 * produces. A seed that no longer ingests gives no lines rather than failing
 * the build: the build's own checks report such a seed.
 */
export function paragraphLinesOf(
	seed: { file: string; bytes: Uint8Array; meta?: { file: string; data: SeedMeta } },
	bodyHashes: Map<string, string>
): ParagraphLines {
	const lines: ParagraphLines = new Map();
	let result;
	try {
		result = ingestSource(seed);
	} catch {
		return lines;
	}
	for (const page of result.pages) {
		const body = splitFrontmatter(page.mdx)?.body ?? '';
		if (bodyHashes.get(page.model.slug) !== hashBody(body)) continue;
		const map = new Map<number, number[]>();
		for (const block of page.model.blocks)
			if (block.type === 'paragraph') map.set(block.n, block.lines);
		lines.set(page.model.slug, map);
	}
	return lines;
}
