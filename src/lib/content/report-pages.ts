/**
 * The report pages of the archive as the translation tools see them: for every
 * Chinese page, its parsed blocks, its body (for the page hash) and its English
 * page if there is one. Built from file texts, so it stays pure.
 */
import { splitFrontmatter } from './mdx-page.ts';
import { hashBody } from '../hash.ts';
import {
	blockInlines,
	hashUnit,
	hasStrayHan,
	inlineText,
	META_UNITS,
	type ParsedPage,
	parsePageFile,
	type UnitInline,
} from './page-units.ts';

/** One report: its Chinese page and, if there is one, its English page. */
export interface ReportPages {
	year: number;
	slug: string;
	/** Paths relative to the content directory. */
	zhPath: string;
	enPath: string;
	zh: ParsedPage;
	zhBody: string;
	en?: (ParsedPage & { raw: string }) | undefined;
}

/**
 * Pairs the pages of a content directory, given as texts by path relative to it
 * (`2022/zh/legal-affairs.mdx`), sorted by year then path.
 *
 * @example pairPages(new Map([['2022/zh/a.mdx', text]]))[0]!.enPath // '2022/en/a.mdx'
 */
export function pairPages(files: ReadonlyMap<string, string>): ReportPages[] {
	const reports: ReportPages[] = [];
	for (const [path, text] of files) {
		const match = /^(\d{4})\/zh\/([a-z0-9-]+)\.mdx$/.exec(path);
		if (!match) continue;
		const enPath = `${match[1]}/en/${match[2]}.mdx`;
		const enText = files.get(enPath);
		reports.push({
			year: Number(match[1]),
			slug: match[2]!,
			zhPath: path,
			enPath,
			zh: parsePageFile(text, path),
			zhBody: splitFrontmatter(text)!.body,
			en: enText === undefined ? undefined : { ...parsePageFile(enText, enPath), raw: enText },
		});
	}
	const order = (r: ReportPages) => Number(r.zh.frontmatter['order'] ?? 0);
	return reports.sort(
		(a, b) => a.year - b.year || order(a) - order(b) || a.slug.localeCompare(b.slug)
	);
}

/** The English of one unit on an English page, and whether it translates the current Chinese. */
export interface ExistingTranslation {
	target: UnitInline[];
	current: boolean;
}

/**
 * The English an English page has for each unit of its report, by unit id:
 * translated paragraphs and headings (current when their recorded hash matches
 * the Chinese), and the frontmatter fields that are not left in Chinese.
 * Untranslated paragraphs (hash `null`) are not listed.
 */
export function existingTranslations(report: ReportPages): Map<string, ExistingTranslation> {
	const found = new Map<string, ExistingTranslation>();
	const en = report.en;
	if (!en) return found;
	const prefix = `${report.year}/${report.slug}`;
	for (const meta of META_UNITS) {
		const value = meta.get(en.frontmatter);
		const chinese = meta.get(report.zh.frontmatter);
		if (typeof value === 'string' && typeof chinese === 'string' && !hasStrayHan(value)) {
			found.set(`${prefix}/${meta.suffix}`, { target: [{ type: 'text', value }], current: true });
		}
	}
	const translationOf = en.frontmatter['translationOf'] as
		{ sha256?: string; paragraphs?: (string | null)[]; headings?: (string | null)[] } | undefined;
	const pageCurrent = translationOf?.sha256 === hashBody(report.zhBody);
	for (const type of ['paragraph', 'heading'] as const) {
		const recorded = type === 'paragraph' ? translationOf?.paragraphs : translationOf?.headings;
		const zhBlocks = report.zh.blocks.filter((b) => b.type === type);
		const enBlocks = en.blocks.filter((b) => b.type === type);
		zhBlocks.forEach((block, i) => {
			const english = enBlocks[i];
			if (!english) return;
			const hash = recorded ? recorded[i] : pageCurrent ? hashUnit(blockInlines(block)) : undefined;
			if (hash === null || (recorded && hash === undefined)) return;
			const target = blockInlines(english);
			if (!inlineText(target).trim()) return;
			found.set(`${prefix}/${type === 'paragraph' ? 'p' : 'h'}${i + 1}`, {
				target,
				current: hash === hashUnit(blockInlines(block)),
			});
		});
	}
	return found;
}
