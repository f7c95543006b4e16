import { posix } from 'node:path';

/** Attributes whose root-relative value names a folder, not a page: they stay folders. */
const FOLDER_ATTRIBUTES = new Set(['data-root', 'data-pagefind-base']);

/**
 * The relative URL from a file of the site to a root-relative URL, pointing at a
 * file: `/zh/2022/` from `zh/2022/legal-affairs/index.html` is `../index.html`.
 * Query and fragment are kept. With `folder`, a folder stays a folder (`../`).
 *
 * @example relativeUrl('zh/2022/a/index.html', '/zh/2022/b/#p5') // '../b/index.html#p5'
 * @example relativeUrl('zh/index.html', '/_astro/x.css') // '../_astro/x.css'
 * @example relativeUrl('zh/2022/a/index.html', '/', true) // '../../../'
 */
export function relativeUrl(fromFile: string, target: string, folder = false): string {
	const match = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(target)!;
	let path = match[1]!;
	const rest = `${match[2] ?? ''}${match[3] ?? ''}`;
	if (path.endsWith('/') && !folder) path += 'index.html';
	const from = posix.dirname(fromFile);
	let relative = posix.relative(from, posix.join('/', path).slice(1)) || '.';
	if (path.endsWith('/')) relative = `${relative}/`.replace(/^\.\/$/, './');
	return `${relative}${rest}`;
}

/**
 * Rewrites every root-relative URL in the attributes of a built HTML page
 * (`href`, `src`, `action`, `data-*`) as a relative URL to a file, so that the
 * page works when opened from `file://` in any folder.
 *
 * @param file the page's path from the site root, e.g. `zh/2022/legal-affairs/index.html`
 */
export function relativizeHtml(html: string, file: string): string {
	return html.replace(
		/(\s)(href|src|action|data-[a-z-]+)="(\/(?!\/)[^"]*)"/g,
		(_, space: string, name: string, url: string) => {
			return `${space}${name}="${relativeUrl(file, url, FOLDER_ATTRIBUTES.has(name))}"`;
		}
	);
}
