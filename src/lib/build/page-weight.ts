/**
 * What a built page costs a reader who only reads: its HTML and the stylesheets
 * and scripts it links (what a browser fetches before anyone types or taps),
 * each gzipped as a server would send it. Scripts and stylesheets that load on
 * first use (search, citation, highlighting) are not counted: a page that never
 * uses them never fetches them. Shared by the budget test and `npm run bench`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LANGS } from '../i18n.ts';

/** Compressed bytes of a page by kind, and how many files it fetches. */
export interface PageWeight {
	html: number;
	css: number;
	js: number;
	/** The HTML and every stylesheet and script it links. */
	requests: number;
}

/**
 * The page type of a built page, from its path: the language, the year and the
 * slug made generic, so that the list of types comes from the build.
 *
 * @example pageType('zh-hant/2022/legal-affairs/bilingual/index.html') // '/{lang}/{year}/{slug}/bilingual/'
 * @example pageType('en/committees/legal-affairs/index.html') // '/{lang}/committees/{slug}/'
 * @example pageType('index.html') // '/'
 */
export function pageType(path: string): string {
	const types: string[] = [];
	path
		.replace(/index\.html$/, '')
		.split('/')
		.forEach((segment, i) => {
			const before = types[i - 1];
			if (i === 0 && (LANGS as readonly string[]).includes(segment)) types.push('{lang}');
			else if (/^\d{4}$/.test(segment)) types.push('{year}');
			else if (segment !== '' && (before === '{year}' || before === 'committees'))
				types.push('{slug}');
			else types.push(segment);
		});
	return `/${types.join('/')}`;
}

/** The local files a page links as stylesheets and scripts (JSON-LD data blocks are no scripts). */
function linkedFiles(html: string): { css: string[]; js: string[] } {
	const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]+)"`).exec(tag)?.[1];
	const css = [...html.matchAll(/<link\b[^>]*>/g)]
		.map(([tag]) => tag)
		.filter((tag) => /\srel="stylesheet"/.test(tag))
		.map((tag) => attr(tag, 'href')!);
	const js = [...html.matchAll(/<script\b[^>]*>/g)]
		.map(([tag]) => attr(tag, 'src'))
		.filter((src): src is string => src !== undefined);
	return { css, js };
}

/** A linked URL as a file of the site: root-relative (hosted, under `base`) or relative to the page (offline). */
function fileOf(url: string, page: string, base: string): string {
	if (url.startsWith(base)) return url.slice(base.length);
	return new URL(url, `file:///${page}`).pathname.slice(1);
}

/** The weight of one page of a built site (`path` from the site root, e.g. `zh/2022/legal-affairs/index.html`). */
export async function pageWeight(dir: string, path: string, base = '/'): Promise<PageWeight> {
	const html = await readFile(join(dir, path));
	const linked = linkedFiles(html.toString('utf8'));
	const size = async (urls: string[]) => {
		let total = 0;
		for (const url of urls)
			total += gzipSync(await readFile(join(dir, fileOf(url, path, base)))).length;
		return total;
	};
	return {
		html: gzipSync(html).length,
		css: await size(linked.css),
		js: await size(linked.js),
		requests: 1 + linked.css.length + linked.js.length,
	};
}
