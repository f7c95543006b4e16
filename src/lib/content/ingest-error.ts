/**
 * An error in a seed or its decisions that the archivist must fix. It names the
 * file (and the line when there is one) so the message can be acted on as is.
 * Thrown by ingest's steps and by the content layer's seed reader alike; the
 * ingest command prints it as one line, without a stack trace.
 */
export class IngestError extends Error {
	readonly file: string;
	readonly line: number | undefined;

	constructor(file: string, message: string, line?: number) {
		super(`${file}${line === undefined ? '' : `:${line}`}: ${message}`);
		this.name = 'IngestError';
		this.file = file;
		this.line = line;
	}
}
