/**
 * Chromium, for everything of the project that drives a browser: the PDF
 * edition (`npm run package`), the bench (`npm run bench`) and the browser
 * tests. One place says where Chromium is (Debian's package, or CHROMIUM_PATH),
 * which flags it runs with, and how it is started: launched by playwright-core,
 * launched once as a server that several processes connect to, or by a
 * launcher of its own (Lighthouse's chrome-launcher) with the same flags.
 *
 * playwright-core is loaded on first launch only, so the pure helpers of the
 * modules that import this one (the PDF footer, the file names) cost nothing.
 */
import { existsSync } from 'node:fs';
import type { Browser, BrowserServer, LaunchOptions } from 'playwright-core';

/** Where Chromium is looked for without CHROMIUM_PATH: Debian's package (`apt-get install -y chromium`). */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/**
 * The flags headless Chromium needs on this project's machines (run as root,
 * no network but localhost): no sandbox (root), no GPU, no QUIC, and none of
 * the background connections (field trials, component updates, sync) that a
 * closed network refuses many at a time. Playwright adds `--headless` itself
 * (`headless: true`) and gives every launch a new empty `--user-data-dir`
 * (it refuses one among the flags); `chromiumCommandLine()` is the whole
 * command line for other launchers.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/**
 * The Chromium binary to drive: CHROMIUM_PATH if set, else Debian's.
 *
 * @example chromiumPath({}) // '/usr/bin/chromium'
 */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
	return env['CHROMIUM_PATH'] || DEFAULT_CHROMIUM;
}

/** Whether a Chromium binary is where `chromiumPath()` says. */
export function isChromiumInstalled(path = chromiumPath()): boolean {
	return existsSync(path);
}

/**
 * The flags for a launcher other than Playwright (chrome-launcher, a shell):
 * headless plus `CHROMIUM_FLAGS`. The launcher must make the new empty
 * user-data-dir itself (chrome-launcher does, in a temporary folder).
 */
export function chromiumCommandLine(): string[] {
	return ['--headless', ...CHROMIUM_FLAGS];
}

/** playwright-core's launch options for the binary at `path`: headless, with `CHROMIUM_FLAGS`. */
export function chromiumLaunchOptions(path = chromiumPath()): LaunchOptions {
	return { executablePath: path, headless: true, args: [...CHROMIUM_FLAGS] };
}

/** Launches headless Chromium for this process (close it when done). */
export async function launchChromium(path = chromiumPath()): Promise<Browser> {
	const { chromium } = await import('playwright-core');
	return chromium.launch(chromiumLaunchOptions(path));
}

/**
 * Launches headless Chromium as a server other processes connect to
 * (`connectChromium(server.wsEndpoint())`), as the site tests share one
 * browser; close the server when done.
 */
export async function launchChromiumServer(path = chromiumPath()): Promise<BrowserServer> {
	const { chromium } = await import('playwright-core');
	return chromium.launchServer(chromiumLaunchOptions(path));
}

/**
 * Connects to a Chromium started by `launchChromiumServer`. Closing the
 * returned browser closes the contexts this connection made and disconnects;
 * the server goes on.
 */
export async function connectChromium(wsEndpoint: string, timeout = 30_000): Promise<Browser> {
	const { chromium } = await import('playwright-core');
	return chromium.connect(wsEndpoint, { timeout });
}
