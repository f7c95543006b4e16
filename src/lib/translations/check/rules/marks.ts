/** marks: each English paragraph carries the inline editorial marks of its Chinese paragraph. */
import type { UnitInline } from '../../../content/page-units.ts';
import type { Rule } from '../types.ts';

const markList = (inlines: UnitInline[]) =>
	inlines
		.filter((i) => i.type === 'mark')
		.map((m) => `${m.name} ${m.n}`)
		.sort();

export const marks: Rule = {
	name: 'marks',
	description: 'each paragraph has the same inline marks (joins, notes) as its Chinese',
	unit({ unit, target, report }) {
		if (unit.kind !== 'paragraph') return;
		const zhMarks = markList(unit.source);
		const enMarks = markList(target);
		if (zhMarks.join() !== enMarks.join())
			report(
				`marks ${zhMarks.join(', ') || 'none'} in the Chinese, ${enMarks.join(', ') || 'none'} in the English`
			);
	},
};
