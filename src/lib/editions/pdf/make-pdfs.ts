/**
 * The PDF edition: each print page of a built site (`<lang>/print/<year>/`)
 * typeset by Chromium (src/lib/chromium.ts, playwright-core `page.pdf()`) from the site's own print
 * stylesheet, A4, with page numbers and the citation and source in the footer.
 * Chromium embeds the system fonts it used (Noto CJK for Chinese). The text is
 * real text: pdftotext gets it back.
 *
 * Chromium is optional: without it no PDF is made and the caller is told why
 * and how to install it; everything else of the edition is still built.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { chromiumPath, isChromiumInstalled, launchChromium } from '../../chromium.ts';
import { ZIP_TIME } from '../../package/zip.ts';

/**
 * The file name of a year's PDF in one language.
 *
 * @example pdfFileName(2022, 'zh') // 'datong-npc-2022-zh.pdf'
 */
export function pdfFileName(year: number | string, lang: string): string {
	return `datong-npc-${year}-${lang}.pdf`;
}

/**
 * The footer of every page: citation and source on the left, `page / pages` on
 * the right. Chromium fills `pageNumber` and `totalPages`. Built as a tree and
 * serialised by hast-util-to-html, so the citation is escaped. (The template is
 * rendered by Chromium's PDF step alone, not by the site: its inline style
 * meets no CSP.)
 */
export function footerTemplate(citation: string, source: string): string {
	const span = (className: string): Element => ({
		type: 'element',
		tagName: 'span',
		properties: { className: [className] },
		children: [],
	});
	const tree: Element = {
		type: 'element',
		tagName: 'div',
		properties: {
			style:
				"font-family: 'DejaVu Sans', 'Noto Sans CJK SC', sans-serif; font-size: 7.5px; color: #444; width: 100%; margin: 0 14mm; display: flex; justify-content: space-between; gap: 4mm;",
		},
		children: [
			{
				type: 'element',
				tagName: 'span',
				properties: {},
				children: [{ type: 'text', value: `${citation} · ${source}` }],
			},
			{
				type: 'element',
				tagName: 'span',
				properties: { style: 'white-space: nowrap;' },
				children: [span('pageNumber'), { type: 'text', value: ' / ' }, span('totalPages')],
			},
		],
	};
	return toHtml(tree);
}

/** The loud message when Chromium is missing: what was skipped and how to install it. */
export function chromiumMissingMessage(path: string): string {
	const bar = '!'.repeat(78);
	return `${bar}\nPDF edition SKIPPED: Chromium not found at ${path}.\nEverything else was built. To make the PDFs, install Debian's Chromium and the CJK fonts:\n    apt-get install -y chromium fonts-noto-cjk\nor point CHROMIUM_PATH at a Chromium binary, then run npm run package again.\n${bar}`;
}

/**
 * Sets the creation and modification dates Chromium writes into a PDF's
 * information dictionary (the only part that changes from run to run) to a
 * fixed time, so that the same content gives the same bytes, like the zip.
 * The date strings keep their length, so the cross-reference offsets stay right.
 *
 * @example fixPdfDates(pdf, new Date('2000-01-01T00:00:00Z')) // …/CreationDate (D:20000101000000+00'00')…
 */
export function fixPdfDates(pdf: Uint8Array, date: Date): Uint8Array {
	const stamp = date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
	// latin1 maps each byte to one character and back, so binary streams survive untouched.
	const text = Buffer.from(pdf)
		.toString('latin1')
		.replace(/\/(CreationDate|ModDate) \(D:\d{14}/g, (_, key: string) => `/${key} (D:${stamp}`);
	return new Uint8Array(Buffer.from(text, 'latin1'));
}

export interface PdfJob {
	/** The print page, relative to the site folder. */
	page: string;
	/** The PDF to write, relative to the site folder. */
	out: string;
}

/** The PDF of each print page of a built site (`<lang>/print/<year>/index.html` → `data/pdf/…`). */
export function pdfJobs(pages: string[]): PdfJob[] {
	return pages.flatMap((page) => {
		const match = /^([a-z-]+)\/print\/(\d{4})\/index\.html$/.exec(page);
		return match ? [{ page, out: `data/pdf/${pdfFileName(match[2]!, match[1]!)}` }] : [];
	});
}

export type PdfResult = { written: { path: string; bytes: number }[] } | { skipped: string };

/**
 * Typesets each job's print page (opened from file://, so the folder must be
 * an edition with relative links, like the offline one) and writes the PDFs.
 *
 * @param executable the Chromium binary (CHROMIUM_PATH, or Debian's); when it
 *   is missing nothing is written and the result says why
 */
export async function makePdfs(
	siteDir: string,
	jobs: PdfJob[],
	executable = chromiumPath()
): Promise<PdfResult> {
	if (!isChromiumInstalled(executable)) return { skipped: chromiumMissingMessage(executable) };
	const browser = await launchChromium(executable);
	const written: { path: string; bytes: number }[] = [];
	try {
		for (const job of jobs) {
			const page = await browser.newPage();
			await page.goto(pathToFileURL(resolve(siteDir, job.page)).href, { waitUntil: 'load' });
			const edition = page.locator('.print-edition');
			const citation = (await edition.getAttribute('data-citation')) ?? '';
			const source = (await edition.getAttribute('data-source')) ?? '';
			const typeset = await page.pdf({
				format: 'A4',
				margin: { top: '18mm', bottom: '20mm', left: '18mm', right: '18mm' },
				displayHeaderFooter: true,
				// An empty header: Chromium's default one prints the date, which would make the PDF differ per run.
				headerTemplate: '<span></span>',
				footerTemplate: footerTemplate(citation, source),
				printBackground: true,
				outline: true,
				tagged: true,
			});
			await page.close();
			const pdf = fixPdfDates(typeset, ZIP_TIME);
			const target = join(siteDir, job.out);
			await mkdir(dirname(target), { recursive: true });
			await writeFile(target, pdf);
			written.push({ path: job.out, bytes: pdf.length });
		}
	} finally {
		await browser.close();
	}
	return { written };
}
