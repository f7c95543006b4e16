/**
 * A file written whole or not at all (an export, a memory): when its place is
 * taken by a folder, the error names that place — not the temporary file —
 * and nothing is left beside it.
 */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomicallySync } from '../../src/lib/content/atomic-file.ts';
import { describeFsError, type FsError } from '../../src/lib/content/fs-errors.ts';

describe('writeFileAtomicallySync', () => {
	it('writes the file and nothing else', () => {
		const dir = mkdtempSync(join(tmpdir(), 'atomic-file-'));
		writeFileAtomicallySync(join(dir, 'out', '2031.xlf'), '<xliff/>');
		expect(readdirSync(join(dir, 'out'))).toEqual(['2031.xlf']);
	});

	it('names the path a folder occupies (export --out <folder>), and leaves no temporary file', () => {
		const dir = mkdtempSync(join(tmpdir(), 'atomic-file-'));
		const target = join(dir, 'translations');
		mkdirSync(target);
		writeFileSync(join(target, 'kept.txt'), 'x');
		let error: unknown;
		try {
			writeFileAtomicallySync(target, '<xliff/>');
		} catch (caught) {
			error = caught;
		}
		expect(describeFsError(error as FsError)).toBe(
			`${target}: is a folder, where a file was expected`
		);
		expect(readdirSync(dir)).toEqual(['translations']);
		expect(readdirSync(target)).toEqual(['kept.txt']);
	});
});
