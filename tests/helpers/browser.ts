/**
 * Chromium for browser tests: Debian's /usr/bin/chromium driven by
 * playwright-core. Where it is missing the tests skip with a loud message; with
 * ARCHIVE_REQUIRE_BROWSER=1 (CI sets it) a missing browser is an error instead.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/** Launches headless Chromium, or returns undefined (after a loud warning) when it is not installed. */
export async function launchBrowser(): Promise<Browser | undefined> {
	if (!existsSync(CHROMIUM)) {
		const message = `Chromium not found at ${CHROMIUM}: browser tests are SKIPPED. Install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`;
		if (process.env['ARCHIVE_REQUIRE_BROWSER'] === '1') throw new Error(message);
		console.warn(`\n${'!'.repeat(78)}\n${message}\n${'!'.repeat(78)}\n`);
		return undefined;
	}
	return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}
