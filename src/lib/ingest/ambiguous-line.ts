import { IngestError } from '../content/ingest-error.ts';

/**
 * The error for a line the rules cannot read one way or the other: it names both
 * readings and the decisions that settle it, ready to paste into the decisions file.
 *
 * @param decisionsFile `seeds/<year>.yaml`, where the archivist records the decision
 * @example ambiguousLine('seeds/2031.txt', 'seeds/2031.yaml', { n: 9, text: '坚持党的领导' }, 'a heading', 'the end of the paragraph before it').message.startsWith('seeds/2031.txt:9: the line “坚持党的领导” could be a heading') // true
 */
export function ambiguousLine(
	file: string,
	decisionsFile: string,
	line: { n: number; text: string },
	asHeading: string,
	asText: string
): IngestError {
	const quoted = JSON.stringify(line.text);
	return new IngestError(
		file,
		`the line “${line.text}” could be ${asHeading} or ${asText}, and the rules cannot tell. ` +
			`Ingest does not guess: record the reading in ${decisionsFile} under decisions, then run ingest again:\n` +
			`    - type: heading        # it is ${asHeading}\n      line: ${quoted}\n` +
			`  or\n` +
			`    - type: not-heading    # it is ${asText}\n      line: ${quoted}`,
		line.n
	);
}
