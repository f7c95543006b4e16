import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from '../frontmatter.ts';
import { hashBody } from '../hash.ts';
import type { GeneratedPage } from './pipeline.ts';

/** Re-exported for callers that read pages through the write step. */
export { splitFrontmatter } from '../frontmatter.ts';

/** What ingest will do with one generated page. */
export interface WriteAction {
	/** Path relative to the content directory. */
	path: string;
	kind: 'create' | 'update' | 'unchanged' | 'hand-edited' | 'overwrite-hand-edited';
	mdx: string;
}

/**
 * Whether a generated page was edited by hand since ingest wrote it: its body no
 * longer matches the `generatedHash` in its frontmatter (or the frontmatter is gone).
 */
export function isHandEdited(existing: string): boolean {
	const parts = splitFrontmatter(existing);
	if (!parts) return true;
	let data: unknown;
	try {
		data = parse(parts.yaml);
	} catch {
		return true;
	}
	const recorded = (data as { generatedHash?: unknown } | null)?.generatedHash;
	return typeof recorded !== 'string' || recorded !== hashBody(parts.body);
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
	return pages.map(({ path, mdx }) => {
		if (!/^\d{4}\/zh\/[a-z0-9-]+\.mdx$/.test(path))
			throw new Error(`ingest may only write Chinese pages, not ${path}`);
		const current = existing.get(path);
		if (current === undefined) return { path, kind: 'create', mdx };
		if (current === mdx) return { path, kind: 'unchanged', mdx };
		if (isHandEdited(current))
			return { path, kind: force ? 'overwrite-hand-edited' : 'hand-edited', mdx };
		return { path, kind: 'update', mdx };
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

/**
 * Writes the pages that changed, atomically: every file is first written beside
 * its target under a temporary name, and only when all of them are written are
 * they renamed into place. A failure before the renames removes the temporary
 * files and leaves the content directory as it was.
 */
export async function applyWrites(contentDir: string, actions: WriteAction[]): Promise<void> {
	const pending = actions.filter(
		(action) =>
			action.kind === 'create' ||
			action.kind === 'update' ||
			action.kind === 'overwrite-hand-edited'
	);
	const temps: { temp: string; target: string }[] = [];
	const createdDirs: string[] = [];
	try {
		for (const action of pending) {
			const target = join(contentDir, action.path);
			const temp = `${target}.${process.pid}.tmp`;
			const created = await mkdir(dirname(target), { recursive: true });
			if (created) createdDirs.push(created);
			temps.push({ temp, target });
			await writeFile(temp, action.mdx, 'utf8');
		}
	} catch (error) {
		await Promise.all(temps.map(({ temp }) => rm(temp, { force: true })));
		for (const dir of createdDirs.reverse()) await rm(dir, { recursive: true, force: true });
		throw error;
	}
	for (const { temp, target } of temps) await rename(temp, target);
}
