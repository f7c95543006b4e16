/**
 * The one Chromium module (src/lib/chromium.ts): where Chromium is, the flags it
 * runs with on this project's machines, and the shared browser the site tests
 * connect to. The launches run Debian's Chromium (skipped, loudly, where it is
 * missing; a failure with ARCHIVE_REQUIRE_BROWSER=1, as in CI).
 */
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	CHROMIUM_FLAGS,
	chromiumCommandLine,
	chromiumLaunchOptions,
	chromiumPath,
	connectChromium,
	DEFAULT_CHROMIUM,
	isChromiumInstalled,
	launchChromium,
	launchChromiumServer,
} from '../../src/lib/chromium.ts';
import { connectBrowser, reportMissingChromium } from '../helpers/browser.ts';

/** The flags the machine notes name for headless Chromium as root on a closed network. */
const REQUIRED = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

describe('chromiumPath', () => {
	it('is CHROMIUM_PATH when set, Debian’s Chromium otherwise', () => {
		expect(chromiumPath({ CHROMIUM_PATH: '/opt/chromium/chrome' })).toBe('/opt/chromium/chrome');
		expect(chromiumPath({})).toBe(DEFAULT_CHROMIUM);
		expect(chromiumPath({ CHROMIUM_PATH: '' })).toBe('/usr/bin/chromium');
	});

	it('finds no Chromium where there is none', () => {
		expect(isChromiumInstalled('/nowhere/chromium')).toBe(false);
	});
});

describe('the flags', () => {
	it('has every flag headless Chromium needs here, for Playwright and for other launchers', () => {
		expect([...CHROMIUM_FLAGS].sort()).toEqual([...REQUIRED].sort());
		expect(chromiumCommandLine()).toEqual(['--headless', ...REQUIRED]);
		expect(chromiumLaunchOptions('/x/chromium')).toEqual({
			executablePath: '/x/chromium',
			headless: true,
			args: REQUIRED,
		});
	});
});

describe('a browser test file without Chromium', () => {
	afterEach(() => vi.unstubAllEnvs());

	it('fails, not skips, with ARCHIVE_REQUIRE_BROWSER=1 (as in CI), naming where it looked', async () => {
		vi.stubEnv('ARCHIVE_REQUIRE_BROWSER', '1');
		await expect(connectBrowser('/nowhere/chromium', '')).rejects.toThrow(
			'Chromium not found at /nowhere/chromium'
		);
	});

	it('skips (no browser, a loud warning) otherwise', async () => {
		vi.stubEnv('ARCHIVE_REQUIRE_BROWSER', '');
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		await expect(connectBrowser('/nowhere/chromium', '')).resolves.toBeUndefined();
		expect(warn.mock.calls.join('\n')).toContain('browser tests are SKIPPED');
		warn.mockRestore();
	});
});

const installed = isChromiumInstalled();
if (!installed) reportMissingChromium();

describe.skipIf(!installed)('Chromium, started (Chromium)', () => {
	it('runs headless with every flag, in a new empty profile of its own for each launch', async () => {
		const profiles: string[] = [];
		for (let i = 0; i < 2; i++) {
			const browser = await launchChromium();
			const page = await browser.newPage();
			await page.goto('chrome://version');
			const commandLine = (await page.locator('#command_line').textContent()) ?? '';
			for (const flag of ['--headless', ...REQUIRED])
				expect(commandLine.split(/\s+/), flag).toContain(flag);
			profiles.push(/--user-data-dir=(\S+)/.exec(commandLine)?.[1] ?? '');
			await browser.close();
		}
		expect(profiles[0]!.startsWith(tmpdir())).toBe(true);
		expect(profiles[1]).not.toBe(profiles[0]);
	});

	it('as a server, gives each connection contexts of its own and outlives a connection that closes', async () => {
		const server = await launchChromiumServer();
		try {
			const first = await connectChromium(server.wsEndpoint());
			const second = await connectChromium(server.wsEndpoint());
			const page = await (await first.newContext()).newPage();
			await page.setContent('<p lang="zh-Hans">第一段。</p>');
			expect([first.contexts().length, second.contexts().length]).toEqual([1, 0]);
			await first.close();
			const other = await second.newPage();
			await other.setContent('<p>still here</p>');
			expect(await other.textContent('p')).toBe('still here');
			expect([first.isConnected(), second.isConnected()]).toEqual([false, true]);
			await second.close();
		} finally {
			await server.close();
		}
	});

	it('gives a test file a connection to the shared browser, or a browser of its own when there is none to reach', async () => {
		const server = await launchChromiumServer();
		try {
			const shared = await connectBrowser(chromiumPath(), server.wsEndpoint());
			await shared!.close();
			// The shared browser outlives the file's connection.
			const next = await connectChromium(server.wsEndpoint());
			expect(next.isConnected()).toBe(true);
			await next.close();
		} finally {
			await server.close();
		}
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		// Nothing listens on the discard port: the file falls back to a Chromium of its own.
		for (const endpoint of ['ws://127.0.0.1:9/', '']) {
			const own = await connectBrowser(chromiumPath(), endpoint);
			const page = await own!.newPage();
			await page.setContent('<p>own</p>');
			expect(await page.textContent('p'), endpoint).toBe('own');
			await own!.close();
		}
		expect(warn.mock.calls.join('\n')).toContain('shared Chromium not reachable');
		warn.mockRestore();
	});
});
