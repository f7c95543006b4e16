/**
 * han: no Chinese left in the English, outside a parenthesised original term
 * (“national fitness (全民健身)” is fine); a frontmatter field still in Chinese
 * is reported as untranslated.
 */
import { hasStrayHan, META_UNITS } from '../../../content/page-units.ts';
import type { Rule } from '../types.ts';

export const han: Rule = {
	name: 'han',
	description: 'no Chinese characters outside a parenthesised original term',
	page({ pages, page, report }) {
		// A frontmatter field left in Chinese is not a translation (existingTranslations leaves it out): say so.
		if (!pages.en) return;
		for (const meta of META_UNITS) {
			const value = meta.get(pages.en.frontmatter);
			if (typeof value === 'string' && hasStrayHan(value))
				report(`the ${meta.suffix} is still in Chinese: ${value}`, `${page}/${meta.suffix}`);
		}
	},
	unit({ enText, report }) {
		if (!hasStrayHan(enText)) return;
		const stray = enText.replace(/（[^）]*）|\([^)]*\)/g, '').match(/\p{Script=Han}+/gu) ?? [];
		report(`Chinese characters outside a parenthesised original: ${stray.join(' ')}`);
	},
};
