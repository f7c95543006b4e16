/** The committed report pages, read from content/, for tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bodyBlocks, type BodyBlock, parsePage } from './mdx.ts';
import { ROOT } from './site.ts';
import { splitFrontmatter } from '../../src/lib/content/mdx-page.ts';

export interface ContentPage {
	year: number;
	slug: string;
	path: string;
	raw: string;
	body: string;
	frontmatter: Record<string, unknown>;
	blocks: BodyBlock[];
}

function load(path: string, year: number, slug: string): ContentPage {
	const raw = readFileSync(path, 'utf8');
	const parsed = parsePage(raw);
	return {
		year,
		slug,
		path,
		raw,
		body: splitFrontmatter(raw)!.body,
		frontmatter: parsed.frontmatter,
		blocks: bodyBlocks(parsed.tree),
	};
}

/** Every Chinese page with its English page (if any), by year and slug. */
export function contentPairs(
	dir = join(ROOT, 'content')
): { zh: ContentPage; en: ContentPage | undefined }[] {
	const pairs: { zh: ContentPage; en: ContentPage | undefined }[] = [];
	for (const year of readdirSync(dir).filter((name) => /^\d{4}$/.test(name))) {
		for (const name of readdirSync(join(dir, year, 'zh'))) {
			const slug = name.replace(/\.mdx$/, '');
			const enPath = join(dir, year, 'en', name);
			pairs.push({
				zh: load(join(dir, year, 'zh', name), Number(year), slug),
				en: existsSync(enPath) ? load(enPath, Number(year), slug) : undefined,
			});
		}
	}
	return pairs;
}
