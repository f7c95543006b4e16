/**
 * A Pagefind result's text as the search semantics read it (run.ts): the text
 * Pagefind stored for the page, character for character, with its anchors moved from word
 * positions to character offsets, so that excerpts quote the page's own
 * characters. Shared with the browser bundle: no imports.
 */
import type { Anchor } from './paragraph.ts';

/** What `result.data()` gives of a page that this module reads. */
export interface PagefindPageData {
	content: string;
	/** Pagefind's escaped content with the index's word separators (typed "internal" in 1.6). */
	raw_content?: string;
	anchors: Anchor[];
}

/** The characters an HTML escape may stand for in `raw_content`, by entity. */
const ENTITIES: [string, string][] = [
	['&lt;', '<'],
	['&gt;', '>'],
	['&amp;', '&'],
	['&quot;', '"'],
	['&#39;', "'"],
];

/**
 * The page's text with the index's word separators. Pagefind 1.6 hands over
 * `raw_content` as its text with the separators and with `<` and `>` escaped,
 * but not `&`, so a text's own `&lt;` stands there just as an escaped `<` does;
 * `content` is the text itself without the separators. Reading the two side by
 * side tells them apart: an entity in `raw_content` is an escape exactly where
 * `content` has its character and not the entity. The rest of `raw_content`
 * that `content` lacks is separators.
 *
 * @example separatedText({ content: '<b>&lt;', raw_content: '&lt;b&gt;\u200B&lt;', anchors: [] }) // '<b>\u200B&lt;'
 */
function separatedText(data: PagefindPageData): string {
	const { content, raw_content: raw } = data;
	if (raw === undefined) return content;
	let text = '';
	let c = 0;
	for (let r = 0; r < raw.length;) {
		const escape = ENTITIES.find(
			([entity, char]) =>
				raw.startsWith(entity, r) && content[c] === char && !content.startsWith(entity, c)
		);
		if (escape) {
			text += escape[1];
			r += escape[0].length;
			c += 1;
		} else {
			if (raw[r] === content[c]) c += 1;
			text += raw[r];
			r += 1;
		}
	}
	return text;
}

/**
 * A Pagefind result's text, with its anchors moved from word positions to
 * character offsets. Pagefind counts words at the zero-width spaces of the
 * archive's Chinese index (see cjk.ts), else at white space.
 *
 * @example pagefindText({ content: '<b> &lt;', raw_content: '&lt;b&gt; &lt;', anchors: [{ id: 'p1', location: 1 }] }) // { text: '<b> &lt;', anchors: [{ id: 'p1', location: 4 }] }
 */
export function pagefindText(data: PagefindPageData): { text: string; anchors: Anchor[] } {
	// Without raw_content (a later Pagefind may drop it) Chinese word positions cannot be
	// recovered: the anchors then point at the wrong places, and results land less precisely.
	const separated = separatedText(data);
	const chinese = separated.includes('\u200B');
	// Pagefind ends a block without final punctuation with '. ', a word of its own in the Chinese
	// index: a line break there, as in the offline index's text, keeps it out of excerpts.
	const words = (chinese ? separated.split('\u200B') : separated.split(/\s+/)).map((word) =>
		chinese && word === '. ' ? '\n' : word
	);
	const joiner = chinese ? '' : ' ';
	const offsets: number[] = [];
	let length = 0;
	for (const word of words) {
		offsets.push(length);
		length += word.length + joiner.length;
	}
	const text = words.join(joiner);
	const anchors = data.anchors.map((a) => ({
		id: a.id,
		location: offsets[a.location] ?? text.length,
	}));
	return { text, anchors };
}
