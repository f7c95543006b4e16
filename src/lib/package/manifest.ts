/**
 * The files the offline edition carries besides the site: a bilingual README.txt
 * and SHA256SUMS.
 */

/** README.txt of the offline edition, in Chinese and English. */
export function offlineReadme(name: string, version: string): string {
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
