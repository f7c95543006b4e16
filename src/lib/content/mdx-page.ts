/**
 * An MDX page file as the tools read and write it: YAML frontmatter between
 * `---` lines (opened, on a generated page, by a comment saying so), a blank
 * line, then the body. Shared by ingest, the translation tools, the build's
 * plugins and the tests.
 */
import { stringifyFrontmatter } from './frontmatter-yaml.ts';

/**
 * Splits an MDX file into its YAML frontmatter and body.
 *
 * @example splitFrontmatter('---\na: 1\n---\n\nbody\n') // { yaml: 'a: 1', body: '\nbody\n' }
 */
export function splitFrontmatter(text: string): { yaml: string; body: string } | undefined {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
	return match ? { yaml: match[1]!, body: text.slice(match[0].length) } : undefined;
}

/**
 * Writes a page file: the frontmatter as YAML every reader reads the same way
 * (see frontmatter-yaml.ts), after an optional comment line, then the body.
 *
 * @param comment a YAML comment that opens the frontmatter, `# …`
 * @example joinPage({ title: 'a' }, 'text\n') // '---\ntitle: a\n---\n\ntext\n'
 */
export function joinPage(frontmatter: object, body: string, comment?: string): string {
	const head = comment === undefined ? '' : `${comment}\n`;
	return `---\n${head}${stringifyFrontmatter(frontmatter)}---\n\n${body}`;
}
