/** Reading the frontmatter of an MDX file: shared by ingest, the translations script and the tests. */

/**
 * Splits an MDX file into its YAML frontmatter and body.
 *
 * @example splitFrontmatter('---\na: 1\n---\n\nbody\n') // { yaml: 'a: 1', body: '\nbody\n' }
 */
export function splitFrontmatter(text: string): { yaml: string; body: string } | undefined {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
	return match ? { yaml: match[1]!, body: text.slice(match[0].length) } : undefined;
}
