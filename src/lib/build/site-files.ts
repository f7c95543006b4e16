import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/**
 * Every file of a built site whose name ends with `suffix`, as sorted paths
 * relative to the site root with `/` separators (`zh/2022/legal-affairs/index.html`).
 */
export async function siteFiles(dir: string, suffix = ''): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}
