import { unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import yauzl from 'yauzl';
import { checksumList, fileGuide, offlineReadme } from '../../src/lib/package/manifest.ts';
import { relativeUrl, relativizeHtml } from '../../src/lib/package/relative-links.ts';
import { ZIP_TIME, zipFolder } from '../../src/lib/package/zip.ts';

describe('relativeUrl', () => {
	it.each([
		['zh/2022/a/index.html', '/zh/2022/b/', '../b/index.html'],
		['zh/2022/a/index.html', '/zh/2022/b/#p5', '../b/index.html#p5'],
		['zh/2022/a/index.html', '/zh/search/?q=x', '../../search/index.html?q=x'],
		['zh/index.html', '/_astro/site.css', '../_astro/site.css'],
		['index.html', '/zh/', 'zh/index.html'],
		['zh/2022/a/index.html', '/', '../../../index.html'],
		['404.html', '/en/', 'en/index.html'],
	])('from %s to %s is %s', (from, to, expected) => {
		expect(relativeUrl(from, to)).toBe(expected);
	});

	it('keeps folders as folders when asked', () => {
		expect(relativeUrl('zh/2022/a/index.html', '/', true)).toBe('../../../');
		expect(relativeUrl('index.html', '/', true)).toBe('./');
		expect(relativeUrl('zh/search/index.html', '/pagefind/', true)).toBe('../../pagefind/');
	});
});

describe('relativizeHtml', () => {
	it('rewrites root-relative href, src, action and data attributes, and nothing else', () => {
		const html =
			'<body data-root="/"><a href="/zh/2022/">y</a><a href="#p1">p</a><a href="https://example.org/">x</a><script src="/_app/s.js"></script><form action="/zh/search/"></form><div data-pagefind-base="/pagefind/"></div><p>href="/not/an/attribute/"</p></body>';
		expect(relativizeHtml(html, 'zh/2022/a/index.html')).toBe(
			'<body data-root="../../../"><a href="../index.html">y</a><a href="#p1">p</a><a href="https://example.org/">x</a><script src="../../../_app/s.js"></script><form action="../../search/index.html"></form><div data-pagefind-base="../../../pagefind/"></div><p>href="/not/an/attribute/"</p></body>'
		);
	});
});

describe('checksumList', () => {
	it('lists files sorted by path in sha256sum format', () => {
		expect(
			checksumList([
				{ path: 'b.txt', sha256: '2'.repeat(64) },
				{ path: 'a.txt', sha256: '1'.repeat(64) },
			])
		).toBe(`${'1'.repeat(64)}  a.txt\n${'2'.repeat(64)}  b.txt\n`);
	});
});

describe('offlineReadme', () => {
	it('says how to open the edition in both languages', () => {
		const text = offlineReadme('datong-npc-archive', '1.2.3');
		expect(text).toContain('双击本文件夹中的 index.html');
		expect(text).toContain('double-click index.html');
		expect(text).toContain('1.2.3');
	});
});

describe('fileGuide', () => {
	it('says what each file is in both languages, the PDFs when there are some, and that they are missing otherwise', () => {
		const guide = fileGuide(['data/pdf/datong-npc-2022-zh.pdf']);
		expect(guide).toContain('data/archive.json\n      全部报告的数据（JSON）');
		expect(guide).toContain('every report as data (JSON)');
		expect(guide).toContain(
			'data/pdf/datong-npc-2022-zh.pdf\n      印刷版 PDF\n      print edition (PDF)'
		);
		expect(guide).not.toContain('Chromium');
		expect(fileGuide([])).toContain('No PDF in this edition: Chromium was not found');
		expect(offlineReadme('n', '1.0.0', [])).toContain(fileGuide([]));
	});
});

describe('zipFolder', () => {
	const files = [
		{ path: 'b/index.html', data: new TextEncoder().encode('<p>b</p>') },
		{ path: 'index.html', data: new TextEncoder().encode('<p>a</p>') },
	];
	it('gives the same bytes for the same files in any order', () => {
		expect(zipFolder('x', files)).toEqual(zipFolder('x', [...files].reverse()));
	});
	it('puts every file under the folder', () => {
		const entries = unzipSync(zipFolder('edition', files));
		expect(Object.keys(entries).sort()).toEqual(['edition/b/index.html', 'edition/index.html']);
		expect(new TextDecoder().decode(entries['edition/index.html'])).toBe('<p>a</p>');
	});

	it('gives the same bytes on another day: no entry carries the time it was made', () => {
		vi.useFakeTimers();
		try {
			vi.setSystemTime(new Date('2026-03-01T08:00:00Z'));
			const first = zipFolder('edition', files);
			vi.setSystemTime(new Date('2027-11-30T17:45:13Z'));
			expect(zipFolder('edition', files)).toEqual(first);
		} finally {
			vi.useRealTimers();
		}
	});

	it('stamps every entry with the fixed date, as another zip reader (yauzl) sees it', async () => {
		const zip = Buffer.from(zipFolder('edition', files));
		const dates = await new Promise<Record<string, string>>((done, fail) => {
			yauzl.fromBuffer(zip, { lazyEntries: true }, (error, reader) => {
				if (error) return fail(error);
				const seen: Record<string, string> = {};
				reader.on('entry', (entry: yauzl.Entry) => {
					seen[entry.fileName] = entry.getLastModDate().toISOString();
					reader.readEntry();
				});
				reader.on('end', () => done(seen));
				reader.on('error', fail);
				reader.readEntry();
			});
		});
		expect(Object.keys(dates).sort()).toEqual(['edition/b/index.html', 'edition/index.html']);
		// DOS timestamps have no time zone: yauzl reads them as local time, as fflate wrote them.
		for (const date of Object.values(dates)) expect(date).toBe(ZIP_TIME.toISOString());
	});
});
