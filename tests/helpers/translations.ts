/** Scratch content folders and the translations command, for the translation tests. */
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { pairPages, type ReportPages } from '../../src/lib/content/report-pages.ts';
import { ROOT } from './site.ts';

export interface Run {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** Runs `npm run translations -- <args>` on a content folder. */
export function runTranslations(contentDir: string, ...args: string[]): Run {
	const result = spawnSync(
		join(ROOT, 'node_modules', '.bin', 'node'),
		[join(ROOT, 'scripts', 'translations.ts'), '--content', contentDir, ...args],
		{ cwd: ROOT, encoding: 'utf8' }
	);
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every report page of a content folder, by path relative to it. */
export function readContentFiles(dir: string): Map<string, string> {
	const files = new Map<string, string>();
	for (const path of readdirSync(dir, { recursive: true }).map(String).sort()) {
		if (/^\d{4}\/(zh|en)\/[a-z0-9-]+\.mdx$/.test(path.replace(/\\/g, '/')))
			files.set(path.replace(/\\/g, '/'), readFileSync(join(dir, path), 'utf8'));
	}
	return files;
}

/** The reports of a content folder, as the translation tools see them. */
export function readReports(dir = join(ROOT, 'content')): ReportPages[] {
	return pairPages(readContentFiles(dir));
}

/** Every file under a folder with its bytes, for "nothing changed" assertions. */
export function snapshot(dir: string): Record<string, string> {
	return Object.fromEntries(
		readdirSync(dir, { recursive: true })
			.map(String)
			.sort()
			.filter((f) => statSync(join(dir, f)).isFile())
			.map((f) => [f, readFileSync(join(dir, f), 'utf8')])
	);
}

/** A scratch copy of the real content/ folder. */
export function scratchContent(prefix = 'translations-'): string {
	const dir = join(mkdtempSync(join(tmpdir(), prefix)), 'content');
	cpSync(join(ROOT, 'content'), dir, { recursive: true });
	return dir;
}

/**
 * Adds to a content folder a fictional year `to` made of the Chinese pages of
 * `from` (no English), each body passed through `edit` (to change a few
 * paragraphs). A year `to` already there (the staged run adds one) is replaced.
 */
export function copyYear(
	dir: string,
	from: number,
	to: number,
	edit: (slug: string, body: string) => string = (_, body) => body
): void {
	rmSync(join(dir, String(to)), { recursive: true, force: true });
	mkdirSync(join(dir, String(to), 'zh'), { recursive: true });
	for (const name of readdirSync(join(dir, String(from), 'zh'))) {
		const text = readFileSync(join(dir, String(from), 'zh', name), 'utf8');
		const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
		writeFileSync(
			join(dir, String(to), 'zh', name),
			`---\n${yaml!.replace(/^year: \d+$/m, `year: ${to}`)}\n---\n${edit(name.replace(/\.mdx$/, ''), body!)}`
		);
	}
}

/** fast-xml-parser in order-preserving mode: how a test plays the translator's CAT tool. */
export const ORDERED = {
	preserveOrder: true,
	ignoreAttributes: false,
	trimValues: false,
	processEntities: true,
	htmlEntities: false,
} as const;
export type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

/** Every trans-unit of an ordered tree, with its id. */
export function transUnits(tree: OrderedNode[]): { id: string; node: OrderedNode }[] {
	const found: { id: string; node: OrderedNode }[] = [];
	const walk = (nodes: OrderedNode[]) => {
		for (const node of nodes) {
			if ('trans-unit' in node) found.push({ id: node[':@']!['@_id']!, node });
			for (const [key, value] of Object.entries(node))
				if (key !== ':@' && Array.isArray(value)) walk(value as OrderedNode[]);
		}
	};
	walk(tree);
	return found;
}

/** Sets (or replaces) a unit's target: `parts` are text or `{ x: id }` placeholders. */
export function setTarget(
	unit: OrderedNode,
	parts: (string | { x: string })[],
	state = 'translated'
): void {
	const children = (unit['trans-unit'] as OrderedNode[]).filter((c) => !('target' in c));
	const target: OrderedNode = {
		target: parts.map((p) =>
			typeof p === 'string' ? { '#text': p } : { x: [], ':@': { '@_id': p.x } }
		),
		':@': { '@_state': state },
	};
	const source = children.findIndex((c) => 'source' in c);
	children.splice(source + 1, 0, target);
	unit['trans-unit'] = children;
}

/** Rewrites an XLIFF file through fast-xml-parser, as a CAT tool would save it. */
export function editXliff(path: string, edit: (units: Map<string, OrderedNode>) => void): void {
	const tree = new XMLParser(ORDERED).parse(readFileSync(path, 'utf8')) as OrderedNode[];
	edit(new Map(transUnits(tree).map((u) => [u.id, u.node])));
	writeFileSync(path, new XMLBuilder({ ...ORDERED, suppressEmptyNode: true }).build(tree));
}
