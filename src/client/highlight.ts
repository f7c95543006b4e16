/**
 * The highlight script (`_app/highlight.<hash>.js`): on the page a search result
 * lands on (`…/legal-affairs/?highlight=立法&highlight=监督#p3`), marks the words
 * wherever they stand in the report's text, the same hosted and offline (the
 * bootstrap loads it only when the URL asks). Pagefind ships a highlighter
 * (`pagefind-highlight.js`), but as a module script of 44 KB, which Chromium
 * refuses to run from file://; this does the same for the archive's words: the
 * forms the result found (the search passes each form that stands on the page),
 * Han words as they are, other words whole, case ignored. Only a background
 * colour is added, so nothing moves.
 */

const HAN = /\p{Script=Han}/u;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern for all the words, longest first; a word without Han characters only whole. */
function wordsPattern(words: string[]): RegExp | undefined {
	const alternatives = [...new Set(words)]
		.filter((word) => word.trim() !== '')
		.sort((a, b) => b.length - a.length)
		.map((word) =>
			HAN.test(word)
				? escapeRegExp(word)
				: `(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`
		);
	return alternatives.length > 0 ? new RegExp(alternatives.join('|'), 'giu') : undefined;
}

/** The text nodes of the indexed text (what the search found the words in), ignored parts left out. */
function textNodes(root: Element): Text[] {
	const nodes: Text[] = [];
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) =>
			node.parentElement?.closest('[data-pagefind-ignore], script, style')
				? NodeFilter.FILTER_REJECT
				: NodeFilter.FILTER_ACCEPT,
	});
	while (walker.nextNode()) nodes.push(walker.currentNode as Text);
	return nodes;
}

/** Wraps each match of the pattern in a text node in <mark class="search-hit">. */
function markMatches(node: Text, pattern: RegExp): void {
	const text = node.data;
	const matches = [...text.matchAll(pattern)];
	if (matches.length === 0) return;
	const parts: Node[] = [];
	let at = 0;
	for (const match of matches) {
		if (match.index > at) parts.push(document.createTextNode(text.slice(at, match.index)));
		const mark = document.createElement('mark');
		mark.className = 'search-hit';
		mark.textContent = match[0];
		parts.push(mark);
		at = match.index + match[0].length;
	}
	if (at < text.length) parts.push(document.createTextNode(text.slice(at)));
	node.replaceWith(...parts);
}

const pattern = wordsPattern(new URLSearchParams(location.search).getAll('highlight'));
const body = document.querySelector('[data-pagefind-body]');
if (pattern && body) for (const node of textNodes(body)) markMatches(node, pattern);
