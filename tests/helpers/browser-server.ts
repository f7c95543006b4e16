/**
 * Global setup of the `site` project, after the sites are built: one headless
 * Chromium for every browser test file (src/lib/chromium.ts), started as a
 * server whose endpoint is provided as `browserEndpoint`; each file connects
 * to it (tests/helpers/browser.ts) and gets contexts of its own. Closed when
 * the run ends. Without Chromium the endpoint is empty and each browser test
 * file says so (or fails, with ARCHIVE_REQUIRE_BROWSER=1); when the server
 * does not start, each file launches a Chromium of its own.
 */
import type { TestProject } from 'vitest/node';
import { isChromiumInstalled, launchChromiumServer } from '../../src/lib/chromium.ts';

/** Starts the shared Chromium and returns the teardown that closes it. */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
	project.provide('browserEndpoint', '');
	if (!isChromiumInstalled()) return;
	const started = Date.now();
	let server;
	try {
		server = await launchChromiumServer();
	} catch (error) {
		const reason = (error as Error).message.split('\n')[0];
		console.warn(
			`the shared Chromium did not start (${reason}): each browser test file launches its own`
		);
		return;
	}
	console.log(
		`started Chromium for the browser tests in ${((Date.now() - started) / 1000).toFixed(1)} s`
	);
	project.provide('browserEndpoint', server.wsEndpoint());
	return () => server.close();
}
