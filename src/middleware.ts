/**
 * Converts the Traditional Chinese parts of every rendered page (the /zh-hant/
 * pages, and the zh-Hant sections of the landing and 404 pages) from the
 * Simplified text they were rendered with. Runs for every page at build time
 * (and in the dev server), after Astro has rendered it: the one place where the
 * Traditional edition is made (see src/lib/hant.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { convertHtmlToHant } from './lib/hant.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	const html = convertHtmlToHant(await response.text());
	return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
