/**
 * `npm run package` when the file system is in the way: one line naming the
 * path and what happened, nothing half made left, no stack trace. (The whole
 * packaging is exercised by the site tests, which build the offline edition.)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/site.ts';

describe('npm run package on a file system error', () => {
	it('names a folder where the zip goes, and packages nothing', () => {
		const dir = mkdtempSync(join(tmpdir(), 'package-cli-'));
		cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
		const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
			name: string;
			version: string;
		};
		const zip = join('release', `${name}-${version}-offline.zip`);
		mkdirSync(join(dir, zip), { recursive: true });
		const result = spawnSync(
			join(ROOT, 'node_modules', '.bin', 'node'),
			[join(ROOT, 'scripts', 'package.ts')],
			{ cwd: dir, encoding: 'utf8' }
		);
		expect(result.status).toBe(1);
		expect(result.stderr).toBe(
			`error: ${zip}: is a folder, where a file was expected\nThe offline edition was not made; nothing was packaged.\n`
		);
		expect(readdirSync(join(dir, 'release'))).toEqual([`${name}-${version}-offline.zip`]);
		expect(existsSync(join(dir, zip))).toBe(true);
	});
});
