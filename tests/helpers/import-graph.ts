/**
 * The module graph of the project as its source states it: every static and
 * dynamic import of a `.ts`, `.mjs` or `.astro` file (an `.astro` file's
 * frontmatter and scripts), read with TypeScript's own import scanner. Only
 * relative imports are followed; packages and `astro:` modules are leaves.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** Module path (relative to the project root, `/`-separated) → the modules it imports. */
export type ImportGraph = Map<string, string[]>;

const SOURCE = /\.(ts|mts|mjs|js|astro)$/;

/** The script parts of an `.astro` file: its frontmatter and its `<script>` elements. */
function scriptOf(path: string, text: string): string {
	if (!path.endsWith('.astro')) return text;
	const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
	const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
	return [frontmatter, ...scripts].join('\n');
}

/** The relative imports of one file, resolved to project paths (query suffixes such as `?raw` dropped). */
function importsOf(root: string, file: string): string[] {
	const text = scriptOf(file, readFileSync(join(root, file), 'utf8'));
	const { importedFiles } = ts.preProcessFile(text, true, true);
	return importedFiles
		.map((imported) => imported.fileName.replace(/\?.*$/, ''))
		.filter((name) => name.startsWith('.'))
		.map((name) =>
			relative(root, resolve(root, dirname(file), name))
				.split('\\')
				.join('/')
		)
		.filter((path) => existsSync(join(root, path)) && statSync(join(root, path)).isFile());
}

/** Every source file under the given folders (and the given files), relative to `root`. */
function sourceFiles(root: string, entries: string[]): string[] {
	const files: string[] = [];
	const walk = (path: string) => {
		if (statSync(join(root, path)).isDirectory())
			for (const name of readdirSync(join(root, path))) walk(`${path}/${name}`);
		else if (SOURCE.test(path)) files.push(path);
	};
	for (const entry of entries) if (existsSync(join(root, entry))) walk(entry);
	return files.sort();
}

/** The import graph of the files under `entries` (folders or files, relative to `root`) and all they import. */
export function importGraph(root: string, entries: string[]): ImportGraph {
	const graph: ImportGraph = new Map();
	const queue = sourceFiles(root, entries);
	while (queue.length > 0) {
		const file = queue.pop()!;
		if (graph.has(file)) continue;
		const imports = SOURCE.test(file) ? importsOf(root, file) : [];
		graph.set(file, imports);
		queue.push(...imports.filter((path) => !graph.has(path)));
	}
	return graph;
}

/**
 * The import circles of a graph among the modules `inside` accepts, each as the
 * modules it joins (`a.ts ⇄ b.ts`): Tarjan's strongly connected components of
 * more than one module, and modules that import themselves.
 */
export function importCircles(graph: ImportGraph, inside: (path: string) => boolean): string[] {
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const circles: string[] = [];
	const visit = (node: string) => {
		index.set(node, index.size);
		low.set(node, index.get(node)!);
		stack.push(node);
		for (const next of (graph.get(node) ?? []).filter(inside)) {
			if (!index.has(next)) {
				visit(next);
				low.set(node, Math.min(low.get(node)!, low.get(next)!));
			} else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
		}
		if (low.get(node) !== index.get(node)) return;
		const component: string[] = [];
		let member: string;
		do {
			member = stack.pop()!;
			component.unshift(member);
		} while (member !== node);
		const selfImport = (graph.get(node) ?? []).includes(node);
		if (component.length > 1 || selfImport) circles.push(component.sort().join(' ⇄ '));
	};
	for (const node of [...graph.keys()].filter(inside)) if (!index.has(node)) visit(node);
	return circles;
}

/** Every module reachable from the given ones (themselves included). */
export function reachableFrom(graph: ImportGraph, starts: string[]): Set<string> {
	const seen = new Set<string>();
	const queue = [...starts];
	while (queue.length > 0) {
		const node = queue.pop()!;
		if (seen.has(node)) continue;
		seen.add(node);
		queue.push(...(graph.get(node) ?? []));
	}
	return seen;
}

/** The shortest chain of imports from one of `starts` to a module `isTarget` accepts, or `undefined`. */
export function importChain(
	graph: ImportGraph,
	starts: string[],
	isTarget: (path: string) => boolean
): string[] | undefined {
	const previous = new Map<string, string | undefined>(starts.map((start) => [start, undefined]));
	const queue = [...starts];
	while (queue.length > 0) {
		const node = queue.shift()!;
		if (isTarget(node)) {
			const chain = [node];
			for (let at = previous.get(node); at !== undefined; at = previous.get(at)) chain.unshift(at);
			return chain;
		}
		for (const next of graph.get(node) ?? [])
			if (!previous.has(next)) {
				previous.set(next, node);
				queue.push(next);
			}
	}
	return undefined;
}
