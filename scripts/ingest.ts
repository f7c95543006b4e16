/**
 * npm run ingest [-- [--check] [--dry-run] [--force] [--content <dir>] [seeds/<year>.txt …]]
 *
 * Turns the seeds (all of `seeds/*.txt` by default) into the Chinese pages under
 * `content/<year>/zh/`, and prints a report. The run is all or nothing: when any
 * seed is refused, or a page edited by hand would be overwritten without
 * `--force`, nothing is written. English pages are never touched.
 *
 *   --check     write nothing; exit 1 when content/ is not what the seeds produce
 *   --dry-run   write nothing; show what would change
 *   --force     overwrite Chinese pages that were edited by hand
 *   --content   the content directory (default: content)
 *
 * Exit codes: 0 done, 1 check failed or writing refused, 2 a seed or its decisions are invalid.
 */
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { IngestError } from '../src/lib/ingest/errors.ts';
import { ingestSource, type IngestResult } from '../src/lib/ingest/pipeline.ts';
import { formatReport } from '../src/lib/ingest/report.ts';
import { parseSeedMeta } from '../src/lib/ingest/seed-meta.ts';
import {
	applyWrites,
	planWrites,
	readExisting,
	type WriteAction,
} from '../src/lib/ingest/write.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		check: { type: 'boolean', default: false },
		'dry-run': { type: 'boolean', default: false },
		force: { type: 'boolean', default: false },
		content: { type: 'string', default: 'content' },
		help: { type: 'boolean', short: 'h', default: false },
	},
});

if (values.help) {
	console.log(
		'Usage: npm run ingest -- [--check] [--dry-run] [--force] [--content <dir>] [seeds/<year>.txt …]'
	);
	process.exit(0);
}

// npm runs scripts from the project root; a seed named from a subfolder (`cd seeds && npm run
// ingest -- 2033.txt`) is relative to where the command was typed, which npm keeps in INIT_CWD.
// Only for `npm run ingest` itself: a process started by another npm script inherits INIT_CWD.
const typedIn = process.env.npm_lifecycle_event === 'ingest' ? process.env.INIT_CWD : undefined;
const toProjectPath = (path: string) =>
	relative(process.cwd(), resolve(typedIn ?? process.cwd(), path))
		.split('\\')
		.join('/');

async function seedFiles(): Promise<string[]> {
	// The same seed named twice (a glob and a name, `seeds/x.txt` and `./seeds/x.txt`) is ingested,
	// and its errors printed, once.
	if (positionals.length > 0) return [...new Set(positionals.map(toProjectPath))];
	const names = (await readdir('seeds')).filter((name) => /^\d{4}\.txt$/.test(name)).sort();
	return names.map((name) => `seeds/${name}`);
}

async function main(): Promise<number> {
	const files = await seedFiles();
	if (files.length === 0) {
		console.error(
			"No seeds to ingest: put the year's text in seeds/<year>.txt (see seeds/README.md)."
		);
		return 2;
	}

	const results: IngestResult[] = [];
	const failures: string[] = [];
	for (const file of files) {
		try {
			// Read the seed and, when there is one, its decisions file beside it.
			if (!existsSync(file)) throw new IngestError(file, 'no such file');
			if (!statSync(file).isFile())
				throw new IngestError(file, 'not a file: name the seed, e.g. seeds/<year>.txt');
			if (!file.endsWith('.txt'))
				throw new IngestError(
					file,
					'a seed is a .txt file (its decisions are in the .yaml file beside it)'
				);
			const bytes = new Uint8Array(await readFile(file));
			const metaFile = file.replace(/\.txt$/, '.yaml');
			const meta = existsSync(metaFile)
				? { file: metaFile, data: parseSeedMeta(await readFile(metaFile, 'utf8'), metaFile) }
				: undefined;
			// Decode → segment → apply editorial decisions → render MDX → validate (in memory).
			results.push(ingestSource({ file, bytes, ...(meta && { meta }) }));
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
	const duplicateYear = years.find((year, index) => years.indexOf(year) !== index);
	if (duplicateYear !== undefined) {
		console.error(
			`error: two seeds cover ${duplicateYear}: ${results
				.filter((r) => r.year === duplicateYear)
				.map((r) => r.file)
				.join(', ')}. Nothing was written.`
		);
		return 2;
	}

	// Plan: compare with what is on disk; refuse to overwrite hand edits without --force.
	const contentDir = values.content;
	const existing = await readExisting(contentDir, years);
	const actions: WriteAction[] = planWrites(
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

	const changed = actions.filter((action) => action.kind !== 'unchanged');
	if (values.check) {
		if (changed.length === 0 && orphans.length === 0) {
			console.log(`check: ${contentDir}/ is what the seeds produce (${actions.length} pages).`);
			return 0;
		}
		console.error(
			`check failed: ${changed.length} pages in ${contentDir}/ differ from what the seeds produce, ${orphans.length} not produced by any seed. Run \`npm run ingest\`.`
		);
		return 1;
	}
	const refused = actions.filter((action) => action.kind === 'hand-edited');
	if (refused.length > 0) {
		console.error(
			`Nothing was written: ${refused.map((a) => `${contentDir}/${a.path}`).join(', ')} ${refused.length === 1 ? 'was' : 'were'} edited by hand. ` +
				'Move the change into seeds/<year>.yaml as an editorial decision, or run `npm run ingest -- --force` to overwrite.'
		);
		return 1;
	}
	if (values['dry-run']) {
		console.log(`dry run: ${changed.length} pages would be written, nothing was.`);
		return 0;
	}
	// Write: atomically, and only the files whose content changed.
	await applyWrites(contentDir, actions);
	console.log(
		changed.length === 0
			? `Nothing to write: ${contentDir}/ is up to date.`
			: `Wrote ${changed.length} pages to ${contentDir}/.`
	);
	return 0;
}

process.exitCode = await main();
