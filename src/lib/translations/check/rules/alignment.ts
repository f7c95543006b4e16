/**
 * alignment: the English page has the same blocks as the Chinese page, in the
 * same order (paragraphs, headings, flow marks with their numbers). A page
 * that is not aligned is not checked further: every unit would be off by one.
 */
import type { PageBlock } from '../../../content/page-units.ts';
import type { Rule } from '../types.ts';

const signature = (block: PageBlock | undefined) =>
	block ? (block.type === 'mark' ? `<${block.name} n="${block.n}" />` : block.type) : 'nothing';

export const alignment: Rule = {
	name: 'alignment',
	description:
		'the English page has the Chinese page’s blocks (paragraphs, headings, marks) in order',
	gate: true,
	page({ pages, report }) {
		const en = pages.en;
		if (!en) return;
		const zhKinds = pages.zh.blocks.map(signature);
		const enKinds = en.blocks.map(signature);
		const firstDiff = zhKinds.findIndex((kind, i) => kind !== enKinds[i]);
		if (firstDiff < 0 && zhKinds.length === enKinds.length) return;
		const at = firstDiff >= 0 ? firstDiff : Math.min(zhKinds.length, enKinds.length);
		report(
			`block ${at + 1}: the Chinese has ${signature(pages.zh.blocks[at])}, the English ${signature(en.blocks[at])} (${zhKinds.length} blocks against ${enKinds.length})`
		);
	},
};
