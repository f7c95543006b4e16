import type { Html, Root, RootContent } from 'mdast';

/** The part of a VFile the check uses (a unified plugin is given the file being processed). */
interface CheckedFile {
	fail(reason: string, place: Html): never;
}

/**
 * Refuses raw HTML in the prose (an HTML comment excepted): the prose is
 * Markdown, and markup in it would bypass the page's structure and styles.
 * `<year>` in running text is the usual slip; it is written `\<year>`. The
 * error names the file, line and column.
 */
export function remarkProseChecks() {
	return (tree: Root, file: CheckedFile) => {
		const html = findRawHtml(tree);
		if (!html) return;
		const at = html.position?.start;
		file.fail(
			`${at ? `line ${at.line}, column ${at.column}: ` : ''}raw HTML ${JSON.stringify(html.value)} in prose: write Markdown, or escape a literal < as \\<`,
			html
		);
	};
}

function findRawHtml(node: Root | RootContent): Html | undefined {
	if (node.type === 'html') return /^<!--[\s\S]*-->$/.test(node.value.trim()) ? undefined : node;
	if (!('children' in node)) return undefined;
	for (const child of node.children) {
		const found = findRawHtml(child);
		if (found) return found;
	}
	return undefined;
}
