/**
 * Reading `seeds/<year>.yaml`, the decisions file: plain YAML only, no refused
 * character, then the schema. Untrusted input: every problem is an error that
 * names the file and the line or field.
 */
import { isScalar, LineCounter, parseDocument, visit } from 'yaml';
import { refusalMessages } from './text-rules.ts';
import { formatIssues, type SeedMeta, SeedMetaSchema } from '../schemas.ts';
import { IngestError } from './ingest-error.ts';

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
