/**
 * Hand edits to an English page that an import or `--mark-current` would drop.
 * Those tools rebuild a page from its units (frontmatter fields, paragraphs and
 * headings as text with their marks), so whatever a page holds beyond its units
 * — `*emphasis*`, a link, a comment, a field the schema does not know, YAML
 * written another way — would be lost. The criterion is simple and robust:
 * re-render the page from its own units; if that does not give the file byte
 * for byte, it was edited by hand, and the tools refuse to touch it.
 */
import { stringifyFrontmatter } from '../content/frontmatter-yaml.ts';
import { refusalMessages } from '../content/text-rules.ts';
import { validatePage } from '../content/validate-page.ts';
import { describePageDifferences } from '../content/page-diff.ts';
import { splitFrontmatter } from '../content/mdx-page.ts';
import { EnReportSchema } from '../schemas.ts';
import type { Block, Inline } from '../content/page-model.ts';
import { MARK_COMPONENTS, renderBody } from '../content/mdx-body.ts';
import { type PageBlock, parsePageFile, type UnitInline } from '../content/page-units.ts';

const TYPE_OF = new Map<string, keyof typeof MARK_COMPONENTS>(
	Object.entries(MARK_COMPONENTS).map(([type, name]) => [
		name,
		type as keyof typeof MARK_COMPONENTS,
	])
);

function toInline(inline: UnitInline): Inline {
	if (inline.type === 'text') return inline;
	const type = TYPE_OF.get(inline.name);
	if (type !== 'join' && type !== 'note') throw new Error(`<${inline.name}> inside a paragraph`);
	return { type, n: inline.n };
}

function toBlock(block: PageBlock): Block {
	if (block.type === 'paragraph')
		return { type: 'paragraph', n: block.index, lines: [], inlines: block.inlines.map(toInline) };
	if (block.type === 'heading') return { type: 'heading', line: 0, text: block.text };
	const type = TYPE_OF.get(block.name);
	if (!type || type === 'join' || type === 'note') throw new Error(`<${block.name}> as a block`);
	return { type, n: block.n };
}

/**
 * The page as the tools would write it from its own units, or why it cannot be
 * rebuilt (a field the schema refuses, a construct that is no unit).
 */
function reRender(raw: string, path: string): { mdx: string } | { why: string } {
	let page;
	try {
		page = parsePageFile(raw, path);
	} catch (error) {
		return { why: `its body holds what no unit can: ${(error as Error).message}` };
	}
	const checked = EnReportSchema.safeParse(page.frontmatter);
	if (!checked.success)
		return {
			why: `its frontmatter is not what the tools write (${checked.error.issues.map((i) => `${i.path.join('.') || 'keys'}: ${i.message}`).join('; ')})`,
		};
	try {
		const body = renderBody(page.blocks.map(toBlock));
		return { mdx: `---\n${stringifyFrontmatter(page.frontmatter)}---\n\n${body}` };
	} catch (error) {
		return { why: `its body holds what no unit can: ${(error as Error).message}` };
	}
}

/**
 * What an English page holds that a tool rebuilding it would drop: an empty
 * list when the page is exactly what the tools write.
 *
 * @param path how messages name the file, e.g. `content/2031/en/legal-affairs.mdx`
 * @example englishHandEdits(raw.replace('the Committee', 'the *Committee*'), path) // ['body line 19 (…)']
 */
export function englishHandEdits(raw: string, path: string): string[] {
	// Line endings are no edit: a Windows checkout writes CRLF, the tools LF.
	const text = raw.replace(/\r\n?/g, '\n');
	if (!splitFrontmatter(text)) return ['its frontmatter is gone'];
	const rebuilt = reRender(text, path);
	if ('why' in rebuilt) return [rebuilt.why];
	if (rebuilt.mdx === text) return [];
	return describePageDifferences(text, rebuilt.mdx).map((difference) =>
		difference.startsWith('body line')
			? `${difference} (Markdown formatting or text the units do not hold)`
			: difference
	);
}

/**
 * The refusal for a hand-edited English page, or `undefined` when there is
 * none: the file, what differs, and the ways on.
 *
 * @param tool what would rewrite the page: `import`, `--mark-current`
 */
export function englishHandEditProblem(
	raw: string,
	path: string,
	tool: string
): string | undefined {
	const edits = englishHandEdits(raw, path);
	if (edits.length === 0) return undefined;
	return `${path} was edited by hand, and ${tool} would drop the edit: ${edits.join('; ')}. Undo the edit (git diff shows it), or carry it into the translation as plain text and import that.`;
}

/**
 * What refuses writing an English page in an import: a hand edit the new page
 * would drop, and every problem the build would have with the new page
 * (src/lib/content/validate-page.ts).
 *
 * @param existing the page on disk, if there is one
 * @param path the page's path, as messages name it
 * @param mdx the page the import would write
 */
export function importPageProblems(
	existing: string | undefined,
	path: string,
	mdx: string
): string[] {
	const handEdit =
		existing === undefined ? undefined : englishHandEditProblem(existing, path, 'the import');
	return [...(handEdit ? [handEdit] : []), ...validatePage(path, mdx)];
}

/**
 * The characters of a translation target the archive refuses (see
 * src/lib/content/text-rules.ts), one message each: code point, name, why, where.
 *
 * @example targetCharacterProblems('a\u202Eb') // ['U+202E RIGHT-TO-LEFT OVERRIDE (…) at character 2 of the target']
 */
export function targetCharacterProblems(target: string): string[] {
	return refusalMessages(target.replace(/\r\n?|\n/g, ' '), () => '').map((message) =>
		message.replace(/^: /, '').replace(/ at column (\d+)$/, ' at character $1 of the target')
	);
}
