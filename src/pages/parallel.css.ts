/**
 * `/parallel.css`: row order for the side-by-side view. The two columns' blocks
 * are laid out on one grid in the order zh 1, en 1, zh 2, en 2, …; on a wide
 * screen each goes to its column and the pairs share a row, on a phone they
 * interleave. The rules cover the longest report of the archive.
 */
import type { APIRoute } from 'astro';
import { getArchive } from '../lib/archive.ts';

export const GET: APIRoute = async () => {
	const archive = await getArchive();
	const longest = Math.max(
		1,
		...archive.reports.map((r) => (r.zh.body ?? '').split(/\n{2,}/).length)
	);
	const rules: string[] = [];
	for (let n = 1; n <= longest; n++) {
		rules.push(
			`.col--zh>:nth-child(${n}){order:${2 * n - 1}}.col--en>:nth-child(${n}){order:${2 * n}}`
		);
	}
	return new Response(`${rules.join('\n')}\n`, {
		headers: { 'content-type': 'text/css; charset=utf-8' },
	});
};
