/**
 * The edition model: the archive as every edition of its own (open data, TEI,
 * EPUB, PDF print page, JSON-LD) renders it. One report is its frontmatter plus
 * its body parsed the way MDX parses it, paragraph by paragraph in both
 * languages, with the editorial marks where they stand in the text. Pure: the
 * caller passes the entries (the build from the content collection, tests from
 * files), so nothing here reads the disk.
 */
import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import { getCommittee } from '../committees.ts';
import { shownHead, type ShownHead } from '../content/en-fields.ts';
import type { EditorialEntry, EnReport, SeedMeta, ZhReport } from '../schemas.ts';
import { type TranslationStatus, translationStatus } from '../translation-status.ts';

/** The kinds of editorial mark a body can carry (see src/components/marks/). */
export type MarkType = EditorialEntry['type'];

/** A run of a paragraph: text as printed (unescaped), or a mark linking to entry `n` of the apparatus. */
export type Run = { type: 'text'; value: string } | { type: 'mark'; mark: MarkType; n: number };

/** A block of a body in reading order; paragraphs and headings are numbered as the site numbers them. */
export type BodyBlock =
	| { type: 'heading'; n: number; text: string }
	| { type: 'paragraph'; n: number; runs: Run[] }
	| { type: 'mark'; mark: MarkType; n: number };

/** A paragraph in both languages: `en` is undefined where there is no translation. */
export interface AlignedBlock {
	type: BodyBlock['type'];
	/** The paragraph or section number (`#pN`, `#sN`), or the mark's entry number. */
	n: number;
	mark?: MarkType;
	zh: BodyBlock;
	en: BodyBlock | undefined;
	/** Source lines the Chinese paragraph comes from, as ingest recorded them (`source.paragraphs`). */
	lines?: number[];
}

/** One report as the editions render it. */
export interface EditionReport {
	/** `<year>/<slug>`, as in the translation unit ids. */
	id: string;
	year: number;
	slug: string;
	kind: ZhReport['kind'];
	order: number;
	committee: { zh: string; en: string };
	/** The page heading in each language (the article headline for the lead article). */
	title: { zh: string; en: string };
	zh: ZhReport;
	en: EnReport | undefined;
	/** The English page's head as shown: the Chinese where a field is not translated yet (listed in `chinese`). */
	enHead: ShownHead | undefined;
	translation: TranslationStatus;
	blocks: AlignedBlock[];
}

/** One year: its seed's metadata and its reports in source order. */
export interface EditionYear {
	year: number;
	source: SeedMeta['source'] | undefined;
	reports: EditionReport[];
}

/** The whole archive, newest year first. */
export interface EditionArchive {
	years: EditionYear[];
}

/** An entry as the content collection gives it: frontmatter and the MDX body. */
export interface SourceEntry<T> {
	data: T;
	body: string;
}

/** The pages of one report: its Chinese page and, when there is one, its English page. */
export interface ReportInput {
	zh: SourceEntry<ZhReport>;
	en: SourceEntry<EnReport> | undefined;
}

function attributeN(node: RootContent): number {
	if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return 0;
	const n = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'n');
	return Number(n?.value ?? 0);
}

const MARK_NAMES: Record<string, MarkType> = {
	Join: 'join',
	Note: 'note',
	Lacuna: 'lacuna',
	Duplicate: 'duplicate',
	Truncation: 'truncation',
};

function markOf(node: RootContent, file: string): { mark: MarkType; n: number } {
	const name = 'name' in node && typeof node.name === 'string' ? node.name : '';
	const mark = MARK_NAMES[name];
	const n = attributeN(node);
	if (!mark || !Number.isInteger(n) || n < 1)
		throw new Error(`${file}: unexpected element <${name || node.type}> in a report body`);
	return { mark, n };
}

/**
 * Parses a report body (MDX as ingest writes it and translators keep it) into
 * numbered blocks: `##` headings, paragraphs of text and inline marks, and
 * block marks. Escapes are resolved: the text is the text a reader sees.
 *
 * @example parseBody('a \\{b}<Note n="1" />\n').at(0) // { type: 'paragraph', n: 1, runs: [{ type: 'text', value: 'a {b}' }, { type: 'mark', mark: 'note', n: 1 }] }
 */
export function parseBody(body: string, file = 'body'): BodyBlock[] {
	const tree: Root = fromMarkdown(body, {
		extensions: [mdxjs()],
		mdastExtensions: [mdxFromMarkdown()],
	});
	let paragraphs = 0;
	let headings = 0;
	return tree.children.map((node): BodyBlock => {
		if (node.type === 'heading')
			return { type: 'heading', n: (headings += 1), text: toString(node) };
		if (node.type === 'paragraph') {
			const runs: Run[] = [];
			for (const child of node.children) {
				if (child.type === 'mdxJsxTextElement') runs.push({ type: 'mark', ...markOf(child, file) });
				else {
					const value = toString(child);
					const last = runs.at(-1);
					if (last?.type === 'text') last.value += value;
					else if (value !== '') runs.push({ type: 'text', value });
				}
			}
			return { type: 'paragraph', n: (paragraphs += 1), runs };
		}
		if (node.type === 'mdxJsxFlowElement') return { type: 'mark', ...markOf(node, file) };
		throw new Error(`${file}: unexpected ${node.type} in a report body`);
	});
}

/**
 * The text of a paragraph without its marks.
 *
 * @example runsToText([{ type: 'text', value: '甲' }, { type: 'mark', mark: 'join', n: 1 }, { type: 'text', value: '乙' }]) // '甲乙'
 */
export function runsToText(runs: Run[]): string {
	return runs.map((run) => (run.type === 'text' ? run.value : '')).join('');
}

/** The text of a block (a paragraph without its marks, a heading), '' for a mark. */
export function blockText(block: BodyBlock | undefined): string {
	if (!block) return '';
	return block.type === 'paragraph'
		? runsToText(block.runs)
		: block.type === 'heading'
			? block.text
			: '';
}

/**
 * The source lines of each paragraph as ingest recorded them, or none when the
 * body does not have as many paragraphs as were recorded (a page edited by
 * hand): a line must never be given to the wrong paragraph.
 */
function recordedLines(zh: BodyBlock[], recorded: readonly number[][]): readonly number[][] {
	const paragraphs = zh.filter((block) => block.type === 'paragraph').length;
	return paragraphs === recorded.length ? recorded : [];
}

/** Pairs the Chinese and English blocks; the English is dropped when its structure differs (a broken translation must not misalign the data). */
function alignBlocks(
	zh: BodyBlock[],
	en: BodyBlock[] | undefined,
	lines: readonly number[][]
): AlignedBlock[] {
	const same =
		en !== undefined &&
		en.length === zh.length &&
		en.every((block, i) => block.type === zh[i]!.type && block.n === zh[i]!.n);
	return zh.map((block, i) => ({
		type: block.type,
		n: block.n,
		...(block.type === 'mark' && { mark: block.mark }),
		zh: block,
		en: same ? en[i] : undefined,
		...(block.type === 'paragraph' && lines[block.n - 1] && { lines: [...lines[block.n - 1]!] }),
	}));
}

/** Whether a report's English title is the Chinese (an overview whose headline is not translated yet). */
export function englishTitleIsChinese(report: EditionReport): boolean {
	return report.kind === 'overview' && (!report.enHead || report.enHead.chinese.has('title'));
}

/** Builds one report of the edition model from its Chinese and English entries. */
export function toEditionReport(input: ReportInput): EditionReport {
	const { zh, en } = input;
	const committee = getCommittee(zh.data.slug);
	const file = `content/${zh.data.year}/zh/${zh.data.slug}.mdx`;
	const zhBlocks = parseBody(zh.body, file);
	const enBlocks = en
		? parseBody(en.body, `content/${en.data.year}/en/${en.data.slug}.mdx`)
		: undefined;
	const overview = zh.data.kind === 'overview';
	const enHead = en ? shownHead(zh.data, en.data) : undefined;
	return {
		id: `${zh.data.year}/${zh.data.slug}`,
		year: zh.data.year,
		slug: zh.data.slug,
		kind: zh.data.kind,
		order: zh.data.order,
		committee: {
			zh: committee?.zh ?? zh.data.title,
			en: committee?.en ?? en?.data.title ?? zh.data.slug,
		},
		title: {
			zh: overview ? zh.data.title : (committee?.zh ?? zh.data.title),
			en: overview
				? (enHead?.title ?? zh.data.title)
				: (committee?.en ?? enHead?.title ?? zh.data.title),
		},
		zh: zh.data,
		en: en?.data,
		enHead,
		translation: translationStatus(
			zh.body,
			en && { ...en.data, untranslated: [...enHead!.chinese] }
		),
		blocks: alignBlocks(zhBlocks, enBlocks, recordedLines(zhBlocks, zh.data.source.paragraphs)),
	};
}

/**
 * Groups reports by year (newest first, reports in source order) with each
 * year's seed metadata.
 */
export function toEditionArchive(
	reports: EditionReport[],
	seeds: { year: number; meta: SeedMeta }[]
): EditionArchive {
	const years = [...new Set(reports.map((r) => r.year))].sort((a, b) => b - a);
	return {
		years: years.map((year) => ({
			year,
			source: seeds.find((s) => s.year === year)?.meta.source,
			reports: reports.filter((r) => r.year === year).sort((a, b) => a.order - b.order),
		})),
	};
}
