/**
 * What pages weigh, for `npm run bench`: each page type of the built archive
 * from its files (src/lib/build/page-weight.ts, as the budget test counts), and
 * one page in Chromium by what the browser fetched, the same way for the
 * archive's page and the Starlight peer's (starlight-peer.ts). All gzipped.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { type PageWeight, pageType, pageWeight } from '../../src/lib/build/page-weight.ts';
import { siteFiles } from '../../src/lib/build/site-files.ts';
import { serve } from './serve.ts';

/** Bytes a page fetched in Chromium, gzipped, by the kind of resource. */
export interface Transfers {
	html: number;
	css: number;
	js: number;
	/** Everything else (the favicon, fonts, images). */
	other: number;
	requests: number;
}

/** Loads a page of a built site in Chromium until the network is idle, and adds up what it fetched. */
export async function measureTransfers(
	browser: Browser,
	dist: string,
	path: string
): Promise<Transfers> {
	const site = await serve(dist);
	const page = await browser.newPage();
	const fetched: Promise<[string, number]>[] = [];
	page.on('response', (response) =>
		fetched.push(
			response
				.body()
				.then((body): [string, number] => [
					response.request().resourceType(),
					gzipSync(body).length,
				])
				.catch((): [string, number] => [response.request().resourceType(), 0])
		)
	);
	try {
		await page.goto(site.url + path, { waitUntil: 'networkidle' });
		const totals: Transfers = { html: 0, css: 0, js: 0, other: 0, requests: 0 };
		const kinds: Record<string, keyof Omit<Transfers, 'requests'>> = {
			document: 'html',
			stylesheet: 'css',
			script: 'js',
		};
		for (const [type, bytes] of await Promise.all(fetched)) {
			totals[kinds[type] ?? 'other'] += bytes;
			totals.requests += 1;
		}
		return totals;
	} finally {
		await page.close();
		await site.close();
	}
}

/** Each page type of a built site, with its heaviest page and that page's weight. */
export async function pageTypeWeights(
	dist: string
): Promise<{ type: string; path: string; weight: PageWeight }[]> {
	const heaviest = new Map<string, { path: string; weight: PageWeight }>();
	const total = (w: PageWeight) => w.html + w.css + w.js;
	for (const path of await siteFiles(dist, '.html')) {
		const weight = await pageWeight(dist, path);
		const known = heaviest.get(pageType(path));
		if (!known || total(weight) > total(known.weight))
			heaviest.set(pageType(path), { path, weight });
	}
	return [...heaviest]
		.map(([type, page]) => ({ type, ...page }))
		.sort((a, b) => a.type.localeCompare(b.type));
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** The page types as a markdown table. */
export function pageTypeTable(rows: Awaited<ReturnType<typeof pageTypeWeights>>): string {
	return [
		'| page type | heaviest page | HTML KB | CSS KB | JS KB | CSS + JS KB | total KB | requests |',
		'| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
		...rows.map(
			({ type, path, weight: w }) =>
				`| \`${type}\` | \`/${path.replace(/index\.html$/, '')}\` | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.css + w.js)} | ${kb(w.html + w.css + w.js)} | ${w.requests} |`
		),
	].join('\n');
}

/** The archive's page and the peer's as a markdown table, with how many times lighter the archive's is. */
export function peerTable(
	archive: { label: string; transfers: Transfers },
	peer: { label: string; transfers: Transfers } | { label: string; kb: number; requests: number }
): string {
	const row = (label: string, t: Transfers) =>
		`| ${label} | ${kb(t.html)} | ${kb(t.css)} | ${kb(t.js)} | ${kb(t.other)} | ${kb(t.html + t.css + t.js + t.other)} | ${t.requests} |`;
	const ours = archive.transfers;
	const ourTotal = ours.html + ours.css + ours.js + ours.other;
	const peerTotal =
		'transfers' in peer
			? peer.transfers.html + peer.transfers.css + peer.transfers.js + peer.transfers.other
			: peer.kb * 1024;
	return [
		'| page | HTML KB | CSS KB | JS KB | other KB | total KB | requests |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
		row(archive.label, ours),
		'transfers' in peer
			? row(peer.label, peer.transfers)
			: `| ${peer.label} | – | – | – | – | ${peer.kb.toFixed(1)} | ${peer.requests} |`,
		'',
		`The archive's page is ${(peerTotal / ourTotal).toFixed(1)}× lighter.`,
	].join('\n');
}
