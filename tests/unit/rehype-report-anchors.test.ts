/**
 * The paragraph anchors of a report page (src/lib/rehype-report-anchors.ts), run
 * as the site runs them: on HTML fragments through unified, and on an MDX body
 * with editorial marks through @mdx-js/mdx, the compiler Astro's MDX uses.
 */
import { compile } from '@mdx-js/mdx';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeReportAnchors } from '../../src/lib/rehype-report-anchors.ts';
import { select, textOf } from '../helpers/html.ts';

/** An HTML fragment after the plugin. */
function anchored(html: string): Root {
	// The plugin changes the tree in place: the tree out is the tree in.
	const tree = fromHtml(html, { fragment: true });
	unified().use(rehypeReportAnchors).runSync(tree);
	return tree;
}

/** The hast tree of an MDX body after the plugin, as Astro's MDX compiles it. */
async function anchoredMdx(body: string): Promise<Root> {
	let tree: Root | undefined;
	const capture = () => (root: Root) => {
		tree = structuredClone(root);
	};
	await compile(body, { rehypePlugins: [rehypeReportAnchors, capture] });
	return tree!;
}

/** The ids of a tree's elements that have one, in document order. */
const ids = (tree: Root): string[] => select(tree, '[id]').map((e) => String(e.properties['id']));

/** A paragraph's text without its number. */
const textAfterNumber = (p: Element): string =>
	textOf({
		...p,
		children: p.children.filter((c) => !(c.type === 'element' && c.tagName === 'a')),
	});

describe('rehypeReportAnchors', () => {
	it('numbers the paragraphs p1, p2, … in reading order, and the section headings s1, s2, … on a count of their own', () => {
		const tree = anchored('<p>甲。</p><h2>第一节</h2><p>乙。</p><h3>小节</h3><p>丙。</p>');
		expect(ids(tree)).toEqual(['p1', 's1', 'p2', 's2', 'p3']);
		expect(select(tree, 'h2, h3').map(textOf)).toEqual(['第一节', '小节']);
	});

	it('starts each paragraph with a link to itself that shows its number, left out of the search index', () => {
		const tree = anchored('<p>甲。</p><p>乙。</p>');
		expect(toHtml(tree)).toBe(
			'<p id="p1" class="para"><a class="pn" href="#p1" data-pagefind-ignore="">1</a>甲。</p>' +
				'<p id="p2" class="para"><a class="pn" href="#p2" data-pagefind-ignore="">2</a>乙。</p>'
		);
	});

	it('leaves the text of each paragraph, its inline marks and its language as they were', () => {
		const tree = anchored('<p lang="zh-Hans">前文<sup>1</sup>后文。</p>');
		const [p] = select(tree, 'p');
		expect(p!.properties['lang']).toBe('zh-Hans');
		expect(textAfterNumber(p!)).toBe('前文1后文。');
		expect(select(tree, 'p > sup').map(textOf)).toEqual(['1']);
	});

	it('counts paragraphs only: the editorial marks between paragraphs of an MDX body take no number', async () => {
		const tree = await anchoredMdx(
			'甲<Join n="1" />乙。\n\n<Lacuna n="2" />\n\n## 第一节\n\n丙。\n\n<Duplicate n="3" />\n\n丁。\n'
		);
		expect(ids(tree)).toEqual(['p1', 's1', 'p2', 'p3']);
		expect(select(tree, 'p').map(textAfterNumber)).toEqual(['甲乙。', '丙。', '丁。']);
		expect(select(tree, 'a.pn').map(textOf)).toEqual(['1', '2', '3']);
	});

	it('gives a Chinese page and its translation the same anchors, so a citation lands on the same paragraph', () => {
		const zh = anchored('<p>一年来，立法。</p><h2>第一节</h2><p>监督。</p><p>代表。</p>');
		const en = anchored(
			'<p>Over the year, legislation.</p><h2>Section one</h2><p>Oversight, <sup>1</sup>at length.</p><p>Deputies.</p>'
		);
		expect(ids(en)).toEqual(ids(zh));
		expect(select(en, 'a.pn').map((a) => a.properties['href'])).toEqual(
			select(zh, 'a.pn').map((a) => a.properties['href'])
		);
	});

	it('numbers only the report’s own paragraphs, not one inside another block', () => {
		const tree = anchored('<p>甲。</p><blockquote><p>引文。</p></blockquote><p>乙。</p>');
		expect(ids(tree)).toEqual(['p1', 'p2']);
		expect(select(tree, 'blockquote a.pn')).toEqual([]);
	});
});
