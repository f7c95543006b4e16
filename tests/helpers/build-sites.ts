/**
 * Global setup of the `site` project: builds the archive once from the real
 * content, before any site test runs.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, TMP } from './site.ts';

export default function setup(project: TestProject): void {
	const site = join(TMP, 'site');
	rmSync(site, { recursive: true, force: true });
	const started = Date.now();
	buildSite({ outDir: site });
	console.log(`built the archive into ${site} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	project.provide('siteDir', site);
}

declare module 'vitest' {
	export interface ProvidedContext {
		siteDir: string;
	}
}
