/**
 * The HTTP headers a CDN or static host should send with the hosted archive, as a
 * `_headers` file (the format Netlify and Cloudflare Pages read; other hosts can be
 * configured from it by hand). The offline edition has none: from file:// there
 * are no headers, and its pages carry the same policy as a meta tag.
 *
 * @see https://docs.netlify.com/routing/headers/
 * @see https://developers.cloudflare.com/pages/configuration/headers/
 */
import { CONTENT_SECURITY_POLICY } from '../security.ts';
import { joinPath } from '../urls.ts';

/** Files whose names carry a content hash: a new build writes new names, so they never change. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** Pages keep their URL from build to build: a CDN may serve them for five minutes, then revalidates. */
export const PAGE_CACHE = 'public, max-age=300, must-revalidate';
/**
 * The open data (`data/`: JSON, CSV, TEI, TMX, e-books) keeps its names from build to build
 * and changes only with a new year or a correction: an hour, then revalidated (cheap with
 * ETags), so a CDN does not fetch the larger files on every request.
 */
export const DATA_CACHE = 'public, max-age=3600, must-revalidate';

/**
 * HTTPS only, for two years (the minimum HSTS preload lists ask is one). Without
 * `includeSubDomains`: the archive may live on a subdomain of a host whose other
 * subdomains are not ours to decide for; add it (and `preload`) where the whole
 * domain is served over HTTPS.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Strict-Transport-Security
 */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000';

/**
 * The browser features the archive never uses, switched off for it and anything it
 * might embed: no camera, microphone, location, sensors, payment, USB, screen
 * capture, autoplay or interest topics. Clipboard writing (Copy citation) keeps
 * its default, allowed for the archive itself.
 *
 * @see https://www.w3.org/TR/permissions-policy/
 */
export const PERMISSIONS_POLICY = [
	'accelerometer',
	'autoplay',
	'browsing-topics',
	'camera',
	'display-capture',
	'geolocation',
	'gyroscope',
	'magnetometer',
	'microphone',
	'midi',
	'payment',
	'usb',
]
	.map((feature) => `${feature}=()`)
	.join(', ');

/**
 * The Content-Security-Policy as a header: the meta tag's policy plus what only a
 * header can say, that no other site may frame the archive (clickjacking).
 */
export const HEADER_CSP = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/**
 * The `_headers` file for a build under `base`, whose pages live in the language
 * folders `folders` (language → its sub-folders, e.g. `{ zh: ['2022', 'about'] }`).
 * No path gets Cache-Control from two rules: hosts join repeated headers with a
 * comma, which would make the long and the short policy one contradictory value.
 * So a language's pages are named by its sub-folders (`/zh/2022/*`), not by
 * `/zh/*`: Netlify reads `/zh/*` as `^/zh/?(.*)`, which also matches `/zh-hant/…`.
 *
 * @example renderHeaders('/', { zh: ['2022'] }).split('\n')[0] // '/*'
 */
export function renderHeaders(
	base: string,
	folders: Readonly<Record<string, readonly string[]>>
): string {
	const root = joinPath(base);
	const rule = (paths: string[], headers: Record<string, string>) =>
		paths
			.map(
				(path) =>
					`${path}\n${Object.entries(headers)
						.map(([name, value]) => `  ${name}: ${value}`)
						.join('\n')}\n`
			)
			.join('\n');
	return [
		rule([`${root}*`], {
			'Content-Security-Policy': HEADER_CSP,
			'X-Frame-Options': 'DENY',
			'Referrer-Policy': 'no-referrer',
			'X-Content-Type-Options': 'nosniff',
			'Strict-Transport-Security': STRICT_TRANSPORT_SECURITY,
			'Permissions-Policy': PERMISSIONS_POLICY,
		}),
		// Astro's bundles, the archive's script, and Pagefind's fragments, indexes and filters:
		// every name carries a hash of its content.
		rule(
			['_astro', '_app', 'pagefind/fragment', 'pagefind/index', 'pagefind/filter'].map(
				(dir) => `${joinPath(base, dir)}*`
			),
			{ 'Cache-Control': IMMUTABLE_CACHE }
		),
		// The pages (only HTML lives in the language folders) and the landing and 404 pages.
		rule(
			[
				root,
				`${root}404.html`,
				...Object.entries(folders).flatMap(([lang, subs]) => [
					joinPath(base, lang),
					...subs.map((sub) => `${joinPath(base, lang, sub)}*`),
				]),
			],
			{
				'Cache-Control': PAGE_CACHE,
			}
		),
		// The open data: stable names, larger files.
		rule([`${joinPath(base, 'data')}*`], { 'Cache-Control': DATA_CACHE }),
	].join('\n');
}
