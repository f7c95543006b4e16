/**
 * What ingest does with each generated page: create, update, leave, or refuse
 * because the file on disk was edited by hand. Writing is the run writer's job
 * (src/lib/content/run-writer.ts), which serves ingest and import alike.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { verifyGeneratedHash } from '../content/generated-hash.ts';
import { describePageDifferences } from '../content/page-diff.ts';
import { splitFrontmatter } from '../content/mdx-page.ts';
import type { GeneratedPage } from './pipeline.ts';

/** What ingest will do with one generated page. */
export interface WriteAction {
	/** Path relative to the content directory. */
	path: string;
	kind: 'create' | 'update' | 'unchanged' | 'hand-edited' | 'overwrite-hand-edited';
	mdx: string;
	/** For a page edited by hand: why ingest knows, and what differs from what it generates now. */
	handEdit?: { why: string; differences: string[] };
}

/** The frontmatter block without its `generatedHash` line. */
const frontmatterOf = (text: string) =>
	(splitFrontmatter(text.replace(/\r\n?/g, '\n'))?.yaml ?? '')
		.split('\n')
		.filter((line) => !line.startsWith('generatedHash:'))
		.join('\n');

/**
 * Why a page file on disk counts as edited by hand, or `undefined` when it is
 * what ingest wrote. Anything ingest did not generate — a frontmatter field, a
 * comment, a body line — is a hand edit: the whole file is covered by its
 * `generatedHash`. A page written by an older ingest (whose hash covered the
 * body only) counts as generated when its body is and its frontmatter is what
 * ingest writes now, so that nothing in it can be lost.
 *
 * @param generated what ingest generates for the page now
 */
export function handEditOf(current: string, generated: string): string | undefined {
	const verdict = verifyGeneratedHash(current);
	if (verdict.state === 'as-generated') return undefined;
	if (verdict.state === 'edited') return verdict.why;
	return frontmatterOf(current) === frontmatterOf(generated)
		? undefined
		: 'it was written by an older ingest, whose hash covered only the body, and its frontmatter differs from what ingest writes now';
}

/**
 * Whether a generated page was edited by hand since ingest wrote it (see {@link handEditOf}).
 */
export function isHandEdited(existing: string, generated = existing): boolean {
	return handEditOf(existing, generated) !== undefined;
}

/**
 * Decides, for each generated page, whether to create, update or leave its file.
 * A Chinese page edited by hand is refused (`hand-edited`) unless `force` is set.
 * Only `<year>/zh/` paths are accepted: ingest never writes an English page.
 */
export function planWrites(
	pages: GeneratedPage[],
	existing: ReadonlyMap<string, string>,
	force: boolean
): WriteAction[] {
	return pages.map(({ path, mdx }): WriteAction => {
		if (!/^\d{4}\/zh\/[a-z0-9-]+\.mdx$/.test(path))
			throw new Error(`ingest may only write Chinese pages, not ${path}`);
		const current = existing.get(path);
		if (current === undefined) return { path, kind: 'create', mdx };
		if (current === mdx) return { path, kind: 'unchanged', mdx };
		const why = handEditOf(current, mdx);
		if (why === undefined) return { path, kind: 'update', mdx };
		const differences = describePageDifferences(current, mdx, ['generatedHash']);
		return {
			path,
			kind: force ? 'overwrite-hand-edited' : 'hand-edited',
			mdx,
			handEdit: { why, differences },
		};
	});
}

/** The Chinese pages of the given years as they are on disk, by path relative to the content directory. */
export async function readExisting(
	contentDir: string,
	years: number[]
): Promise<Map<string, string>> {
	const files = new Map<string, string>();
	for (const year of years) {
		const dir = join(contentDir, String(year), 'zh');
		let names: string[] = [];
		try {
			names = await readdir(dir);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
		}
		for (const name of names.filter((n) => n.endsWith('.mdx'))) {
			const path = `${year}/zh/${name}`;
			files.set(path, await readFile(join(contentDir, path), 'utf8'));
		}
	}
	return files;
}
