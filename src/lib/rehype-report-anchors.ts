import type { Element, ElementContent, Root } from 'hast';
import { type Translate, useTranslations } from './i18n.ts';

/**
 * Gives every top-level paragraph of a report a stable anchor, `id="p1"`,
 * `id="p2"`, …, and every section heading `id="s1"`, `id="s2"`, …. Numbering
 * counts paragraphs only (editorial mark components are not paragraphs), so a
 * Chinese page and its translation, which have the same paragraphs in the same
 * order, have the same anchors and a citation lands on the same paragraph in
 * both. Each paragraph also gets a link to itself showing its number: the cite
 * control (src/client/citation.ts), named "Cite paragraph N" in the language of
 * the text it stands in (the folder of the page: `<year>/zh/` or `<year>/en/`).
 */
export function rehypeReportAnchors() {
	const strings = { zh: useTranslations('zh'), en: useTranslations('en') };
	return (tree: Root, file: { path?: string }) => {
		const lang = /[\\/](zh|en)[\\/][^\\/]+\.mdx$/.exec(file.path ?? '')?.[1] as
			'zh' | 'en' | undefined;
		const t = lang && strings[lang];
		let paragraphs = 0;
		let sections = 0;
		for (const node of tree.children) {
			if (node.type !== 'element') continue;
			if (node.tagName === 'p') {
				paragraphs += 1;
				const id = `p${paragraphs}`;
				node.properties = { ...node.properties, id, className: ['para'] };
				node.children.unshift(selfLink(id, paragraphs, t));
			} else if (/^h[2-6]$/.test(node.tagName)) {
				sections += 1;
				node.properties = { ...node.properties, id: `s${sections}` };
			}
		}
	};
}

function selfLink(id: string, n: number, t: Translate | undefined): ElementContent {
	const link: Element = {
		type: 'element',
		tagName: 'a',
		properties: {
			className: ['pn'],
			href: `#${id}`,
			...(t && { ariaLabel: t('reading.citeParagraph', { n }) }),
			dataPagefindIgnore: '',
		},
		children: [{ type: 'text', value: String(n) }],
	};
	return link;
}
