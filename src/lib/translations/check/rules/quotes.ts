/**
 * quotes: a page writes its quotation marks and apostrophes one way, curly
 * (“ ” ‘ ’) or straight (" '), not both.
 */
import type { Rule } from '../types.ts';

const STRAIGHT = /["']/;
const CURLY = /[“”‘’]/;

const list = (units: string[]) =>
	`${units.slice(0, 3).join(', ')}${units.length > 3 ? `, … (${units.length} units)` : ''}`;

export const quotes: Rule = {
	name: 'quotes',
	description: 'straight and curly quotation marks or apostrophes not mixed on one page',
	page({ units, report }) {
		const straight = units.filter((u) => STRAIGHT.test(u.enText)).map((u) => u.unit.id);
		const curly = units.filter((u) => CURLY.test(u.enText)).map((u) => u.unit.id);
		if (straight.length === 0 || curly.length === 0) return;
		// Name the minority: that is where the fix goes.
		const [few, many, fewKind, manyKind] =
			straight.length <= curly.length
				? [straight, curly, 'straight (" \')', 'curly (“ ” ‘ ’)']
				: [curly, straight, 'curly (“ ” ‘ ’)', 'straight (" \')'];
		report(
			`${fewKind} quotation marks or apostrophes in ${list(few)}, ${manyKind} in ${many.length} other unit(s) of the page: use one kind`,
			few[0]
		);
	},
};
