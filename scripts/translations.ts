/**
 * npm run translations -- [status|export|import|tmx|check] [options]
 *
 *   status (default)          every English page: translated, partly translated, outdated or
 *                             missing, with paragraphs translated / total and the outdated ones
 *   export <year> [--out f]   the year as XLIFF 1.2 for a CAT tool (default
 *                             release/translations/<year>.zh-Hans_en.xlf)
 *   import <file> [--dry-run] [--replace]
 *                             writes content/<year>/en/*.mdx from a translated XLIFF; refuses the
 *                             whole file, writing nothing, on any problem; keeps the English of
 *                             units the file leaves untranslated unless --replace
 *   tmx [--out f]             every aligned pair as TMX 1.4b (default release/translations/archive.tmx)
 *   check [<year>]            the translation QA, per page; exit code 1 when it finds a problem
 *   --mark-current <year>/<slug>   after reviewing a translation against the current Chinese,
 *                             record the current Chinese hashes in it (any command, repeatable)
 *   --content <dir>           the content directory (default content)
 *
 * Only this entry touches the disk; every step is a pure function under
 * src/lib/translations/. Import and --mark-current write content/ through the run writer
 * (src/lib/content/run-writer.ts): one run at a time, all or nothing.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import numberExceptions from '../src/data/number-exceptions.json' with { type: 'json' };
import spelling from '../src/data/spelling.json' with { type: 'json' };
import { COMMITTEE_TERMS, TERMS } from '../src/lib/glossary.ts';
import { writeFileAtomicallySync } from '../src/lib/content/atomic-file.ts';
import { type Run, startRun } from '../src/lib/content/run-writer.ts';
import { englishHandEditProblem } from '../src/lib/translations/en-hand-edits.ts';
import { reportRunFailure } from './lib/run-failure.ts';
import {
	checkArchive,
	NumberExceptionsSchema,
	SpellingSchema,
} from '../src/lib/translations/check.ts';
import { exportYear } from '../src/lib/translations/export.ts';
import { planImport } from '../src/lib/translations/import-plan.ts';
import {
	existingTranslations,
	pairPages,
	type ReportPages,
} from '../src/lib/translations/pages.ts';
import { renderEnPage } from '../src/lib/translations/render-en.ts';
import { alignedPairs, buildTmx } from '../src/lib/translations/tmx.ts';
import { paragraphStatus, translationStatus } from '../src/lib/translation-status.ts';
import { buildXliff } from '../src/lib/translations/xliff-write.ts';
import { decodeXml, parseXliff, XliffError } from '../src/lib/translations/xliff-read.ts';

const TOOL = 'datong-npc-archive';
const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		content: { type: 'string', default: 'content' },
		'mark-current': { type: 'string', multiple: true, default: [] },
		out: { type: 'string' },
		'dry-run': { type: 'boolean', default: false },
		replace: { type: 'boolean', default: false },
	},
});
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

/** The run that writes content/ (import, --mark-current): locked, all or nothing (run-writer.ts). */
let contentRun: Run | undefined;

async function markCurrent(reports: ReportPages[], page: string): Promise<boolean> {
	const report = reports.find((r) => `${r.year}/${r.slug}` === page);
	if (!report?.en) {
		console.error(
			`${page}: needs both content/${page.replace('/', '/zh/')}.mdx and content/${page.replace('/', '/en/')}.mdx`
		);
		return false;
	}
	const handEdit = englishHandEditProblem(
		report.en.raw,
		join(contentDir, report.enPath),
		'--mark-current'
	);
	if (handEdit) {
		console.error(handEdit);
		return false;
	}
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

function status(reports: ReportPages[]): number {
	// Newest year first, each year in source order.
	const ordered = [...reports].sort((a, b) => b.year - a.year);
	const rows = ordered.map((report) => {
		const translationOf = report.en?.frontmatter['translationOf'] as Parameters<
			typeof paragraphStatus
		>[1];
		const state = translationStatus(
			report.zhBody,
			report.en && translationOf ? { translationOf } : undefined
		);
		const paragraphs = paragraphStatus(report.zhBody, report.en ? translationOf : undefined);
		const outdated =
			paragraphs.outdated.length > 0
				? `outdated: ${paragraphs.outdated.map((n) => `p${n}`).join(' ')}`
				: '';
		return {
			page: `${report.year}/${report.slug}`,
			state,
			figures: `${paragraphs.translated}/${paragraphs.total}`,
			outdated,
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
		`\n${count('translated')} translated, ${count('outdated')} outdated, ${count('missing')} missing, ${count('partial')} partly translated`
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
	const files = exportYear(reports, year);
	writeOutput(out, buildXliff(files, TOOL));
	const units = files.flatMap((f) => f.units);
	const state = (s: string) => units.filter((u) => u.target?.state === s).length;
	console.log(
		`${out}: ${files.length} reports, ${units.length} units (${state('translated')} translated, ${state('needs-review-translation')} to review, ${units.filter((u) => !u.target).length} to translate; ${units.filter((u) => u.alternatives.length > 0).length} with memory suggestions)`
	);
	return 0;
}

async function importCommand(reports: ReportPages[]): Promise<number> {
	if (!argument || !existsSync(argument) || !statSync(argument).isFile()) {
		console.error(`import: expected a translated XLIFF file, not ${argument ?? '(none)'}`);
		return 1;
	}
	let text: string;
	try {
		text = decodeXml(readFileSync(argument));
	} catch (error) {
		if (!(error instanceof TypeError)) throw error;
		console.error(
			`${argument}: not UTF-8 or UTF-16 text (${error.message})\n\nimport refused: nothing was written`
		);
		return 1;
	}
	let plan;
	try {
		plan = planImport(argument, parseXliff(text, argument), reports, values.replace);
	} catch (error) {
		if (!(error instanceof XliffError)) throw error;
		plan = { actions: [], skipped: [], problems: [error.message] };
	}
	if (plan.problems.length > 0) {
		for (const problem of plan.problems) console.error(problem);
		console.error(`\nimport refused: ${plan.problems.length} problem(s); nothing was written`);
		return 1;
	}
	for (const action of plan.actions)
		console.log(
			`${action.kind.padEnd(9)} ${join(contentDir, action.path)}  ${action.translated}/${action.total} paragraphs translated, ${action.imported} units from the file`
		);
	for (const unit of plan.skipped) console.log(`not imported (state ${unit.state}): ${unit.id}`);
	if (values['dry-run']) {
		console.log('\n--dry-run: nothing was written');
		return 0;
	}
	await contentRun!.write(
		plan.actions.filter((a) => a.kind !== 'unchanged').map((a) => ({ path: a.path, text: a.mdx }))
	);
	console.log(`\n${plan.actions.filter((a) => a.kind !== 'unchanged').length} page(s) written`);
	return 0;
}

function tmxCommand(reports: ReportPages[]): number {
	const out = values.out ?? join('release', 'translations', 'archive.tmx');
	const pairs = alignedPairs(reports);
	const { version } = JSON.parse(
		readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')
	) as { version: string };
	writeOutput(out, buildTmx(pairs, { name: TOOL, version }));
	console.log(`${out}: ${pairs.length} translation units`);
	return 0;
}

function checkCommand(reports: ReportPages[]): number {
	const year = argument === undefined ? undefined : Number(argument);
	if (year !== undefined && !reports.some((r) => r.year === year)) {
		console.error(`check: no year ${argument} in ${contentDir}`);
		return 1;
	}
	const options = {
		terms: [...COMMITTEE_TERMS, ...TERMS],
		numberExceptions: NumberExceptionsSchema.parse(numberExceptions).exceptions,
		spelling: SpellingSchema.parse(spelling),
	};
	const report = checkArchive(reports, options, year);
	for (const page of report.pages) {
		const pending = !page.english
			? 'no English page'
			: page.translated < page.total
				? `${page.total - page.translated} of ${page.total} paragraphs not translated`
				: '';
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

async function main(): Promise<number> {
	// Commands that write content/ hold its lock from reading to writing: one run at a time.
	const writes = values['mark-current'].length > 0 || (command === 'import' && !values['dry-run']);
	if (writes) {
		contentRun = await startRun(contentDir, command === 'import' ? 'import' : '--mark-current');
		for (const message of contentRun.messages) console.log(message);
	}
	try {
		let reports = readContent();
		const marked: boolean[] = [];
		for (const page of values['mark-current']) marked.push(await markCurrent(reports, page));
		if (marked.length > 0) reports = readContent();
		const commands: Record<string, (r: ReportPages[]) => number | Promise<number>> = {
			status,
			export: exportCommand,
			import: importCommand,
			tmx: tmxCommand,
			check: checkCommand,
		};
		const run = commands[command];
		if (!run) {
			console.error(
				`unknown command ${command}: expected one of ${Object.keys(commands).join(', ')}`
			);
			return 1;
		} else {
			const code = await run(reports);
			return code || (marked.every(Boolean) ? 0 : 1);
		}
	} finally {
		await contentRun?.close();
	}
}

process.exitCode = await main().catch((error: unknown) => reportRunFailure(error));
