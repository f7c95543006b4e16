import type { ResolvedDecisions } from './decisions.ts';
import type { PageModel } from '../content/page-model.ts';
import type { UsedDecisions } from './unused.ts';

/**
 * The key figures stated on one page, each with the number of the paragraph
 * that states it; figures found on the page are recorded as used.
 *
 * @param paragraphOfLine the paragraph number of each source line of the page
 */
export function placeFigures(
	figures: ResolvedDecisions['figures'],
	paragraphOfLine: ReadonlyMap<number, number>,
	used: UsedDecisions
): PageModel['figures'] {
	return figures.flatMap((figure) => {
		const paragraph = paragraphOfLine.get(figure.line);
		if (paragraph === undefined) return [];
		used.figures.add(figure.line);
		return [{ quote: figure.quote, en: figure.en, paragraph }];
	});
}
