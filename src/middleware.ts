/**
 * Converts the Traditional Chinese parts of the rendered pages (the /zh-hant/
 * pages, and the zh-Hant sections of the landing and 404 pages) from the
 * Simplified text they were rendered with. Runs at build time (and in the dev
 * server), after Astro has rendered a page: the one place where the Traditional
 * edition is made (see src/lib/hant.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { convertHtmlToHant } from './lib/hant.ts';
import { langFromPath } from './lib/urls.ts';

export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	// The Simplified and English pages hold no text to convert (the switch's label 繁體中文 is
	// written in Traditional already): skip parsing them, which is most of the cost.
	const lang = langFromPath(context.url.pathname, import.meta.env.BASE_URL);
	if (lang !== undefined && lang !== 'zh-hant') return response;
	const html = convertHtmlToHant(await response.text());
	return new Response(html, {
		status: response.status,
		statusText: response.statusText,
		headers: response.headers,
	});
});
