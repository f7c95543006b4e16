/**
 * Global setup of the `site` project: builds, once, before any site test runs,
 * - `site`: the archive from the real content;
 * - `fallback`: the real content with one translation removed and one made
 *   stale (its recorded hash no longer matches the Chinese text).
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, ROOT, TMP } from './site.ts';

function timed(label: string, build: () => void): void {
	const started = Date.now();
	build();
	console.log(`built ${label} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** A copy of content/ where finance-economics has no English page and legal-affairs' translation is stale. */
export function makeFallbackContent(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
	cpSync(join(ROOT, 'content'), dir, { recursive: true });
	rmSync(join(dir, '2022', 'en', 'finance-economics.mdx'));
	const stale = join(dir, '2022', 'en', 'legal-affairs.mdx');
	writeFileSync(stale, readFileSync(stale, 'utf8').replace(/(translationOf:\s*\n\s*sha256:\s*)[0-9a-f]{64}/, `$1${'a'.repeat(64)}`));
}

export default function setup(project: TestProject): void {
	const site = join(TMP, 'site');
	const fallback = join(TMP, 'fallback');
	const fallbackContent = join(TMP, 'fallback-content');
	for (const dir of [site, fallback]) rmSync(dir, { recursive: true, force: true });
	timed('the archive', () => buildSite({ outDir: site }));
	makeFallbackContent(fallbackContent);
	timed('the fallback fixture', () => buildSite({ outDir: fallback, contentDir: fallbackContent }));
	project.provide('siteDir', site);
	project.provide('fallbackDir', fallback);
	project.provide('fallbackContentDir', fallbackContent);
}

declare module 'vitest' {
	export interface ProvidedContext {
		siteDir: string;
		fallbackDir: string;
		fallbackContentDir: string;
	}
}
