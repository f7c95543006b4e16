/**
 * npm run translations -- [status|export|import|tmx|check] [options]
 *
 *   status (default)          every English page: translated, partly translated, outdated or
 *                             missing, with paragraphs translated / total and the outdated ones
 *   export <year> [--out f] [--copy-source]
 *                             the year as XLIFF 1.2 for a CAT tool (default
 *                             release/translations/<year>.zh-Hans_en.xlf); --copy-source: the
 *                             source in every target without English (OmegaT 3.x), and the year's
 *                             memory suggestions beside it as <year>.zh-Hans_en.tmx
 *   import <file> [--dry-run] [--replace]
 *                             writes content/<year>/en/*.mdx from a translated XLIFF: every unit
 *                             in English; units left untranslated or half done are listed and
 *                             skipped; refuses the whole file, writing nothing, on a problem that
 *                             would harm the archive; keeps the English of units the file leaves
 *                             untranslated unless --replace
 *   tmx [--out f]             every aligned pair as TMX 1.4b (default release/translations/archive.tmx)
 *   check [<year>]            the translation QA, per page; exit code 1 when it finds a problem
 *   terms [<year>]            every term of the term list with each English form it got and where
 *                             (drift first)
 *   --mark-current <year>/<slug>   after reviewing a translation against the current Chinese,
 *                             record the current Chinese hashes in it (any command, repeatable)
 *   --mark-reviewed <year>/<slug>[/<unit>]   the English of a unit (or of every unit of a page)
 *                             imported for review has been reviewed (any command, repeatable)
 *   --content <dir>           the content directory (default content)
 *
 * Only this entry touches the disk; every step is a pure function under
 * src/lib/translations/. Import, --mark-current and --mark-reviewed write content/ through the
 * run writer (src/lib/content/run-writer.ts): one run at a time, all or nothing.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ARCHIVE_PACKAGE } from '../src/lib/content/archive-package.ts';
import { writeFileAtomicallySync } from '../src/lib/content/atomic-file.ts';
import { untranslatedFields } from '../src/lib/content/en-fields.ts';
import { type Run, startRun } from '../src/lib/content/run-writer.ts';
import { englishHandEditProblem } from '../src/lib/translations/en-hand-edits.ts';
import { parseCommandLine } from './lib/cli-args.ts';
import { reportRunFailure } from './lib/run-failure.ts';
import { archiveCheckOptions, checkArchive } from '../src/lib/translations/check.ts';
import { exportYear } from '../src/lib/translations/export.ts';
import { type ImportPlan, planImport } from '../src/lib/translations/import-plan.ts';
import { formatTermsReport, termsReport } from '../src/lib/translations/terms-report.ts';
import {
	existingTranslations,
	pairPages,
	type ReportPages,
} from '../src/lib/content/report-pages.ts';
import { renderEnPage } from '../src/lib/translations/render-en.ts';
import { alignedPairs, buildTmx } from '../src/lib/content/tmx.ts';
import { buildSuggestionTmx, exportSuggestions } from '../src/lib/translations/suggestions-tmx.ts';
import { paragraphStatus, translationStatus } from '../src/lib/translation-status.ts';
import { buildXliff } from '../src/lib/translations/xliff-write.ts';
import {
	checkXliffSize,
	decodeXml,
	parseXliff,
	XliffError,
} from '../src/lib/translations/xliff-read.ts';

const TOOL = 'datong-npc-archive';
const USAGE =
	'Usage: npm run translations -- [status | export <year> [--copy-source] [--out <file>] | import <file> [--dry-run] [--replace] | check [<year>] | terms [<year>] | tmx [--out <file>]] [--mark-current <year>/<slug>] [--mark-reviewed <year>/<slug>[/<unit>]] [--content <dir>]';

const { values, positionals } = parseCommandLine(
	{
		allowPositionals: true,
		options: {
			content: { type: 'string', default: 'content' },
			'mark-current': { type: 'string', multiple: true, default: [] },
			'mark-reviewed': { type: 'string', multiple: true, default: [] },
			'copy-source': { type: 'boolean', default: false },
			out: { type: 'string' },
			'dry-run': { type: 'boolean', default: false },
			replace: { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h', default: false },
		},
	},
	USAGE
);
if (values.help) {
	console.log(USAGE);
	process.exit(0);
}
const contentDir = values.content;
const [command = 'status', argument] = positionals;

/** Reads every report page of the content directory: step 1 of every command. */
function readContent(): ReportPages[] {
	const files = new Map<string, string>();
	for (const year of readdirSync(contentDir).filter((name) => /^\d{4}$/.test(name))) {
		for (const lang of ['zh', 'en']) {
			const dir = join(contentDir, year, lang);
			if (!existsSync(dir)) continue;
			for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx')))
				files.set(`${year}/${lang}/${name}`, readFileSync(join(dir, name), 'utf8'));
		}
	}
	return pairPages(files);
}

/** Writes one output file atomically (temporary file, then rename). */
function writeOutput(path: string, text: string): void {
	writeFileAtomicallySync(path, text);
}

/** The run that writes content/ (import, --mark-current, --mark-reviewed): locked, all or nothing (run-writer.ts). */
let contentRun: Run | undefined;

/** Refuses to re-render an English page edited by hand (the re-render would drop the edit). */
function refuseHandEdit(report: ReportPages, tool: string): boolean {
	const problem = englishHandEditProblem(report.en!.raw, join(contentDir, report.enPath), tool);
	if (problem) console.error(problem);
	return problem !== undefined;
}

async function markCurrent(reports: ReportPages[], page: string): Promise<boolean> {
	const report = reports.find((r) => `${r.year}/${r.slug}` === page);
	if (!report?.en) {
		console.error(
			`${page}: needs both content/${page.replace('/', '/zh/')}.mdx and content/${page.replace('/', '/en/')}.mdx`
		);
		return false;
	}
	if (refuseHandEdit(report, '--mark-current')) return false;
	// Re-render with every English unit as reviewed: its hashes become the current Chinese's.
	const targets = new Map(
		[...existingTranslations(report)].map(([id, found]) => [id, found.target])
	);
	const { mdx } = renderEnPage({
		year: report.year,
		slug: report.slug,
		zh: report.zh,
		zhBody: report.zhBody,
		existing: report.en,
		targets,
		replace: false,
	});
	await contentRun!.write([{ path: report.enPath, text: mdx }]);
	console.log(`${join(contentDir, report.enPath)}: now records the current Chinese text`);
	return true;
}

/**
 * --mark-reviewed <year>/<slug>[/<unit>]: the English of a unit (or of every unit
 * of a page) recorded as needing review has been reviewed; nothing else changes.
 */
async function markReviewed(reports: ReportPages[], target: string): Promise<boolean> {
	const [year, slug, unit] = target.split('/');
	const report = reports.find((r) => `${r.year}/${r.slug}` === `${year}/${slug}`);
	const flagged = (report?.en?.frontmatter['needsReview'] ?? []) as string[];
	const units = unit === undefined ? flagged : flagged.filter((u) => u === unit);
	if (!report?.en || units.length === 0) {
		const why = !report?.en
			? `there is no English page ${year}/en/${slug}.mdx`
			: flagged.length === 0
				? `${year}/${slug} records no unit as needing review`
				: `${unit} is not recorded as needing review (${flagged.join(' ')} are)`;
		console.error(
			`--mark-reviewed ${target}: ${why}; expected <year>/<slug> or <year>/<slug>/<unit>`
		);
		return false;
	}
	if (refuseHandEdit(report, '--mark-reviewed')) return false;
	const { mdx } = renderEnPage({
		year: report.year,
		slug: report.slug,
		zh: report.zh,
		zhBody: report.zhBody,
		existing: report.en,
		targets: new Map(),
		replace: false,
		reviewed: new Set(units.map((u) => `${report.year}/${report.slug}/${u}`)),
	});
	await contentRun!.write([{ path: report.enPath, text: mdx }]);
	console.log(`${join(contentDir, report.enPath)}: ${units.join(' ')} reviewed`);
	return true;
}

/** The status line's note on units to review: `review: p2 title`. */
function reviewNote(report: ReportPages): string {
	const flagged = (report.en?.frontmatter['needsReview'] ?? []) as string[];
	return flagged.length > 0 ? `review: ${flagged.join(' ')}` : '';
}

function status(reports: ReportPages[]): number {
	// Newest year first, each year in source order.
	const ordered = [...reports].sort((a, b) => b.year - a.year);
	const rows = ordered.map((report) => {
		const translationOf = report.en?.frontmatter['translationOf'] as Parameters<
			typeof paragraphStatus
		>[1];
		const untranslated = report.en
			? untranslatedFields(report.zh.frontmatter, report.en.frontmatter)
			: [];
		const state = translationStatus(
			report.zhBody,
			report.en && translationOf ? { translationOf, untranslated } : undefined
		);
		const paragraphs = paragraphStatus(report.zhBody, report.en ? translationOf : undefined);
		const outdated = [
			paragraphs.outdated.length > 0 &&
				`outdated: ${paragraphs.outdated.map((n) => `p${n}`).join(' ')}`,
			untranslated.length > 0 && `untranslated: ${untranslated.join(' ')}`,
		]
			.filter(Boolean)
			.join('; ');
		return {
			page: `${report.year}/${report.slug}`,
			state,
			figures: `${paragraphs.translated}/${paragraphs.total}`,
			outdated: [outdated, reviewNote(report)].filter(Boolean).join('; '),
			review: ((report.en?.frontmatter['needsReview'] ?? []) as string[]).length,
		};
	});
	const width = Math.max(...rows.map((row) => row.page.length), 4);
	console.log(`${'page'.padEnd(width)}  ${'status'.padEnd(10)}  paragraphs`);
	for (const row of rows)
		console.log(
			`${row.page.padEnd(width)}  ${row.state.padEnd(10)}  ${row.figures.padEnd(7)} ${row.outdated}`.trimEnd()
		);
	const count = (state: string) => rows.filter((row) => row.state === state).length;
	console.log(
		`\n${count('translated')} translated, ${count('outdated')} outdated, ${count('missing')} missing, ${count('partial')} partly translated; ${rows.reduce((n, row) => n + row.review, 0)} unit(s) need review`
	);
	return 0;
}

function exportCommand(reports: ReportPages[]): number {
	const year = Number(argument);
	if (!/^\d{4}$/.test(argument ?? '') || !reports.some((r) => r.year === year)) {
		console.error(
			`export: expected a year of ${contentDir} (${[...new Set(reports.map((r) => r.year))].join(', ')}), not ${argument ?? '(none)'}`
		);
		return 1;
	}
	const out = values.out ?? join('release', 'translations', `${year}.zh-Hans_en.xlf`);
	const copySource = values['copy-source'];
	const files = exportYear(reports, year, { copySource });
	writeOutput(out, buildXliff(files, TOOL));
	console.log(`${out}: ${describeExport(files, copySource)}`);
	if (copySource) writeSuggestions(out, files);
	return 0;
}

/** What an export holds, for its report line. */
function describeExport(files: ReturnType<typeof exportYear>, copySource: boolean): string {
	const units = files.flatMap((f) => f.units);
	const state = (s: string) => units.filter((u) => u.target?.state === s).length;
	const untranslated = units.filter((u) => !u.target || !u.target.state).length;
	return `${files.length} reports, ${units.length} units (${state('translated')} translated, ${state('needs-review-translation')} to review, ${untranslated} to translate${copySource ? ', their source copied into the target' : ''}; ${units.filter((u) => u.alternatives.length > 0).length} with memory suggestions)`;
}

/** --copy-source: the export's suggestions as the year's memory file, beside the XLIFF. */
function writeSuggestions(xliffPath: string, files: ReturnType<typeof exportYear>): void {
	const out = `${xliffPath.replace(/\.(xlf|xliff)$/i, '')}.tmx`;
	const suggestions = exportSuggestions(files);
	writeOutput(
		out,
		buildSuggestionTmx(suggestions, { name: TOOL, version: ARCHIVE_PACKAGE.version })
	);
	console.log(
		`${out}: ${suggestions.length} memory suggestions (TMX 1.4b, for the CAT tool's memory folder)`
	);
}

/** Reads and plans an import: the file's size, its encoding, then parse → match → decide → render. */
function readAndPlan(file: string, reports: ReportPages[]): ImportPlan | string[] {
	let text: string;
	try {
		checkXliffSize(statSync(file).size, file);
		text = decodeXml(readFileSync(file));
	} catch (error) {
		if (error instanceof XliffError) return [error.message];
		if (error instanceof TypeError) return [`${file}: not UTF-8 or UTF-16 text (${error.message})`];
		throw error;
	}
	try {
		return planImport(file, parseXliff(text, file), reports, values.replace);
	} catch (error) {
		if (error instanceof XliffError) return [error.message];
		throw error;
	}
}

/** The units of a list, grouped by report: `2031/legal-affairs: p2 p3`. */
function groupUnits(ids: string[]): string[] {
	const byReport = new Map<string, string[]>();
	for (const id of ids) {
		const page = id.split('/').slice(0, 2).join('/');
		byReport.set(page, [...(byReport.get(page) ?? []), id.split('/').at(-1)!]);
	}
	return [...byReport].map(([page, units]) => `  ${page}: ${units.join(' ')}`);
}

/** Lists what the import does with every unit that is not simply imported. */
function listUnits(plan: ImportPlan): void {
	const lists: [string, string[]][] = [
		[
			'untranslated (no English in the file: the source, or nothing), left as they are',
			groupUnits(plan.untranslated),
		],
		[
			'incomplete (English with sentences of the source left as they were), not imported',
			plan.incomplete.map((id) => `  ${id}`),
		],
		[
			'need review (imported from a state that does not confirm them; shown as not yet reviewed until an import confirms them or --mark-reviewed)',
			groupUnits(plan.review),
		],
		[
			'kept the English edited since the export (the file brings the English exported, which the translator did not change)',
			groupUnits(plan.kept),
		],
	];
	for (const [title, lines] of lists)
		if (lines.length > 0) console.log(`\n${title}:\n${lines.join('\n')}`);
}

async function importCommand(reports: ReportPages[]): Promise<number> {
	if (!argument || !existsSync(argument) || !statSync(argument).isFile()) {
		console.error(`import: expected a translated XLIFF file, not ${argument ?? '(none)'}`);
		return 1;
	}
	const plan = readAndPlan(argument, reports);
	const problems = Array.isArray(plan) ? plan : plan.problems;
	if (Array.isArray(plan) || problems.length > 0) {
		for (const problem of problems) console.error(problem);
		console.error(`\nimport refused: ${problems.length} problem(s); nothing was written`);
		return 1;
	}
	for (const action of plan.actions)
		console.log(
			`${action.kind.padEnd(9)} ${join(contentDir, action.path)}  ${action.translated}/${action.total} paragraphs translated, ${action.imported} units from the file`
		);
	listUnits(plan);
	if (values['dry-run']) console.log('\n--dry-run: nothing was written');
	else {
		await contentRun!.write(
			plan.actions.filter((a) => a.kind !== 'unchanged').map((a) => ({ path: a.path, text: a.mdx }))
		);
		console.log(`\n${plan.actions.filter((a) => a.kind !== 'unchanged').length} page(s) written`);
	}
	const kept = plan.kept.length > 0 ? `, ${plan.kept.length} kept as edited since the export` : '';
	console.log(
		`${argument}: ${plan.imported.length} imported, ${plan.untranslated.length} untranslated, ${plan.incomplete.length} incomplete, ${plan.review.length} need review${kept}`
	);
	return 0;
}

function tmxCommand(reports: ReportPages[]): number {
	const out = values.out ?? join('release', 'translations', 'archive.tmx');
	const pairs = alignedPairs(reports);
	writeOutput(out, buildTmx(pairs, { name: TOOL, version: ARCHIVE_PACKAGE.version }));
	console.log(`${out}: ${pairs.length} translation units`);
	return 0;
}

/** What is still to translate on a checked page: paragraphs, and head fields left out (`untranslated: title …`). */
function pendingNote(
	page: { english: boolean; translated: number; total: number },
	report: ReportPages | undefined
): string {
	if (!page.english) return 'no English page';
	const head = report?.en ? untranslatedFields(report.zh.frontmatter, report.en.frontmatter) : [];
	return [
		page.translated < page.total &&
			`${page.total - page.translated} of ${page.total} paragraphs not translated`,
		head.length > 0 && `untranslated: ${head.join(' ')}`,
	]
		.filter(Boolean)
		.join('; ');
}

function checkCommand(reports: ReportPages[]): number {
	const year = argument === undefined ? undefined : Number(argument);
	if (year !== undefined && !reports.some((r) => r.year === year)) {
		console.error(`check: no year ${argument} in ${contentDir}`);
		return 1;
	}
	const report = checkArchive(reports, archiveCheckOptions(), year);
	const byPage = new Map(reports.map((r) => [`${r.year}/${r.slug}`, r]));
	for (const page of report.pages) {
		const pending = pendingNote(page, byPage.get(page.page));
		console.log(
			`${page.page}: ${page.issues.length === 0 ? 'ok' : `${page.issues.length} problem(s)`}${pending ? ` (${pending})` : ''}`
		);
		for (const issue of page.issues)
			console.log(`  ${issue.rule}: ${issue.unit ? `${issue.unit}: ` : ''}${issue.message}`);
	}
	for (const issue of report.archive) console.log(`archive: ${issue.rule}: ${issue.message}`);
	console.log(`\n${report.issues.length} problem(s) in ${report.pages.length} page(s)`);
	return report.issues.length === 0 ? 0 : 1;
}

function termsCommand(reports: ReportPages[]): number {
	const year = argument === undefined ? undefined : Number(argument);
	if (year !== undefined && !reports.some((r) => r.year === year)) {
		console.error(`terms: no year ${argument} in ${contentDir}`);
		return 1;
	}
	const { terms, documents = [] } = archiveCheckOptions();
	process.stdout.write(formatTermsReport(termsReport(reports, terms, documents, year)));
	return 0;
}

const COMMANDS: Record<string, (r: ReportPages[]) => number | Promise<number>> = {
	status,
	export: exportCommand,
	import: importCommand,
	tmx: tmxCommand,
	check: checkCommand,
	terms: termsCommand,
};

/** --mark-current and --mark-reviewed, before any command: whether each one was done. */
async function markPages(): Promise<boolean[]> {
	const marked: boolean[] = [];
	for (const page of values['mark-current']) marked.push(await markCurrent(readContent(), page));
	for (const target of values['mark-reviewed'])
		marked.push(await markReviewed(readContent(), target));
	return marked;
}

async function main(): Promise<number> {
	// Commands that write content/ hold its lock from reading to writing: one run at a time.
	const marks = values['mark-current'].length + values['mark-reviewed'].length;
	if (marks > 0 || (command === 'import' && !values['dry-run'])) {
		const tool = command === 'import' ? 'import' : '--mark-current/--mark-reviewed';
		contentRun = await startRun(contentDir, tool);
		for (const message of contentRun.messages) console.log(message);
	}
	try {
		const marked = await markPages();
		const run = COMMANDS[command];
		if (!run) {
			console.error(
				`unknown command ${command}: expected one of ${Object.keys(COMMANDS).join(', ')}`
			);
			return 1;
		}
		const code = await run(readContent());
		return code || (marked.every(Boolean) ? 0 : 1);
	} finally {
		await contentRun?.close();
	}
}

process.exitCode = await main().catch((error: unknown) => reportRunFailure(error));
