/**
 * The shape of the code, read from its imports (tests/helpers/import-graph.ts,
 * TypeScript's own import scanner): no import circle in src/lib; the
 * subsystems meet only through the shared content layer (transitively, which
 * eslint.config.mjs's no-restricted-imports, checking each import, cannot);
 * and the build — the pages, the content collection, the Astro config and
 * integration, the editions — never reaches ingest. And the lint rule itself
 * (eslint.config.mjs) refuses an import across subsystems as `npm run lint` would.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import {
	type ImportGraph,
	importChain,
	importCircles,
	importGraph,
	reachableFrom,
} from '../helpers/import-graph.ts';
import { ROOT } from '../helpers/site.ts';

const graph = importGraph(ROOT, ['src', 'astro.config.mjs']);
const under = (folder: string) => (path: string) => path.startsWith(`${folder}/`);
const modules = (folder: string) => [...graph.keys()].filter(under(folder));

describe('importCircles', () => {
	const toy: ImportGraph = new Map([
		['a.ts', ['b.ts']],
		['b.ts', ['c.ts', 'a.ts']],
		['c.ts', []],
		['d.ts', ['d.ts']],
	]);

	it('names the modules of each circle, and a module that imports itself', () => {
		expect(importCircles(toy, () => true)).toEqual(['a.ts ⇄ b.ts', 'd.ts']);
	});

	it('finds none where the imports only go one way', () => {
		expect(
			importCircles(
				new Map([
					['a.ts', ['b.ts']],
					['b.ts', []],
				]),
				() => true
			)
		).toEqual([]);
	});
});

describe('the module graph', () => {
	it('reads the imports of TypeScript and Astro files alike', () => {
		expect(graph.get('src/lib/editions/from-collection.ts')).toContain('src/lib/archive.ts');
		expect(modules('src/pages').some((page) => page.endsWith('.astro'))).toBe(true);
		expect(
			modules('src/pages').some((page) => (graph.get(page) ?? []).some(under('src/lib')))
		).toBe(true);
	});

	it('has no import circle in src/lib', () => {
		expect(importCircles(graph, under('src/lib'))).toEqual([]);
	});

	it.each([
		['src/lib/ingest', ['src/lib/translations', 'src/lib/editions']],
		['src/lib/translations', ['src/lib/ingest', 'src/lib/editions']],
		['src/lib/editions', ['src/lib/ingest', 'src/lib/translations']],
		['src/lib/content', ['src/lib/ingest', 'src/lib/translations', 'src/lib/editions']],
	])('%s reaches none of %j, not even through another module', (folder, others) => {
		for (const other of others) {
			const chain = importChain(graph, modules(folder), under(other));
			expect(chain, `${folder} reaches ${other}: ${chain?.join(' → ')}`).toBeUndefined();
		}
	});

	it('the build never reaches ingest: pages, collection, Astro config and integration, editions', () => {
		const build = [
			...modules('src/pages'),
			...modules('src/lib/build'),
			...modules('src/lib/editions'),
			'src/content.config.ts',
			'src/middleware.ts',
			'astro.config.mjs',
		];
		expect(reachableFrom(graph, build).size).toBeGreaterThan(build.length);
		const chain = importChain(graph, build, under('src/lib/ingest'));
		expect(chain, `the build reaches ingest: ${chain?.join(' → ')}`).toBeUndefined();
	});
});

describe('the lint rule (eslint.config.mjs no-restricted-imports)', () => {
	// The project's own config, with only the rule under test and without the type-aware parser
	// (the probe files do not exist on disk, so TypeScript's project service would refuse them).
	const eslint = new ESLint({
		cwd: ROOT,
		overrideConfig: [
			tseslint.configs.disableTypeChecked,
			{ languageOptions: { parserOptions: { projectService: false, project: false } } },
		],
		ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
	});
	const problems = async (file: string, from: string) => {
		const code = `import { x } from '${from}';\nexport const y = x;\n`;
		const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
		return result!.messages.map((message) => `${message.ruleId}: ${message.message}`);
	};

	it.each([
		['src/lib/editions/probe.ts', '../ingest/write.ts', 'ingest'],
		['src/lib/editions/data/probe.ts', '../../ingest/pipeline.ts', 'ingest'],
		['src/lib/editions/probe.ts', '../translations/memory.ts', 'translations'],
		['src/lib/translations/probe.ts', '../ingest/render-mdx.ts', 'ingest'],
		['src/lib/translations/check/probe.ts', '../../editions/model.ts', 'editions'],
		['src/lib/ingest/probe.ts', '../translations/units.ts', 'translations'],
		['src/lib/content/probe.ts', '../ingest/write.ts', 'ingest'],
	])('refuses %s importing %s', async (file, from, subsystem) => {
		const found = await problems(file, from);
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(/^no-restricted-imports: .*src\/lib\/content\//);
		expect(found[0]).toContain(`${subsystem} is a subsystem of its own`);
	});

	it.each([
		['src/lib/editions/probe.ts', '../content/tmx.ts'],
		['src/lib/translations/probe.ts', '../content/page-units.ts'],
		['src/lib/ingest/probe.ts', '../content/mdx-body.ts'],
		['src/lib/ingest/probe.ts', './write.ts'],
		['src/lib/editions/pdf/probe.ts', '../model.ts'],
	])('lets %s import %s', async (file, from) => {
		expect(await problems(file, from)).toEqual([]);
	});
});
