import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure functions, the ingest CLI, fidelity; no build) and
 * `site` (builds the archive once, then checks the output and drives one shared
 * Chromium against it). `npm test` runs both and ends with the totals line CI reads.
 */
export default defineConfig({
	test: {
		root: fileURLToPath(new URL('..', import.meta.url)),
		reporters: ['default', './tests/helpers/totals-reporter.ts'],
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					testTimeout: 30_000,
				},
			},
			{
				test: {
					name: 'site',
					include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
					// The sites first, then one Chromium that every browser test file connects to.
					globalSetup: ['tests/helpers/build-sites.ts', 'tests/helpers/browser-server.ts'],
					testTimeout: 120_000,
					hookTimeout: 120_000,
					// One browser at a time: the machine has two cores.
					fileParallelism: false,
				},
			},
		],
	},
});
