/**
 * `npm run test:stages`: the archivist's workflow of the README ("For
 * archivists: adding a year") on a scratch copy of the tree, with the fictional
 * 2031 fixture as the further year, and the suite's checks at each step:
 *
 *   a. Chinese only: `seeds/2031.{txt,yaml}` added, `npm run ingest`;
 *   b. English partly imported: `translations export 2031`, the legal-affairs
 *      report and part of the lead article translated, `translations import`;
 *   c. fully translated: a second export and import with the rest.
 *
 * After each step: `npm run ingest -- --check` and the test files of LEAN
 * (a, b) or FULL (c), with only the sites those files need built
 * (ARCHIVE_TEST_SITES, tests/helpers/build-sites.ts). Each stage prints its
 * totals and time; the last line is their sum, `N passed, N failed`, the line
 * .ci/run reads. The copy is removed when everything passed, kept otherwise.
 *
 * `npm run test:stages -- --full` runs the whole of `npm test` at each stage
 * instead (every file, every site: about three times as long as npm test);
 * `-- --checks a,c` runs the checks of those stages only (CI's choice: the year
 * ingested, the year translated), every step still taken; `-- --lean` runs LEAN
 * at every checked stage (CI's choice too, for its time budget).
 */
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
	addFixtureDocuments,
	readFixtureEnglish,
	translateFromFixture,
} from './helpers/fixture-english.ts';
import { ROOT } from './helpers/site.ts';
import { copyTree, type Ran, runIn } from './helpers/stage-tree.ts';

const YEAR = 2031;
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'ingest', `year-${YEAR}`);

/** The units translated by the first import: one report whole, the lead article but its last two paragraphs. */
const FIRST_IMPORT = (id: string) =>
	id.startsWith(`${YEAR}/legal-affairs/`) ||
	(id.startsWith(`${YEAR}/standing-committee/`) && !/\/p[45]$/.test(id));

/**
 * What each stage runs. Only tests whose outcome can change with the tree's
 * years: the unit files that read content/ as a whole, and the build-level and
 * browser checks of every page. The rest gives the same result at every stage
 * and runs once, in `npm test`: fixtures, tests of one real page, builds of
 * broken copies (schema), and the tests that write their own fictional 2031
 * over the tree's (the 2031 fixture builds, copyYear in translations-cli and
 * translation-check). Steps a and b, where the year is unfinished, run the
 * checks of every page and every year's data against the archive and its
 * offline edition; c adds every other test that reads the archive, with the
 * fallback and sub-path builds.
 */
const CONTENT_UNIT_FILES = [
	'tests/unit/translations.test.ts',
	'tests/unit/tmx.test.ts',
	'tests/unit/xliff.test.ts',
	'tests/unit/translation-units.test.ts',
	'tests/unit/translation-import.test.ts',
	'tests/unit/editions.test.ts',
	'tests/unit/fidelity.test.ts',
	'tests/unit/reference.test.ts',
	'tests/unit/hant-overrides.test.ts',
	'tests/unit/validate-page.test.ts',
];
const EVERY_PAGE_FILES = [
	'tests/build/site.test.ts',
	'tests/build/hant.test.ts',
	'tests/build/editions.test.ts',
	'tests/e2e/quality.test.ts',
	'tests/e2e/search.test.ts',
	'tests/e2e/hant.test.ts',
	'tests/build/budgets.test.ts',
	'tests/build/reference.test.ts',
];
const LEAN = { files: [...CONTENT_UNIT_FILES, ...EVERY_PAGE_FILES], sites: 'site,offline' };
const FULL = {
	files: [
		...CONTENT_UNIT_FILES,
		...EVERY_PAGE_FILES,
		'tests/build/headers.test.ts',
		'tests/build/translations.test.ts',
		'tests/e2e/offline.test.ts',
		'tests/e2e/reading.test.ts',
		'tests/e2e/subpath.test.ts',
		'tests/e2e/citation.test.ts',
		'tests/e2e/bilingual.test.ts',
		'tests/build/published.test.ts',
	],
	sites: 'site,fallback,subpath,offline',
};

/** The whole suite, as `npm test` runs it. */
const EVERYTHING: Stage['run'] = { files: [], sites: '' };
const everything = process.argv.includes('--full');
/**
 * `--checks a,c`: the stages whose checks run (every stage's step still runs, in
 * order: c starts from b's tree). CI checks a and c, the year ingested and the
 * year translated; all by default.
 */
const checksArg = process.argv.indexOf('--checks');
/** `--lean`: every checked stage runs LEAN, the checks of every page and every year's data (CI's time budget). */
const lean = process.argv.includes('--lean');
const checked = (stage: Stage) =>
	checksArg < 0 || (process.argv[checksArg + 1] ?? '').split(',').includes(stage.name[0]!);

interface Stage {
	name: string;
	/** Brings the tree to this stage, as the archivist would; throws on failure. */
	step: (tree: string) => Promise<void>;
	run: { files: string[]; sites: string };
}

/** Runs a command of the workflow; a failure stops the staged run there. */
async function must(tree: string, args: string[]): Promise<Ran> {
	const ran = await runIn(tree, 'npm', ['run', '--silent', ...args]);
	if (ran.status !== 0) throw new Error(`npm run ${args.join(' ')} exited with ${ran.status}`);
	return ran;
}

/** Exports the year, translates the units chosen from the fixture's English, imports the file. */
async function importEnglish(tree: string, choose: (id: string) => boolean): Promise<void> {
	const xlf = join(tree, 'release', `${YEAR}.xlf`);
	await must(tree, ['translations', '--', 'export', String(YEAR), '--out', xlf]);
	const ids = translateFromFixture(xlf, readFixtureEnglish(YEAR), choose);
	console.log(`translated ${ids.length} units of ${xlf}`);
	await must(tree, ['translations', '--', 'import', xlf]);
}

const STAGES: Stage[] = [
	{
		name: `a. ${YEAR} in Chinese only`,
		async step(tree) {
			for (const ext of ['txt', 'yaml'])
				copyFileSync(join(FIXTURE, `input.${ext}`), join(tree, 'seeds', `${YEAR}.${ext}`));
			// The titles the year cites for the first time, with their English (README, adding a year).
			addFixtureDocuments(tree, YEAR);
			await must(tree, ['ingest']);
		},
		run: LEAN,
	},
	{
		name: `b. ${YEAR}'s English partly imported`,
		step: (tree) => importEnglish(tree, FIRST_IMPORT),
		run: LEAN,
	},
	{
		name: `c. ${YEAR} fully translated (a second import)`,
		step: (tree) => importEnglish(tree, (id) => !FIRST_IMPORT(id)),
		run: FULL,
	},
];

/**
 * CPU seconds used so far by the commands this process ran and waited for
 * (cutime + cstime of /proc/self/stat, in the usual 100 ticks a second): the
 * stage's cost apart from what other jobs on the machine take. Undefined off Linux.
 */
function childCpuSeconds(): number | undefined {
	try {
		const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
		return (Number(fields[13]) + Number(fields[14])) / 100;
	} catch {
		return undefined;
	}
}

/** What a stage's checks gave. */
interface Totals {
	passed: number;
	failed: number;
	/** Tests skipped (those of the fixture sites a stage does not build). */
	skipped: number;
}

/** Totals of a run, read from the lines the totals reporter prints. */
function totalsOf(ran: Ran): Totals {
	const line = ran.output.match(/^(\d+) passed, (\d+) failed$/gm)?.at(-1);
	const [passed, failed] = (line ?? '0 passed, 0 failed').match(/\d+/g)!.map(Number);
	const skipped = Number(
		ran.output
			.match(/^(\d+) skipped$/gm)
			?.at(-1)
			?.split(' ')[0] ?? 0
	);
	// A run that failed without saying how (a crash, a failed build) counts as one failure.
	return { passed: passed!, failed: ran.status !== 0 && failed === 0 ? 1 : failed!, skipped };
}

/** The checks of one stage: ingest --check, then the test files. */
async function checkStage(tree: string, stage: Stage): Promise<Totals> {
	const check = await runIn(tree, 'npm', ['run', '--silent', 'ingest', '--', '--check']);
	const run = everything ? EVERYTHING : lean ? LEAN : stage.run;
	const tests = await runIn(
		tree,
		join(tree, 'node_modules', '.bin', 'vitest'),
		[
			'run',
			'--config',
			'tests/vitest.config.ts',
			'--reporter=dot',
			'--reporter=./tests/helpers/totals-reporter.ts',
			...run.files,
		],
		{ ARCHIVE_TEST_SITES: run.sites }
	);
	const totals = totalsOf(tests);
	return {
		passed: totals.passed + (check.status === 0 ? 1 : 0),
		failed: totals.failed + (check.status === 0 ? 0 : 1),
		skipped: totals.skipped,
	};
}

/** The totals of a stage whose checks were left out with --checks. */
const NOT_CHECKED: Totals = { passed: 0, failed: 0, skipped: 0 };

async function main(): Promise<number> {
	const tree = copyTree();
	console.log(`staged run in ${tree}`);
	const lines: string[] = [];
	let passed = 0;
	let failed = 0;
	for (const stage of STAGES) {
		const started = Date.now();
		const cpu = childCpuSeconds();
		console.log(`\n== stage ${stage.name}`);
		let totals: Totals = { passed: 0, failed: 1, skipped: 0 };
		let reached = true;
		try {
			await stage.step(tree);
		} catch (error) {
			console.log(`stage ${stage.name}: ${(error as Error).message}`);
			reached = false;
		}
		if (reached) totals = checked(stage) ? await checkStage(tree, stage) : NOT_CHECKED;
		const seconds = Math.round((Date.now() - started) / 1000);
		const used = cpu === undefined ? '' : `, ${Math.round(childCpuSeconds()! - cpu)} s of CPU`;
		lines.push(
			reached && !checked(stage)
				? `stage ${stage.name}: step done, checks not run (--checks) (${seconds} s${used})`
				: `stage ${stage.name}: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped (${seconds} s${used})`
		);
		console.log(lines.at(-1));
		passed += totals.passed;
		failed += totals.failed;
		// The next stages start from this one: without it there is nothing to check.
		if (!reached) break;
	}
	console.log(`\n${lines.join('\n')}`);
	if (failed === 0) rmSync(tree, { recursive: true, force: true });
	else console.log(`the staged tree is kept for a look: ${tree}`);
	console.log(`${passed} passed, ${failed} failed`);
	return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
