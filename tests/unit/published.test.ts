import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { toDownloadGroups } from '../../src/lib/editions/data-page.ts';
import type { EditionArchive } from '../../src/lib/editions/model.ts';
import { findPublishedEditions, offlineEditionName } from '../../src/lib/editions/published.ts';
import { zipFolder } from '../../src/lib/package/zip.ts';

const NAME = offlineEditionName('datong-npc-archive', '9.9.9');
const encode = (text: string) => new TextEncoder().encode(text);
const ARCHIVE_JSON = encode('{"version":"9.9.9","years":[]}\n');

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A release folder holding a zip made by the package's own zipper, with the given files. */
function release(files: Record<string, Uint8Array>): string {
	dir = mkdtempSync(join(tmpdir(), 'release-'));
	const zip = zipFolder(
		NAME,
		Object.entries(files).map(([path, data]) => ({ path, data }))
	);
	writeFileSync(join(dir, `${NAME}.zip`), zip);
	return dir;
}

describe('offlineEditionName', () => {
	it('names the folder and the zip of the offline edition', () => {
		expect(offlineEditionName('datong-npc-archive', '1.0.0')).toBe(
			'datong-npc-archive-1.0.0-offline'
		);
	});
});

describe('findPublishedEditions', () => {
	it('finds nothing, and says nothing, when nothing was packaged', () => {
		dir = mkdtempSync(join(tmpdir(), 'release-'));
		expect(findPublishedEditions(dir, NAME, ARCHIVE_JSON)).toEqual({ downloads: [] });
		expect(findPublishedEditions(join(dir, 'absent'), NAME, ARCHIVE_JSON)).toEqual({
			downloads: [],
		});
	});

	it('publishes the zip and its PDFs, newest year first, Chinese before English, with their bytes', () => {
		const pdf = (text: string) => encode(`%PDF-1.4 ${text}`);
		const files = {
			'data/archive.json': ARCHIVE_JSON,
			'data/pdf/datong-npc-2030-en.pdf': pdf('2030 en'),
			'data/pdf/datong-npc-2031-en.pdf': pdf('2031 en'),
			'data/pdf/datong-npc-2031-zh.pdf': pdf('2031 zh'),
			'data/pdf/datong-npc-2030-zh.pdf': pdf('2030 zh'),
			'index.html': encode('<!doctype html>'),
		};
		const { downloads, problem } = findPublishedEditions(release(files), NAME, ARCHIVE_JSON);
		expect(problem).toBeUndefined();
		expect(downloads.map((d) => [d.path, d.kind, d.year, d.pdfLang])).toEqual([
			[`data/${NAME}.zip`, 'offline', undefined, undefined],
			['data/pdf/datong-npc-2031-zh.pdf', 'pdf', 2031, 'zh'],
			['data/pdf/datong-npc-2031-en.pdf', 'pdf', 2031, 'en'],
			['data/pdf/datong-npc-2030-zh.pdf', 'pdf', 2030, 'zh'],
			['data/pdf/datong-npc-2030-en.pdf', 'pdf', 2030, 'en'],
		]);
		expect(new TextDecoder().decode(downloads[1]!.bytes)).toBe('%PDF-1.4 2031 zh');
		expect(downloads[0]!.mediaType).toBe('application/zip');
	});

	it('publishes the zip alone when it was packaged without Chromium (no PDFs)', () => {
		const { downloads } = findPublishedEditions(
			release({ 'data/archive.json': ARCHIVE_JSON }),
			NAME,
			ARCHIVE_JSON
		);
		expect(downloads.map((d) => d.kind)).toEqual(['offline']);
	});

	it('publishes nothing from a zip made from other content, and says how to fix it', () => {
		const dir = release({
			'data/archive.json': encode('{"version":"9.9.9","years":[2031]}\n'),
			'data/pdf/datong-npc-2031-zh.pdf': encode('%PDF'),
		});
		const { downloads, problem } = findPublishedEditions(dir, NAME, ARCHIVE_JSON);
		expect(downloads).toEqual([]);
		expect(problem).toContain(join(dir, `${NAME}.zip`));
		expect(problem).toContain('data/archive.json differs');
		expect(problem).toContain('npm run package');
	});

	it('publishes nothing from a file that is not a zip', () => {
		dir = mkdtempSync(join(tmpdir(), 'release-'));
		writeFileSync(join(dir, `${NAME}.zip`), 'not a zip');
		const { downloads, problem } = findPublishedEditions(dir, NAME, ARCHIVE_JSON);
		expect(downloads).toEqual([]);
		expect(problem).toContain(`${join(dir, `${NAME}.zip`)} is not a readable zip`);
	});
});

describe('toDownloadGroups', () => {
	it('lists the offline edition and the PDFs first, under the heading other pages link to, in the reader’s language', () => {
		const archive = { years: [] } as unknown as EditionArchive;
		const { downloads } = findPublishedEditions(
			release({
				'data/archive.json': ARCHIVE_JSON,
				'data/pdf/datong-npc-2031-zh.pdf': encode('%PDF'),
				'data/pdf/datong-npc-2031-en.pdf': encode('%PDF'),
			}),
			NAME,
			ARCHIVE_JSON
		);
		const en = toDownloadGroups(downloads, archive, 'en');
		expect(en.map((g) => g.id)).toEqual(['offline']);
		expect(en[0]!.rows.map((r) => [r.name, r.description])).toEqual([
			[`${NAME}.zip`, expect.stringContaining('double-click index.html') as string],
			['pdf/datong-npc-2031-zh.pdf', 'Reports of 2031, Chinese, PDF for print (A4)'],
			['pdf/datong-npc-2031-en.pdf', 'Reports of 2031, English, PDF for print (A4)'],
		]);
		const zh = toDownloadGroups(downloads, archive, 'zh');
		expect(zh[0]!.title).toBe('离线版与 PDF 印刷版');
		expect(zh[0]!.rows[1]!.description).toBe('2031年报告，中文，PDF 印刷版（A4）');
	});
});
