/**
 * The files the offline edition carries besides the site: a bilingual README.txt
 * and SHA256SUMS.
 */

/**
 * What each file of the edition is, one line per file or folder, in both languages.
 *
 * @param pdfs the PDFs that were typeset (none when Chromium was missing)
 */
export function fileGuide(pdfs: string[]): string {
	const lines: [string, string, string][] = [
		['index.html', '起始页（选择语言）', 'start page (choose a language)'],
		['zh/, en/', '中文版和英文版的网页', 'the Chinese and English pages'],
		[
			'data/archive.json',
			'全部报告的数据（JSON）：每段中英文、原文行号、编辑标记与说明',
			'every report as data (JSON): each paragraph in both languages, source lines, editorial marks and notes',
		],
		['data/<年份 year>.json', '一年的数据，结构同上', 'one year, in the same structure'],
		['data/archive.schema.json', '上述 JSON 的 JSON Schema', 'the JSON Schema of the JSON files'],
		[
			'data/paragraphs.csv',
			'每段一行的 CSV（UTF-8，RFC 4180）',
			'one row per paragraph, CSV (UTF-8, RFC 4180)',
		],
		[
			'data/documents.csv',
			'报告引用的法规与文件索引，每个引用段落一行的 CSV',
			'the index of laws and documents the reports cite, one row per citing paragraph, CSV',
		],
		['data/tei/', '每份报告的 TEI P5 XML', 'TEI P5 XML of each report'],
		[
			'data/epub/',
			'每年的电子书（EPUB 3）：中文、英文、中英对照',
			'e-books of each year (EPUB 3): Chinese, English, bilingual',
		],
		...pdfs.map((pdf): [string, string, string] => [pdf, '印刷版 PDF', 'print edition (PDF)']),
		['pagefind/, _app/', '搜索索引和脚本', 'search index and scripts'],
		['SHA256SUMS', '每个文件的 SHA-256 校验值', 'SHA-256 of every file'],
	];
	const guide = lines.map(([path, zh, en]) => `  ${path}\n      ${zh}\n      ${en}`).join('\n');
	const missing =
		pdfs.length === 0
			? '\n  （本版未附 PDF：打包时未找到 Chromium。 No PDF in this edition: Chromium was not found when it was packaged.）'
			: '';
	return `${guide}${missing}\n`;
}

/** README.txt of the offline edition, in Chinese and English, with what each file is. */
export function offlineReadme(name: string, version: string, pdfs: string[] = []): string {
	return `大同市人大常委会年度工作报告档案（离线版） ${version}
Datong Municipal People's Congress Standing Committee: Annual Work Report Archive (offline edition) ${version}

【中文】
打开方式：双击本文件夹中的 index.html，即可在浏览器中阅读和搜索，无需网络，也无需安装任何软件。
建议使用较新版本的 Chrome、Edge 或 Firefox。所有链接都指向本文件夹中的文件；搜索在本机浏览器中进行。
也可以把整个文件夹放到任何网站目录下发布。
文件校验：SHA256SUMS 列出每个文件的 SHA-256 值，可用 “sha256sum -c SHA256SUMS” 核对。

[English]
How to open: double-click index.html in this folder. The archive reads and searches in your browser with
no network and nothing to install. A recent Chrome, Edge or Firefox is recommended. Every link leads to a
file in this folder; search runs in your browser.
The folder can also be published as is, under any path of any web server.
Checksums: SHA256SUMS lists the SHA-256 of every file; check them with "sha256sum -c SHA256SUMS".

【文件说明 / What each file is】
${fileGuide(pdfs)}
(${name})
`;
}

/**
 * SHA256SUMS: one line per file, `<hash>  <path>`, sorted by path, in the format
 * `sha256sum -c` reads.
 */
export function checksumList(files: { path: string; sha256: string }[]): string {
	return [...files]
		.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
		.map((file) => `${file.sha256}  ${file.path}\n`)
		.join('');
}
