/**
 * Validates a report page as the build will read it, before any tool writes it:
 * the frontmatter through the content layer's own YAML reader (which must read
 * it as the writer's reader does), the collection's zod schema, the body
 * through MDX's parser (nothing but paragraphs, `##` headings, text and the
 * editorial marks: no expression, import, export or other component, which
 * would run at build time), and every text of both against the character rules.
 * What passes builds; each problem names the file, the line or field, and why.
 */
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { splitFrontmatter } from './mdx-page.ts';
import { formatIssues, ReportSchema } from '../schemas.ts';
import { readersDisagree, readFrontmatterAsBuild } from './frontmatter-yaml.ts';
import { refusalMessages } from './text-rules.ts';

/** The editorial mark components of src/components/marks/, the only ones a body may use. */
const MARK_NAMES = new Set(['Join', 'Note', 'Lacuna', 'Duplicate', 'Truncation']);

/** Node types a report body consists of (besides the marks). */
const BODY_NODES = new Set(['root', 'paragraph', 'heading', 'text']);

function frontmatterStrings(value: unknown, path: string, out: [string, string][]): void {
	if (typeof value === 'string') out.push([path, value]);
	else if (Array.isArray(value))
		value.forEach((v, i) => frontmatterStrings(v, `${path}.${i}`, out));
	else if (value && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) frontmatterStrings(v, path ? `${path}.${k}` : k, out);
}

/** A mark must be `<Name n="N" />`: a known component, one literal attribute, no children. */
function isMark(node: Nodes): boolean {
	if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return false;
	const [attribute, ...rest] = node.attributes;
	return (
		MARK_NAMES.has(node.name ?? '') &&
		rest.length === 0 &&
		node.children.length === 0 &&
		attribute?.type === 'mdxJsxAttribute' &&
		attribute.name === 'n' &&
		typeof attribute.value === 'string' &&
		/^[1-9]\d*$/.test(attribute.value)
	);
}

function checkBodyNode(node: Nodes, at: (line: number) => string, problems: string[]): void {
	const line = node.position?.start.line ?? 1;
	if (node.type === 'text') {
		problems.push(...refusalMessages(node.value, (l) => at(line + l - 1)));
		return;
	}
	if (node.type === 'heading' && node.depth !== 2)
		problems.push(`${at(line)}: a level-${node.depth} heading; report pages use ## only`);
	else if (!BODY_NODES.has(node.type) && node.type !== 'heading' && !isMark(node)) {
		const what = 'name' in node && node.name ? `<${node.name}>` : node.type;
		problems.push(
			`${at(line)}: ${what} is not part of a report page (only paragraphs, ## headings, text and the marks ${[...MARK_NAMES].join(', ')})`
		);
		return;
	}
	if ('children' in node) for (const child of node.children) checkBodyNode(child, at, problems);
}

function checkBody(body: string, at: (line: number) => string): string[] {
	let tree: Root;
	try {
		tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
	} catch (error) {
		const place = (error as { line?: number }).line ?? 1;
		return [`${at(place)}: MDX cannot parse the body: ${(error as Error).message}`];
	}
	const problems: string[] = [];
	checkBodyNode(tree, at, problems);
	return problems;
}

/**
 * Every problem the build would have with a page file (none: it builds).
 *
 * @param path how messages name the file, e.g. `content/2031/en/legal-affairs.mdx`
 * @example validatePage('x.mdx', '---\ntitle: x\n---\n\ntext\n')[0] // 'x.mdx: (root): Invalid input' (a report needs more fields)
 */
export function validatePage(path: string, text: string): string[] {
	const parts = splitFrontmatter(text);
	if (!parts) return [`${path}: no frontmatter`];
	let data: Record<string, unknown>;
	try {
		data = readFrontmatterAsBuild(text);
	} catch (error) {
		const mark = (error as { mark?: { line: number } }).mark;
		return [
			`${path}:${(mark?.line ?? 0) + 2}: the build cannot read the frontmatter: ${(error as { reason?: string }).reason ?? (error as Error).message}`,
		];
	}
	const disagreement = readersDisagree(text, parts.yaml);
	if (disagreement)
		return [`${path}: frontmatter ${disagreement}: the build reads it otherwise than written`];
	const problems: string[] = [];
	const checked = ReportSchema.safeParse(data);
	if (!checked.success) problems.push(formatIssues(path, checked.error));
	const strings: [string, string][] = [];
	frontmatterStrings(data, '', strings);
	for (const [field, value] of strings)
		problems.push(...refusalMessages(value, () => `${path}: ${field}`));
	const offset = text.slice(0, text.length - parts.body.length).split('\n').length - 1;
	problems.push(...checkBody(parts.body, (line) => `${path}:${line + offset}`));
	return problems;
}
