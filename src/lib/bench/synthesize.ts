/**
 * Synthetic years for the benchmark, made from a real source text: each year
 * keeps the layout (articles, headings, committees) but its paragraphs are
 * shuffled within their section and the year is renumbered, so no two years are
 * copies of each other. Paragraphs split by a page break move together.
 */
import { endsSentence, isHeadingLike } from '../content/text-shape.ts';
import { seededRandom } from '../seeded-random.ts';

function shuffle<T>(items: T[], next: () => number): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(next() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

/**
 * The source text of a synthetic year: `source`'s paragraphs shuffled within
 * each section, `from` replaced by `year` everywhere.
 *
 * @example synthesizeYear(text2022, 2022, 2031).includes('2031年工作综述') // true
 */
export function synthesizeYear(source: string, from: number, year: number): string {
	const next = seededRandom(year);
	const lines = source
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);
	const out: string[] = [];
	let units: string[][] = [];
	let unit: string[] = [];
	const flush = () => {
		if (unit.length > 0) units.push(unit);
		unit = [];
		for (const u of shuffle(units, next)) out.push(...u);
		units = [];
	};
	lines.forEach((line, i) => {
		const next = lines[i + 1];
		const structural =
			line.startsWith('——') ||
			next?.startsWith('——') ||
			isHeadingLike(line) ||
			/^本报(记者|通讯员)/.test(line);
		if (structural) {
			flush();
			out.push(line);
			return;
		}
		unit.push(line);
		if (endsSentence(line) || /采写$/.test(line)) {
			units.push(unit);
			unit = [];
		}
	});
	flush();
	// The credit line must stay last: put the paragraph that carries it back at the end.
	const credit = out.findIndex((l) => /本组稿件由.+采写$/.test(l));
	if (credit >= 0 && credit !== out.length - 1) {
		const [line] = out.splice(credit, 1);
		const last = out.pop()!;
		out.push(
			line!.replace(/本组稿件由.+采写$/, ''),
			`${last}${/本组稿件由.+采写$/.exec(line!)![0]}`
		);
	}
	return `${out.join('\n\n').replaceAll(String(from), String(year))}\n`;
}
