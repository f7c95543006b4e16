/** The e-book's stylesheet: readable defaults that leave fonts and sizes to the reading system. */
export const EPUB_CSS = `body { line-height: 1.7; margin: 0 1em; }
h1 { font-size: 1.5em; margin: 1em 0 0.5em; }
h2 { font-size: 1.2em; margin: 1.5em 0 0.5em; }
p { margin: 0 0 0.8em; text-align: justify; }
.pn { color: #666; font-size: 0.75em; margin-right: 0.4em; }
sup { line-height: 0; }
a[role~="doc-noteref"] { text-decoration: none; }
.subtitle, .article, .byline, .source { color: #444; font-size: 0.9em; }
.mark-block { color: #555; text-align: center; }
.notes { border-top: 1px solid #999; margin-top: 2em; font-size: 0.9em; }
.titlepage { text-align: center; margin-top: 20%; }
.titlepage .provenance { font-size: 0.9em; }
.titlepage .label { color: #444; }
.source { color: #444; font-size: 0.8em; overflow-wrap: break-word; }
.hash { word-break: break-all; }
`;
