/**
 * The offline edition and the PDFs published with the hosted site: built after
 * `npm run package` (as the deploy steps do, tests/helpers/build-sites.ts), the
 * archive serves the very zip and PDFs the package made under /data/, the Data
 * page lists them first in every language, and the about and landing pages link
 * there; a site built from other content publishes none, nor does the offline
 * edition itself.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { select, textOf } from '../helpers/html.ts';

const LANGS = ['zh', 'zh-hant', 'en'];
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
/** The PDFs the package typeset (none where Chromium is missing). */
const packagedPdfs = () => {
	const dir = join(inject('offlineDir'), 'data', 'pdf');
	return existsSync(dir) ? readdirSync(dir).sort() : [];
};

describe('the hosted site built after npm run package', () => {
	it('serves the packaged zip and every packaged PDF under /data/, byte for byte', () => {
		const site = inject('siteDir');
		const zipName = inject('offlineZip').split('/').at(-1)!;
		expect(readFileSync(join(site, 'data', zipName))).toEqual(readFileSync(inject('offlineZip')));
		const pdfDir = join(site, 'data', 'pdf');
		expect(existsSync(pdfDir) ? readdirSync(pdfDir).sort() : []).toEqual(packagedPdfs());
		for (const pdf of packagedPdfs())
			expect(readFileSync(join(pdfDir, pdf))).toEqual(
				readFileSync(join(inject('offlineDir'), 'data', 'pdf', pdf))
			);
	});

	it.each(LANGS)(
		'/%s/data/ lists the zip and the PDFs first, under #offline, with their sizes',
		(lang) => {
			const site = inject('siteDir');
			const html = read(site, join(lang, 'data', 'index.html'));
			expect(textOf(select(html, 'main h2')[0]!)).toBe(textOf(select(html, 'h2#offline')[0]!));
			const links = select(html, 'section[aria-labelledby="offline"] a[data-bytes]').map((a) =>
				String(a.properties['href'])
			);
			const zipName = inject('offlineZip').split('/').at(-1)!;
			expect(links).toEqual([
				`/data/${zipName}`,
				// Newest year first, Chinese before English.
				...packagedPdfs()
					.map((pdf) => ({ pdf, year: Number(/\d{4}/.exec(pdf)![0]), en: /-en\.pdf$/.test(pdf) }))
					.sort((a, b) => b.year - a.year || Number(a.en) - Number(b.en))
					.map(({ pdf }) => `/data/pdf/${pdf}`),
			]);
			for (const href of links) expect(existsSync(join(site, href)), href).toBe(true);
		}
	);

	it.each(LANGS)('/%s/about/ and the landing page link the downloads', (lang) => {
		const site = inject('siteDir');
		const target = `/${lang}/data/#offline`;
		expect(
			select(read(site, join(lang, 'about', 'index.html')), `a[href="${target}"]`)
		).toHaveLength(1);
		expect(select(read(site, 'index.html'), `a[href="${target}"]`)).toHaveLength(
			lang === 'zh-hant' ? 0 : 1
		);
	});
});

describe('what publishes nothing', () => {
	it('a site whose content differs from the package’s (the fallback fixture, built beside it)', () => {
		const site = inject('fallbackDir');
		expect(readdirSync(join(site, 'data')).filter((f) => f.endsWith('.zip'))).toEqual([]);
		expect(existsSync(join(site, 'data', 'pdf'))).toBe(false);
		for (const lang of LANGS) {
			expect(select(read(site, join(lang, 'data', 'index.html')), '#offline')).toEqual([]);
			expect(select(read(site, join(lang, 'about', 'index.html')), 'a[href$="#offline"]')).toEqual(
				[]
			);
		}
		expect(select(read(site, 'index.html'), 'a[href$="#offline"]')).toEqual([]);
	});

	it('the offline edition: it holds its PDFs, not a zip of itself, and its Data page lists no group for them', () => {
		const dir = inject('offlineDir');
		expect(readdirSync(join(dir, 'data')).filter((f) => f.endsWith('.zip'))).toEqual([]);
		for (const lang of LANGS)
			expect(select(read(dir, join(lang, 'data', 'index.html')), '#offline')).toEqual([]);
	});
});
