/**
 * What differs between two versions of a page file, as a person would name it:
 * the frontmatter fields whose values differ, comments or formatting of the
 * frontmatter, and the first body lines that differ (as lines of the file).
 */
import { parse } from 'yaml';
import { splitFrontmatter } from './mdx-page.ts';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function readYaml(text: string): Record<string, unknown> | undefined {
	try {
		const data = parse(text) as unknown;
		return data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
	} catch {
		return undefined;
	}
}

/** Dotted names of the fields whose values differ, one level into objects. */
function fieldDifferences(
	a: Record<string, unknown>,
	b: Record<string, unknown>,
	ignore: readonly string[]
): string[] {
	const names: string[] = [];
	for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
		if (ignore.includes(key) || same(a[key], b[key])) continue;
		const [x, y] = [a[key], b[key]];
		const nested =
			x && y && typeof x === 'object' && typeof y === 'object' && !Array.isArray(x)
				? fieldDifferences(x as Record<string, unknown>, y as Record<string, unknown>, [])
				: [];
		const label = (name: string) => (key in a ? (key in b ? name : `${name} (added)`) : `${name} (removed)`);
		names.push(...(nested.length > 0 ? nested.map((n) => `${key}.${n}`) : [label(key)]));
	}
	return names;
}

/** The file line numbers of the first `limit` body lines that differ. */
function bodyLineDifferences(a: string, b: string, offset: number, limit = 3): number[] {
	const [la, lb] = [a.split('\n'), b.split('\n')];
	const lines: number[] = [];
	for (let i = 0; i < Math.max(la.length, lb.length) && lines.length < limit; i += 1)
		if (la[i] !== lb[i]) lines.push(i + 1 + offset);
	return lines;
}

/**
 * What differs between a page file on disk and another version of it (what a
 * tool would write), e.g. `['title', 'editorial', 'body line 31']`. Fields named
 * in `ignore` (a hash that always differs) are left out.
 *
 * @example describePageDifferences('---\na: 1\n---\n\nx\n', '---\na: 2\n---\n\ny\n') // ['a', 'body line 5']
 */
export function describePageDifferences(
	current: string,
	other: string,
	ignore: readonly string[] = []
): string[] {
	const text = current.replace(/\r\n?/g, '\n');
	const [a, b] = [splitFrontmatter(text), splitFrontmatter(other.replace(/\r\n?/g, '\n'))];
	if (!a || !b) return [a ? 'the frontmatter of the other version' : 'the frontmatter is gone'];
	const [ya, yb] = [readYaml(a.yaml), readYaml(b.yaml)];
	const found: string[] = [];
	if (!ya) found.push('the frontmatter is no longer valid YAML');
	else if (yb) found.push(...fieldDifferences(ya, yb, ignore));
	const withoutIgnored = (yaml: string) =>
		yaml
			.split('\n')
			.filter((line) => !ignore.some((name) => line.startsWith(`${name}:`)))
			.join('\n');
	if (found.length === 0 && withoutIgnored(a.yaml) !== withoutIgnored(b.yaml))
		found.push('comments or formatting of the frontmatter');
	const offset = text.slice(0, text.length - a.body.length).split('\n').length - 1;
	found.push(...bodyLineDifferences(a.body, b.body, offset).map((n) => `body line ${n}`));
	return found;
}
