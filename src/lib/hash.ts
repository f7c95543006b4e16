import { createHash } from 'node:crypto';

/** Lowercase hex sha256 of a string (as UTF-8) or of bytes. */
export function sha256(data: string | Uint8Array): string {
	return createHash('sha256').update(data).digest('hex');
}

/**
 * The hash that identifies a page body: sha256 of the body with LF line endings and
 * no surrounding whitespace, so that the hash ingest records and the body Astro
 * reads (`entry.body`, trimmed) agree.
 */
export function hashBody(body: string): string {
	return sha256(body.replace(/\r\n?/g, '\n').trim());
}
