import { parse } from 'yaml';
import { formatIssues, type SeedMeta, SeedMetaSchema } from '../schemas.ts';
import { IngestError } from './errors.ts';

/**
 * Parses and validates `seeds/<year>.yaml`. Errors name the file and the field.
 *
 * @example parseSeedMeta('source: {}', 'seeds/2022.yaml') // throws "seeds/2022.yaml: source.file: …"
 */
export function parseSeedMeta(yamlText: string, file: string): SeedMeta {
	let data: unknown;
	try {
		data = parse(yamlText, { prettyErrors: true });
	} catch (error) {
		throw new IngestError(file, `not valid YAML: ${(error as Error).message}`);
	}
	const result = SeedMetaSchema.safeParse(data);
	if (!result.success)
		throw new IngestError(file, `invalid editorial file:\n${formatIssues(file, result.error)}`);
	return result.data;
}
