/**
 * The run lock on a full disk: taking the lock writes a small temporary file
 * first; when that write fails (ENOSPC), the run refuses naming the file, and
 * leaves nothing behind — "Nothing was written" must be true.
 */
import { mkdtempSync, readdirSync, writeFileSync as writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('node:fs/promises', async (importOriginal) => {
	const real = await importOriginal<typeof import('node:fs/promises')>();
	/** Creates the file, as a real write does, then runs out of space. */
	const writeFile = async (...args: Parameters<typeof real.writeFile>) => {
		const [path] = args;
		if (typeof path === 'string' && path.includes('.archive.lock')) {
			writeSync(path, '');
			throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
				code: 'ENOSPC',
				syscall: 'write',
			});
		}
		return real.writeFile(...args);
	};
	return { ...real, writeFile, default: { ...real, writeFile } };
});

const { acquireRunLock } = await import('../../src/lib/content/run-lock.ts');
const { describeFsError } = await import('../../src/lib/content/fs-errors.ts');

describe('acquireRunLock on a full disk', () => {
	it('fails naming the lock file and leaves no temporary file', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'run-lock-nospace-'));
		const error: unknown = await acquireRunLock(dir, 'ingest').catch((e: unknown) => e);
		expect((error as { code?: string }).code).toBe('ENOSPC');
		expect(describeFsError(error as never)).toMatch(
			new RegExp(`${dir}/\\.archive\\.lock\\.\\d+\\.tmp: no space left on the disk`)
		);
		expect(readdirSync(dir)).toEqual([]);
	});
});
