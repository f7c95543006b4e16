import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';

/** What the notes of a prose document are called, in its language. */
const NOTES = {
	zh: { label: '注释', back: (n: string) => `返回正文第${n}处` },
	en: { label: 'Notes', back: (n: string) => `Back to reference ${n}` },
} as const;

/** A prose file's language and a key unique among the prose documents, from its path. */
export interface ProsePlace {
	lang: keyof typeof NOTES;
	/** `about-cite` for `content/prose/zh/about/cite.md`. */
	key: string;
}

/**
 * Where a file sits in the prose collection, or `undefined` for any other file.
 *
 * @example prosePlace('/site/content/prose/zh/about/cite.md') // { lang: 'zh', key: 'about-cite' }
 */
export function prosePlace(path: string | undefined): ProsePlace | undefined {
	const match = /[\\/]prose[\\/](zh|en)[\\/](.+)\.md$/.exec(path ?? '');
	if (!match) return undefined;
	return { lang: match[1] as ProsePlace['lang'], key: match[2]!.replace(/[\\/]/g, '-') };
}

/**
 * The prose's HTML as the site shows it: every table in a `.table-wrap` (it
 * scrolls on its own on a phone, the page does not), and the GFM footnotes in
 * the document's language (their heading, hidden as the site hides text, and
 * the links back) with ids of their own (`about-cite-fn-1`), so that two
 * documents on one page never share one.
 */
export function rehypeProse() {
	return (tree: Root, file: { path?: string | undefined }) => {
		wrapTables(tree);
		const place = prosePlace(file.path);
		if (place) localizeNotes(tree, place);
	};
}

function wrapTables(parent: Root | Element): void {
	parent.children = parent.children.map((child) => {
		if (child.type !== 'element') return child;
		if (child.tagName !== 'table') {
			wrapTables(child);
			return child;
		}
		const wrap: Element = {
			type: 'element',
			tagName: 'div',
			properties: { className: ['table-wrap'] },
			children: [child],
		};
		return wrap;
	});
}

function localizeNotes(node: Root | RootContent | ElementContent, place: ProsePlace): void {
	if (node.type === 'element') relabel(node, place);
	if ('children' in node) for (const child of node.children) localizeNotes(child, place);
}

/** One element's footnote ids, links and labels, as remark-rehype writes them, made the document's. */
function relabel(element: Element, place: ProsePlace): void {
	const props: Properties = element.properties;
	const own = (id: string) =>
		id === 'footnote-label' ? `${place.key}-notes` : id.replace(/^user-content-/, `${place.key}-`);
	if (props['id'] === 'footnote-label') {
		element.children = [{ type: 'text', value: NOTES[place.lang].label }];
		props['className'] = ['visually-hidden'];
	}
	if (typeof props['id'] === 'string') props['id'] = own(props['id']);
	if (typeof props['href'] === 'string' && props['href'].startsWith('#'))
		props['href'] = `#${own(props['href'].slice(1))}`;
	if (Array.isArray(props['ariaDescribedBy']))
		props['ariaDescribedBy'] = props['ariaDescribedBy'].map((id) => own(String(id)));
	const back = /(\d+(?:-\d+)?)$/.exec(String(props['ariaLabel'] ?? ''));
	if (props['dataFootnoteBackref'] !== undefined && back)
		props['ariaLabel'] = NOTES[place.lang].back(back[1]!);
}
