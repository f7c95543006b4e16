/**
 * `generatedHash`: the hash of everything ingest generated in a page file —
 * frontmatter (comments included) and body — so that any difference, in any
 * field or line, shows as a hand edit. It is the sha256 of the file as written,
 * with line endings as LF (a checkout that converts them is no edit) and the hash
 * itself replaced by a placeholder of 64 `f`s (a plain YAML string, as a hash is).
 */
import { splitFrontmatter } from './mdx-page.ts';
import { hashBody, sha256 } from '../hash.ts';

/** What a page file holds in place of its hash while the hash is computed. */
export const HASH_PLACEHOLDER = 'f'.repeat(64);

const HASH_LINE = /^generatedHash: ([0-9a-f]{64})$/gm;

function hashWithPlaceholder(text: string): string {
	return sha256(text.replace(/\r\n?/g, '\n'));
}

/**
 * Fills in the hash of a page file written with {@link HASH_PLACEHOLDER} as its
 * `generatedHash`.
 *
 * @example stampGeneratedHash(`---\ngeneratedHash: ${HASH_PLACEHOLDER}\n---\n\nx\n`).includes(HASH_PLACEHOLDER) // false
 */
export function stampGeneratedHash(mdx: string): { mdx: string; hash: string } {
	const hash = hashWithPlaceholder(mdx);
	const line = `generatedHash: ${HASH_PLACEHOLDER}`;
	if (mdx.indexOf(line) === -1 || mdx.indexOf(line) !== mdx.lastIndexOf(line))
		throw new Error('a generated page must have exactly one generatedHash line');
	return { mdx: mdx.replace(line, `generatedHash: ${hash}`), hash };
}

/** What a page file's `generatedHash` says about it. */
export type HashVerdict =
	/** The file is byte for byte what ingest wrote (line endings aside). */
	| { state: 'as-generated' }
	/** The file differs from what ingest wrote, or has no (single) hash to tell. */
	| { state: 'edited'; why: string }
	/**
	 * Written by an ingest older than the whole-file hash: the body is as generated,
	 * the frontmatter could not be recorded.
	 */
	| { state: 'body-as-generated' };

/**
 * Checks a page file against the `generatedHash` in its frontmatter.
 *
 * @example verifyGeneratedHash('no frontmatter').state // 'edited'
 */
export function verifyGeneratedHash(text: string): HashVerdict {
	const parts = splitFrontmatter(text);
	if (!parts) return { state: 'edited', why: 'its frontmatter is gone' };
	const hashes = [...parts.yaml.matchAll(HASH_LINE)];
	if (hashes.length !== 1)
		return {
			state: 'edited',
			why:
				hashes.length === 0
					? 'its generatedHash line is gone'
					: 'it has more than one generatedHash line',
		};
	const recorded = hashes[0]![1]!;
	const placeholder = text.replace(`generatedHash: ${recorded}`, `generatedHash: ${HASH_PLACEHOLDER}`);
	if (hashWithPlaceholder(placeholder) === recorded) return { state: 'as-generated' };
	if (recorded === hashBody(parts.body)) return { state: 'body-as-generated' };
	return { state: 'edited', why: 'it no longer matches its generatedHash' };
}
