import { basename, dirname, resolve } from 'node:path';
import { isScalar, LineCounter, parseDocument, visit } from 'yaml';
import { refusalMessages } from '../content/text-rules.ts';
import { formatIssues, type SeedMeta, SeedMetaSchema } from '../schemas.ts';
import { IngestError } from './errors.ts';

/** Tags a decisions file may use: YAML's own core types, nothing that builds objects or code. */
const CORE_TAGS = new Set([
	'tag:yaml.org,2002:str',
	'tag:yaml.org,2002:int',
	'tag:yaml.org,2002:float',
	'tag:yaml.org,2002:bool',
	'tag:yaml.org,2002:null',
	'tag:yaml.org,2002:map',
	'tag:yaml.org,2002:seq',
]);

/** Problems of the YAML itself: syntax errors, warnings (unknown tags), tags outside the core schema. */
function yamlProblems(
	doc: ReturnType<typeof parseDocument>,
	lines: LineCounter,
	file: string
): string[] {
	const at = (offset: number | undefined) => `${file}:${lines.linePos(offset ?? 0).line}`;
	const problems = [...doc.errors, ...doc.warnings].map(
		(e) => `${at(e.pos[0])}: ${e.message.split('\n')[0]}`
	);
	visit(doc, (_, node) => {
		// A document with no content (an empty file), or a part the parser could not read, is null.
		const tag = (node as { tag?: string } | null)?.tag;
		if (tag !== undefined && !CORE_TAGS.has(tag))
			problems.push(
				`${at((node as { range?: [number] }).range?.[0])}: the tag ${tag} is not allowed: a decisions file holds plain text, numbers, lists and mappings`
			);
	});
	return problems;
}

/** Refused characters in the file's text (notes, quotes), with their lines in the file. */
function characterProblems(
	doc: ReturnType<typeof parseDocument>,
	lines: LineCounter,
	file: string
): string[] {
	const problems: string[] = [];
	visit(doc, {
		Scalar(_, node) {
			if (!isScalar(node) || typeof node.value !== 'string') return;
			const line = lines.linePos(node.range?.[0] ?? 0).line;
			problems.push(...refusalMessages(node.value, (l) => `${file}:${line + l - 1}`));
		},
	});
	return problems;
}

/**
 * Parses and validates `seeds/<year>.yaml`. Errors name the file, the line or
 * the field: YAML errors and warnings (an unknown tag such as `!!js/function`
 * is an error, not a string), any tag outside YAML's core types, characters the
 * text rules refuse (src/lib/content/text-rules.ts), and the schema.
 *
 * @example parseSeedMeta('source: {}', 'seeds/2022.yaml') // throws "seeds/2022.yaml: source.file: …"
 */
export function parseSeedMeta(yamlText: string, file: string): SeedMeta {
	const lines = new LineCounter();
	const doc = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false });
	const problems = yamlProblems(doc, lines, file);
	if (problems.length > 0)
		throw new IngestError(
			file,
			`${doc.errors.length > 0 ? 'not valid YAML' : 'YAML a decisions file may not use'}:\n${problems.join('\n')}`
		);
	const characters = characterProblems(doc, lines, file);
	if (characters.length > 0)
		throw new IngestError(file, `characters that cannot be published:\n${characters.join('\n')}`);
	let data: unknown;
	try {
		data = doc.toJS({ maxAliasCount: 100 });
	} catch (error) {
		// An alias expanding into too much data ("billion laughs"), or one that points nowhere.
		throw new IngestError(file, `not valid for a decisions file: ${(error as Error).message}`);
	}
	const result = SeedMetaSchema.safeParse(data);
	if (!result.success)
		throw new IngestError(file, `invalid editorial file:\n${formatIssues(file, result.error)}`);
	return result.data;
}

/**
 * A seed must be in the seeds folder the build reads (`seeds/`, or
 * ARCHIVE_SEEDS_DIR), and its decisions file's `source.file` must name it:
 * the pages record the seed's path, and the site shows the decisions beside it.
 *
 * @param seedsDir the seeds folder, relative to the working folder or absolute
 */
export function checkSeedPlace(
	seedFile: string,
	seedsDir: string,
	meta: { file: string; data: SeedMeta } | undefined
): void {
	if (resolve(dirname(seedFile)) !== resolve(seedsDir))
		throw new IngestError(
			seedFile,
			`a seed must be in ${seedsDir}/ (the folder the build reads); move it there, as ${seedsDir}/${basename(seedFile)}`
		);
	if (meta && meta.data.source.file !== basename(seedFile))
		throw new IngestError(
			meta.file,
			`source.file names ${meta.data.source.file}, but this decisions file is beside ${seedFile}: it must name its own seed (${basename(seedFile)})`
		);
}
