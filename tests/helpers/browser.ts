/**
 * Chromium for the browser tests (src/lib/chromium.ts): Debian's
 * /usr/bin/chromium driven by playwright-core, launched once for the whole
 * `site` project by the global setup (tests/helpers/browser-server.ts), which
 * provides its endpoint; each test file connects to it. A file run without that
 * setup, or that cannot reach the shared browser, launches a Chromium of its
 * own. Where Chromium is missing the tests skip with a loud message; with
 * ARCHIVE_REQUIRE_BROWSER=1 (CI sets it) a missing browser is an error instead.
 */
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import {
	chromiumPath,
	connectChromium,
	isChromiumInstalled,
	launchChromium,
} from '../../src/lib/chromium.ts';

/** The Chromium binary the tests drive (CHROMIUM_PATH, or Debian's). */
export const CHROMIUM = chromiumPath();

/**
 * Says that Chromium is missing: an error with ARCHIVE_REQUIRE_BROWSER=1, else a
 * loud warning (the caller then skips its browser tests).
 */
export function reportMissingChromium(path = CHROMIUM): void {
	const message = `Chromium not found at ${path}: browser tests are SKIPPED. Install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`;
	if (process.env['ARCHIVE_REQUIRE_BROWSER'] === '1') throw new Error(message);
	console.warn(`\n${'!'.repeat(78)}\n${message}\n${'!'.repeat(78)}\n`);
}

/**
 * A browser for one test file: a connection to the project's shared Chromium,
 * else (no shared one, or it cannot be reached) a Chromium of the file's own;
 * undefined (after a loud warning, or an error with ARCHIVE_REQUIRE_BROWSER=1)
 * when Chromium is not installed. Closing a connection closes the contexts the
 * file made and leaves the shared browser running.
 *
 * @param endpoint the shared browser's WebSocket endpoint (empty: none)
 */
export async function connectBrowser(
	path = CHROMIUM,
	endpoint: string | undefined = inject('browserEndpoint')
): Promise<Browser | undefined> {
	if (!isChromiumInstalled(path)) {
		reportMissingChromium(path);
		return undefined;
	}
	if (endpoint) {
		try {
			return await connectChromium(endpoint);
		} catch (error) {
			const reason = (error as Error).message.split('\n')[0];
			console.warn(`shared Chromium not reachable (${reason}): this file launches its own`);
		}
	}
	return launchChromium(path);
}

declare module 'vitest' {
	export interface ProvidedContext {
		/** The shared Chromium's WebSocket endpoint; empty when there is none. */
		browserEndpoint: string;
	}
}
