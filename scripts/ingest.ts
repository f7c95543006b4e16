/**
 * npm run ingest [-- [--check] [--dry-run] [--force] [--content <dir>] [seeds/<year>.txt …]]
 *
 * Turns the seeds (all of `seeds/*.txt` by default) into the Chinese pages under
 * `content/<year>/zh/`, and prints a report. The run is all or nothing: when any
 * seed is refused, a generated page would not build, or a page edited by hand
 * would be overwritten without `--force`, nothing is written; the pages that
 * change are switched into place together (src/lib/content/run-writer.ts), one
 * run at a time. English pages are never touched.
 *
 *   --check     write nothing; exit 1 when content/ is not what the seeds produce
 *   --dry-run   write nothing; show what would change
 *   --force     overwrite Chinese pages that were edited by hand (the edits are lost)
 *   --content   the content directory (default: content)
 *
 * Exit codes: 0 done, 1 check failed, writing refused or the file system failed,
 * 2 a seed or its decisions are invalid.
 */
import { readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { startRun, unsettledContent } from '../src/lib/content/run-writer.ts';
import { validatePage } from '../src/lib/content/validate-page.ts';
import { IngestError } from '../src/lib/content/ingest-error.ts';
import {
	checkSeedPlace,
	decisionsFileOf,
	readSeed,
	type SeedInput,
	seedsFolder,
} from '../src/lib/content/seed-files.ts';
import { ingestSource, type IngestResult } from '../src/lib/ingest/pipeline.ts';
import { formatReport } from '../src/lib/ingest/report.ts';
import { planWrites, readExisting, type WriteAction } from '../src/lib/ingest/write.ts';
import { parseCommandLine } from './lib/cli-args.ts';
import { reportRunFailure } from './lib/run-failure.ts';

const USAGE =
	'Usage: npm run ingest -- [--check] [--dry-run] [--force] [--content <dir>] [seeds/<year>.txt …]';

const { values, positionals } = parseCommandLine(
	{
		allowPositionals: true,
		options: {
			check: { type: 'boolean', default: false },
			'dry-run': { type: 'boolean', default: false },
			force: { type: 'boolean', default: false },
			content: { type: 'string', default: 'content' },
			help: { type: 'boolean', short: 'h', default: false },
		},
	},
	USAGE
);

if (values.help) {
	console.log(USAGE);
	process.exit(0);
}

/** The seeds folder: the build's (ARCHIVE_SEEDS_DIR) or `seeds`. */
const SEEDS_DIR = seedsFolder();
const contentDir = values.content;

// npm runs scripts from the project root; a seed named from a subfolder (`cd seeds && npm run
// ingest -- 2033.txt`) is relative to where the command was typed, which npm keeps in INIT_CWD.
// Only for `npm run ingest` itself: a process started by another npm script inherits INIT_CWD.
const typedIn =
	process.env['npm_lifecycle_event'] === 'ingest' ? process.env['INIT_CWD'] : undefined;
const toProjectPath = (path: string) =>
	relative(process.cwd(), resolve(typedIn ?? process.cwd(), path))
		.split('\\')
		.join('/');

async function seedFiles(): Promise<string[]> {
	// The same seed named twice (a glob and a name, `seeds/x.txt` and `./seeds/x.txt`) is ingested,
	// and its errors printed, once.
	if (positionals.length > 0) return [...new Set(positionals.map(toProjectPath))];
	const names = (await readdir(SEEDS_DIR)).filter((name) => /^\d{4}\.txt$/.test(name)).sort();
	return names.map((name) => `${SEEDS_DIR}/${name}`);
}

/** Reads a seed with its decisions file (src/lib/content/seed-files.ts); refuses one outside the seeds folder. */
function readSeedInPlace(file: string): SeedInput {
	const seed = readSeed(file);
	checkSeedPlace(file, SEEDS_DIR, seed.meta);
	return seed;
}

/** Ingests every seed in memory; prints the errors and returns an exit code when any is refused. */
function ingestAll(files: string[]): IngestResult[] | number {
	const results: IngestResult[] = [];
	const failures: string[] = [];
	for (const file of files) {
		try {
			// Decode → segment → apply editorial decisions → render MDX → validate (in memory).
			results.push(ingestSource(readSeedInPlace(file)));
		} catch (error) {
			if (!(error instanceof IngestError)) throw error;
			failures.push(error.message);
		}
	}
	if (failures.length > 0) {
		for (const failure of failures) console.error(`error: ${failure}`);
		console.error(
			`\nNothing was written: ${failures.length} of ${files.length} seeds could not be ingested.`
		);
		return 2;
	}
	const years = results.map((result) => result.year);
	const duplicate = years.find((year, index) => years.indexOf(year) !== index);
	if (duplicate === undefined) return results;
	const covering = results.filter((r) => r.year === duplicate).map((r) => r.file);
	console.error(
		`error: two seeds cover ${duplicate}: ${covering.join(', ')}. Nothing was written.`
	);
	return 2;
}

/** Every generated page as the build will read it; prints the problems (none: returns true). */
function validateGenerated(results: IngestResult[]): boolean {
	const problems = results.flatMap((result) =>
		result.pages.flatMap((page) => validatePage(join(contentDir, page.path), page.mdx))
	);
	for (const problem of problems) console.error(`error: ${problem}`);
	if (problems.length > 0)
		console.error('\nNothing was written: the build would refuse the pages above.');
	return problems.length === 0;
}

/** Where a page's editorial decisions are recorded: the decisions file of its year's seed. */
const decisionsFileOfPage = (results: IngestResult[], path: string) =>
	decisionsFileOf(results.find((r) => r.pages.some((p) => p.path === path))!.file);

/** One line per hand-edited page: the file, how ingest knows, what differs. */
function handEditLines(actions: WriteAction[]): string[] {
	return actions.map(
		(a) =>
			`  ${contentDir}/${a.path} was edited by hand (${a.handEdit!.why}); it differs from what the seeds produce in: ${a.handEdit!.differences.join(', ') || 'nothing but its hash'}`
	);
}

/** --check: says what differs and how to settle it, never with a command that discards work. */
function checkOutcome(actions: WriteAction[], orphans: string[], results: IngestResult[]): number {
	const changed = actions.filter((action) => action.kind !== 'unchanged');
	if (changed.length === 0 && orphans.length === 0) {
		console.log(`check: ${contentDir}/ is what the seeds produce (${actions.length} pages).`);
		return 0;
	}
	console.error(
		`check failed: ${changed.length} pages in ${contentDir}/ differ from what the seeds produce, ${orphans.length} not produced by any seed.`
	);
	const edited = changed.filter((action) => action.kind === 'hand-edited');
	if (edited.length > 0) {
		console.error(handEditLines(edited).join('\n'));
		const files = [...new Set(edited.map((a) => decisionsFileOfPage(results, a.path)))].join(', ');
		console.error(
			`Record each hand edit as an editorial decision in ${files} (see seeds/README.md), or undo it; then run \`npm run ingest\`${changed.length > edited.length ? ' to update the other pages' : ''}.`
		);
	} else if (changed.length > 0) console.error('Run `npm run ingest` to update them.');
	return 1;
}

/** Refuses the run when a page was edited by hand (no --force): the two ways on. */
function refuseHandEdits(actions: WriteAction[], results: IngestResult[]): number | undefined {
	const refused = actions.filter((action) => action.kind === 'hand-edited');
	if (refused.length === 0) return undefined;
	console.error(handEditLines(refused).join('\n'));
	const files = [...new Set(refused.map((a) => decisionsFileOfPage(results, a.path)))].join(', ');
	console.error(
		`\nNothing was written: ${refused.length === 1 ? 'a page was' : `${refused.length} pages were`} edited by hand. Either record each change as an editorial decision in ${files} (see seeds/README.md) and run ingest again, or discard the hand edits with \`npm run ingest -- --force\`.`
	);
	return 1;
}

/** Compares with what is on disk, prints the report, and says what the run would do. */
async function plan(results: IngestResult[]) {
	const existing = await readExisting(
		contentDir,
		results.map((result) => result.year)
	);
	const actions = planWrites(
		results.flatMap((result) => result.pages),
		existing,
		values.force
	);
	const generated = new Set(actions.map((action) => action.path));
	const orphans = [...existing.keys()].filter((path) => !generated.has(path));
	const mode = { dryRun: values['dry-run'], check: values.check };
	for (const result of results) console.log(`${formatReport(result, actions, mode, contentDir)}\n`);
	for (const orphan of orphans)
		console.log(
			`  ! ${contentDir}/${orphan} is not produced by any seed; it was left in place (delete it by hand if it is obsolete)`
		);
	return { actions, orphans };
}

/** Read-only modes: --check and --dry-run write nothing, and say when content/ is not settled. */
async function readOnly(results: IngestResult[]): Promise<number> {
	const unsettled = await unsettledContent(contentDir);
	if (unsettled) console.error(`${values.check ? 'error' : 'warning'}: ${unsettled}`);
	const { actions, orphans } = await plan(results);
	if (values.check) return unsettled ? 1 : checkOutcome(actions, orphans, results);
	const changed = actions.filter((action) => action.kind !== 'unchanged');
	console.log(`dry run: ${changed.length} pages would be written, nothing was.`);
	return 0;
}

/** Writes the pages that changed, in one run: locked, journalled, all or nothing. */
async function write(results: IngestResult[]): Promise<number> {
	const run = await startRun(contentDir, 'ingest');
	try {
		for (const message of run.messages) console.log(message);
		const { actions } = await plan(results);
		const refused = refuseHandEdits(actions, results);
		if (refused !== undefined) return refused;
		const changed = actions.filter((action) => action.kind !== 'unchanged');
		await run.write(changed.map((action) => ({ path: action.path, text: action.mdx })));
		console.log(
			changed.length === 0
				? `Nothing to write: ${contentDir}/ is up to date.`
				: `Wrote ${changed.length} pages to ${contentDir}/.`
		);
		return 0;
	} finally {
		await run.close();
	}
}

/** Says there is nothing to ingest, and where a year's text goes. */
function noSeeds(): number {
	console.error(
		"No seeds to ingest: put the year's text in seeds/<year>.txt (see seeds/README.md)."
	);
	return 2;
}

/** The run, step by step; the first step that refuses gives the exit code. */
async function main(): Promise<number> {
	// Find the seeds: those named on the command line, or every seeds/<year>.txt.
	const files = await seedFiles();
	if (files.length === 0) return noSeeds();
	// Read each seed with its decisions and ingest it in memory (decode → segment → apply
	// decisions → render MDX, each page checked against the schema); any refusal stops here.
	const results = ingestAll(files);
	if (typeof results === 'number') return results;
	// Validate every page as the build will read it.
	if (!validateGenerated(results)) return 2;
	// --check and --dry-run: compare with content/ and write nothing.
	if (values.check || values['dry-run']) return readOnly(results);
	// Write the pages that changed, in one run: locked, journalled, all or nothing.
	return write(results);
}

process.exitCode = await main().catch((error: unknown) => reportRunFailure(error));
