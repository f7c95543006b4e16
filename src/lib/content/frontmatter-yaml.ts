/**
 * Frontmatter YAML that every reader reads the same way. The tools write it with
 * the `yaml` package (YAML 1.2); the build reads it with the content layer's
 * reader, `parseFrontmatter` of `@astrojs/internal-helpers` (js-yaml 4, whose
 * default schema also reads timestamps). A string such as `2022-12-31` is a
 * plain string to the first and a Date to the second, so the writer quotes every
 * string the build's reader would not read back as the same string.
 *
 * @see node_modules/@astrojs/mdx/dist/utils.js (safeParseFrontmatter)
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { Document, isScalar, isSeq, parse, Scalar, stringify, visit } from 'yaml';

/**
 * Reads the frontmatter of an MDX file exactly as the build does (the same
 * function `@astrojs/mdx` calls). Throws js-yaml's YAMLException on bad YAML.
 */
export function readFrontmatterAsBuild(mdx: string): Record<string, unknown> {
	return parseFrontmatter(mdx, { frontmatter: 'remove' }).frontmatter as Record<string, unknown>;
}

/** Whether the build's reader reads a string, written plain by the `yaml` package, as itself. */
function readsBackAsItself(value: string): boolean {
	const text = stringify({ v: value }, { lineWidth: 0 });
	try {
		return readFrontmatterAsBuild(`---\n${text}---\n`)['v'] === value;
	} catch {
		return false;
	}
}

/**
 * Serialises frontmatter as YAML (no line wrapping), double-quoting every string
 * that the build's reader would read as something else. A list of numbers
 * inside a list (a page's `source.paragraphs`) is written one item a line,
 * `- [12, 14]`, so that item N reads as paragraph N.
 *
 * @example stringifyFrontmatter({ byline: '2022-12-31', title: 'a' }) // 'byline: "2022-12-31"\ntitle: a\n'
 * @example stringifyFrontmatter({ paragraphs: [[3], [5, 7]] }) // 'paragraphs:\n  - [3]\n  - [5, 7]\n'
 */
export function stringifyFrontmatter(data: object): string {
	const doc = new Document(data);
	visit(doc, {
		Scalar(_, node) {
			if (typeof node.value === 'string' && !readsBackAsItself(node.value))
				node.type = Scalar.QUOTE_DOUBLE;
		},
		Seq(_, node, path) {
			const numbers = node.items.every((item) => isScalar(item) && typeof item.value === 'number');
			if (numbers && isSeq(path.at(-1))) node.flow = true;
		},
	});
	return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/**
 * The first place where two readings of the same YAML differ, as a dotted path
 * with both values, or `undefined` when they agree.
 *
 * @example firstDifference({ a: { b: 1 } }, { a: { b: 2 } }) // 'a.b: 1 against 2'
 */
export function firstDifference(a: unknown, b: unknown, path = ''): string | undefined {
	const show = (v: unknown) =>
		v instanceof Date ? `a date (${v.toISOString()})` : JSON.stringify(v) ?? String(v);
	const here = path || '(root)';
	if (a === b) return undefined;
	if (a instanceof Date || b instanceof Date || typeof a !== 'object' || typeof b !== 'object')
		return `${here}: ${show(a)} against ${show(b)}`;
	if (a === null || b === null || Array.isArray(a) !== Array.isArray(b))
		return `${here}: ${show(a)} against ${show(b)}`;
	const ra = a as Record<string, unknown>;
	const rb = b as Record<string, unknown>;
	const keys = [...new Set([...Object.keys(ra), ...Object.keys(rb)])];
	for (const key of keys) {
		const diff = firstDifference(ra[key], rb[key], path ? `${path}.${key}` : key);
		if (diff) return diff;
	}
	return undefined;
}

/**
 * Whether the build's reader and the `yaml` package read a frontmatter block
 * the same way; returns the first difference (`byline: "2022-12-31" against a
 * date (…)`), or `undefined`.
 */
export function readersDisagree(mdx: string, yamlText: string): string | undefined {
	return firstDifference(parse(yamlText) as unknown, readFrontmatterAsBuild(mdx));
}
