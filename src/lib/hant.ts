/**
 * The Traditional Chinese edition: the Simplified pages converted at build time
 * with opencc-js (a JavaScript port of OpenCC's phrase-aware dictionaries).
 *
 * The table is `cn` → `tw`: Simplified (mainland) characters to the standard
 * Traditional forms of Taiwan's Ministry of Education, characters only.
 * Compared on the 2022 text (15,474 characters) with Debian's OpenCC presets:
 * - the phrase dictionaries decide the ambiguous characters the same way in
 *   every preset for most words (桑干河 → 桑乾河 but 干部 → 幹部, 后 → 後, 头发 →
 *   頭髮 but 发展 → 發展), but not for all: `t` and `hk` read 人参加 (in 110人参加)
 *   as 人蔘加, ginseng, where `tw` writes 人參加;
 * - some errors are in every preset (保护发展 → 保護髮展: 护发, hair care, read
 *   across the words): the reviewed corrections in src/data/hant-overrides.json
 *   are applied after every conversion (src/lib/content/hant-overrides.ts);
 * - `twp` also replaces mainland vocabulary with Taiwanese words (网络 → 網路,
 *   软件 → 軟體, 信息 → 資訊): that would put words in the mouth of a mainland
 *   text, so it is ruled out;
 * - `t` (OpenCC's own standard) writes 爲, 羣衆, 着, forms few readers see in
 *   print today; `tw` writes 為, 群眾, 著 (76 characters differ from `t` on this
 *   text, all of them such variants);
 * - `hk` differs from `tw` in a handful of variants (衞, 台, 脱): both are
 *   character-level; `tw` is the form most Traditional print and input methods use.
 * - Variants left as OpenCC writes them: 公佈 and 發佈 (the Ministry's dictionary
 *   lists them under 公布 and 發布; the meaning is the same), 平臺 (平台 in Hong Kong).
 *
 * Where the conversion happens: after Astro renders a page (see
 * src/middleware.ts), on its HTML, so that everything a reader sees is converted
 * the same way: the report text, the editorial apparatus, titles, committee
 * names, labels. What is marked as another language (`lang="zh-Hans"`: the
 * source quoted as printed in the editorial notes, the link to the Simplified
 * edition) or is no text (URLs, ids, scripts) is left alone.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import * as OpenCC from 'opencc-js';
import { applyHantOverrides } from './content/hant-overrides.ts';

/** The BCP 47 tag of the converted text: what `lang` says for text to convert. */
export const HANT_LANG = 'zh-Hant';

const convert = OpenCC.Converter({ from: 'cn', to: 'tw' });

/**
 * Converts Simplified Chinese text to Traditional characters (`cn` → `tw`,
 * phrase-aware, vocabulary unchanged), with the reviewed corrections of
 * src/data/hant-overrides.json. Characters that are not Han pass through.
 *
 * @example toHant('大同市桑干河流域') // '大同市桑乾河流域'
 * @example toHant('干部群众') // '幹部群眾'
 * @example toHant('生态保护发展') // '生態保護發展' (OpenCC alone: 保護髮展)
 */
export function toHant(text: string): string {
	return applyHantOverrides(text, convert(text));
}

/**
 * Attributes whose value is text for readers. Every other attribute (href, id,
 * class, data-*) is left alone, except the committee filter Pagefind reads.
 */
const TEXT_ATTRIBUTES = new Set(['title', 'ariaLabel', 'alt', 'placeholder', 'dataPagefindFilter']);

/** Open Graph properties whose content is text (the others are URLs, locales, types). */
const OPEN_GRAPH_TEXT = new Set(['og:title', 'og:description', 'og:site_name']);

/** Structured data for search engines (JSON-LD): its strings are the page's text, so it is converted too. */
function isJsonLd(element: Element): boolean {
	return element.tagName === 'script' && element.properties['type'] === 'application/ld+json';
}

function isTextAttribute(element: Element, property: string): boolean {
	if (TEXT_ATTRIBUTES.has(property)) return true;
	// The committee filter's options carry the committee's name as their value.
	if (property === 'value') return element.tagName === 'option';
	if (property === 'content') {
		if (element.tagName !== 'meta') return false;
		return (
			element.properties['name'] === 'description' ||
			OPEN_GRAPH_TEXT.has(String(element.properties['property']))
		);
	}
	return false;
}

interface Edit {
	start: number;
	end: number;
}

/** Where a node or an attribute is in the source (hast positions). */
type Span = RootContent['position'];

/**
 * Converts the text of an HTML page that is in Traditional Chinese (whose
 * nearest `lang` is `zh-Hant`) from Simplified characters: text nodes and the
 * attributes readers see (`title`, `aria-label`, `alt`, `placeholder`, the
 * description and Open Graph text, `<option value>` and Pagefind filters) and
 * the JSON-LD. Text in another language (`lang="zh-Hans"`, `lang="en"`),
 * scripts and styles are left as they are, and so is every byte of markup:
 * only the converted stretches change.
 *
 * @example convertHtmlToHant('<p lang="zh-Hant">后来<q lang="zh-Hans">后来</q></p>')
 * // '<p lang="zh-Hant">後來<q lang="zh-Hans">后来</q></p>'
 */
export function convertHtmlToHant(html: string): string {
	if (!html.includes(HANT_LANG)) return html;
	const tree: Root = fromHtml(html, { verbose: true });
	const edits: Edit[] = [];
	const add = (position: Span) => {
		const start = position?.start.offset;
		const end = position?.end.offset;
		if (start !== undefined && end !== undefined && end > start) edits.push({ start, end });
	};
	const walk = (nodes: RootContent[], hant: boolean) => {
		for (const node of nodes) {
			if (node.type === 'text' && hant) add(node.position);
			if (node.type !== 'element') continue;
			const lang = node.properties['lang'];
			const inHant =
				typeof lang === 'string' ? lang.toLowerCase().startsWith(HANT_LANG.toLowerCase()) : hant;
			if (inHant) {
				const positions = node.data?.position?.properties ?? {};
				for (const property of Object.keys(node.properties)) {
					if (isTextAttribute(node, property)) add(positions[property] ?? undefined);
				}
			}
			// JSON stays JSON: the conversion changes Han characters only.
			if (isJsonLd(node) && inHant) for (const child of node.children) add(child.position);
			if (node.tagName === 'script' || node.tagName === 'style') continue;
			walk(node.children, inHant);
			if (node.tagName === 'template' && node.content) walk(node.content.children, inHant);
		}
	};
	walk(tree.children, false);
	// Markup and entities are ASCII, which the conversion leaves as is: converting the
	// source stretch of a node (entities included) is converting its text.
	let out = '';
	let at = 0;
	for (const edit of edits.sort((a, b) => a.start - b.start)) {
		if (edit.start < at) continue;
		out += html.slice(at, edit.start) + toHant(html.slice(edit.start, edit.end));
		at = edit.end;
	}
	return out + html.slice(at);
}
