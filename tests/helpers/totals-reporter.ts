import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints the totals alone on the last line, as `N passed, N failed`: the line CI
 * reads (vitest's own summary is not recognised). Skipped tests are reported on
 * the line before, so a silently skipped suite is visible.
 */
export default class TotalsReporter implements Reporter {
	onTestRunEnd(
		testModules: ReadonlyArray<TestModule>,
		unhandledErrors: ReadonlyArray<unknown>
	): void {
		let passed = 0;
		let failed = unhandledErrors.length;
		let skipped = 0;
		for (const module of testModules) {
			// A file can fail outside its tests (an import, a hook): count it once.
			const tests = [...module.children.allTests()];
			if (module.state() === 'failed' && !tests.some((test) => test.result().state === 'failed'))
				failed += 1;
			for (const test of tests) {
				const state = test.result().state;
				if (state === 'passed') passed += 1;
				else if (state === 'failed') failed += 1;
				else skipped += 1;
			}
		}
		if (skipped > 0) console.log(`${skipped} skipped`);
		console.log(`${passed} passed, ${failed} failed`);
	}
}
