/**
 * The XHTML documents of an e-book: one chapter per report (numbered paragraphs,
 * headings, editorial marks as note references, the notes at the end of the
 * chapter linked both ways), a title page and the navigation document.
 * Serialised by xmlbuilder2 (characters XML cannot carry are refused, not
 * dropped); every text and attribute goes through `xmlText` first, as
 * xmlbuilder2 leaves an `&` that starts `&amp;` or `&#65;` unescaped.
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { LOCALES, type TextLang as Lang, useTranslations } from '../../i18n.ts';
import type { EditorialEntry } from '../../schemas.ts';
import { describeEntry, entryLabel } from '../apparatus.ts';
import type { MetaSuffix } from '../../content/page-units.ts';
import { type BodyBlock, type EditionReport, englishTitleIsChinese } from '../model.ts';
import { xmlText } from '../../xml-text.ts';

const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const EPUB_NS = 'http://www.idpf.org/2007/ops';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Which text an e-book carries: one language, or both paragraph by paragraph. */
export type EpubVariant = Lang | 'bilingual';

/** Sets attributes; `epub:` and `xml:` ones go in their namespaces, every value through `xmlText`. */
function setAttributes(
	node: XMLBuilder,
	attributes: Record<string, string | undefined>
): XMLBuilder {
	for (const [key, raw] of Object.entries(attributes)) {
		if (raw === undefined) continue;
		// xmlbuilder2 would leave an `&` starting `&amp;` or `&#65;` unescaped.
		const value = xmlText(raw);
		if (key.startsWith('epub:')) node.att(EPUB_NS, key, value);
		else if (key.startsWith('xml:')) node.att(XML_NS, key, value);
		else node.att(key, value);
	}
	return node;
}

/** Adds an XHTML element with its attributes (see `setAttributes`). */
function el(
	parent: XMLBuilder,
	name: string,
	attributes: Record<string, string | undefined> = {}
): XMLBuilder {
	return setAttributes(parent.ele(XHTML_NS, name), attributes);
}

/** Both `lang` and `xml:lang`, as EPUB reading systems read either. */
function langAttributes(lang: Lang): { lang: string; 'xml:lang': string } {
	return { lang: LOCALES[lang].htmlLang, 'xml:lang': LOCALES[lang].htmlLang };
}

/** A new XHTML document with its head; returns the document and its body. */
function startDocument(
	lang: Lang,
	title: string,
	stylesheet: string
): { doc: XMLBuilder; body: XMLBuilder } {
	const doc = create({ version: '1.0', encoding: 'UTF-8' });
	doc.dtd({ name: 'html' });
	const html = doc.ele(XHTML_NS, 'html');
	html.att('http://www.w3.org/2000/xmlns/', 'xmlns:epub', EPUB_NS);
	setAttributes(html, langAttributes(lang));
	const head = el(html, 'head');
	el(head, 'title').txt(xmlText(title));
	el(head, 'link', { rel: 'stylesheet', type: 'text/css', href: stylesheet });
	return { doc, body: el(html, 'body') };
}

function finish(doc: XMLBuilder): string {
	return doc.end({ prettyPrint: false, wellFormed: true });
}

/** The language of the text a report shows in an e-book of `lang`: its translation, or the Chinese. */
export function textLang(report: EditionReport, lang: Lang): Lang {
	return lang === 'zh' || report.blocks.every((b) => b.en !== undefined) ? lang : 'zh';
}

function entryOf(report: EditionReport, n: number): EditorialEntry {
	const entry = report.zh.editorial.find((e) => e.n === n);
	if (!entry) throw new Error(`${report.id}: mark ${n} has no editorial entry`);
	return entry;
}

/** Ids of a mark's reference and its note; `suffix` keeps the two languages of a bilingual chapter apart. */
const refId = (n: number, suffix: string) => `ref-${n}${suffix}`;
const noteId = (n: number, suffix: string) => `ed-${n}${suffix}`;

function addNoteref(
	parent: XMLBuilder,
	report: EditionReport,
	n: number,
	lang: Lang,
	suffix: string
): void {
	const entry = entryOf(report, n);
	const sup = el(parent, 'sup');
	el(sup, 'a', {
		'epub:type': 'noteref',
		role: 'doc-noteref',
		id: refId(n, suffix),
		href: `#${noteId(n, suffix)}`,
		title: entryLabel(entry, lang),
	}).txt(xmlText(String(n)));
}

function addBlock(
	section: XMLBuilder,
	report: EditionReport,
	block: BodyBlock,
	lang: Lang,
	suffix: string
): void {
	const t = useTranslations(lang);
	if (block.type === 'heading') {
		el(section, 'h2', { id: `s${block.n}${suffix}`, ...(suffix && langAttributes(lang)) }).txt(
			xmlText(block.text)
		);
	} else if (block.type === 'paragraph') {
		const p = el(section, 'p', {
			id: `p${block.n}${suffix}`,
			class: 'para',
			...(suffix && langAttributes(lang)),
		});
		el(p, 'span', { class: 'pn', title: t('report.paragraph', { n: block.n }) }).txt(
			xmlText(String(block.n))
		);
		p.txt(xmlText(' '));
		for (const run of block.runs) {
			if (run.type === 'text') p.txt(xmlText(run.value));
			else addNoteref(p, report, run.n, lang, suffix);
		}
	} else {
		const entry = entryOf(report, block.n);
		const p = el(section, 'p', {
			class: `mark-block mark-${block.mark}`,
			...(suffix && langAttributes(lang)),
		});
		if (entry.type === 'lacuna') p.txt(xmlText('〔……〕 '));
		el(p, 'a', {
			'epub:type': 'noteref',
			role: 'doc-noteref',
			id: refId(block.n, suffix),
			href: `#${noteId(block.n, suffix)}`,
		}).txt(xmlText(`${entryLabel(entry, lang)} ${block.n}`));
	}
}

function addNotes(
	body: XMLBuilder,
	report: EditionReport,
	langs: { lang: Lang; suffix: string }[]
): void {
	if (report.zh.editorial.length === 0) return;
	const first = langs[0]!.lang;
	const notes = el(body, 'section', {
		'epub:type': 'endnotes',
		role: 'doc-endnotes',
		class: 'notes',
	});
	el(notes, 'h2').txt(
		xmlText(langs.map(({ lang }) => useTranslations(lang)('apparatus.title')).join(' · '))
	);
	for (const entry of report.zh.editorial) {
		for (const { lang, suffix } of langs) {
			const aside = el(notes, 'aside', {
				'epub:type': 'footnote',
				role: 'doc-footnote',
				id: noteId(entry.n, suffix),
				...(lang !== first && langAttributes(lang)),
			});
			const p = el(aside, 'p');
			el(p, 'a', {
				href: `#${refId(entry.n, suffix)}`,
				role: 'doc-backlink',
				class: 'backlink',
			}).txt(xmlText(String(entry.n)));
			p.txt(
				xmlText(
					` ${entryLabel(entry, lang)}${lang === 'zh' ? '：' : ': '}${describeEntry(entry, lang)}`
				)
			);
		}
	}
}

/**
 * A report's article headline and subtitle, byline and credit in one language;
 * on the English side a field not translated yet is the Chinese, in a span
 * marked Chinese.
 */
function addHead(section: XMLBuilder, report: EditionReport, lang: Lang, marked: boolean): void {
	const head = lang === 'en' ? report.enHead! : { ...report.zh, chinese: new Set<MetaSuffix>() };
	const attrs = marked ? langAttributes(lang) : {};
	const field = (parent: XMLBuilder, suffix: MetaSuffix, text: string) => {
		if (head.chinese.has(suffix)) el(parent, 'span', langAttributes('zh')).txt(xmlText(text));
		else parent.txt(xmlText(text));
	};
	const article = el(section, 'p', { class: 'article', ...attrs });
	article.txt(xmlText(`${useTranslations(lang)('report.article')}${lang === 'zh' ? '：' : ': '}`));
	field(article, 'article-title', head.article.title);
	article.txt(' ');
	field(article, 'article-subtitle', head.article.subtitle);
	if (head.byline) field(el(section, 'p', { class: 'byline', ...attrs }), 'byline', head.byline);
	if (head.credit) field(el(section, 'p', { class: 'byline', ...attrs }), 'credit', head.credit);
}

/**
 * One report as an XHTML chapter. In the bilingual variant each Chinese block is
 * followed by its English one (the English ids end in `-en`).
 */
export function reportToXhtml(report: EditionReport, variant: EpubVariant): string {
	const t = (lang: Lang) => useTranslations(lang);
	const main: Lang = variant === 'bilingual' ? 'zh' : textLang(report, variant);
	const ui: Lang = variant === 'bilingual' ? 'zh' : variant;
	const langs =
		variant === 'bilingual'
			? [
					{ lang: 'zh' as Lang, suffix: '' },
					...(report.blocks.some((b) => b.en) ? [{ lang: 'en' as Lang, suffix: '-en' }] : []),
				]
			: [{ lang: main, suffix: '' }];
	const { doc, body } = startDocument(main, report.title[ui], '../style.css');
	const section = el(body, 'section', {
		'epub:type': 'chapter',
		role: 'doc-chapter',
		'aria-labelledby': 'title',
	});
	const chineseTitle = englishTitleIsChinese(report);
	el(section, 'h1', {
		id: 'title',
		...(ui === 'en' && chineseTitle && report.en && langAttributes('zh')),
	}).txt(xmlText(report.title[ui]));
	if (variant === 'bilingual' && langs.length > 1)
		el(section, 'p', { class: 'subtitle', ...langAttributes(chineseTitle ? 'zh' : 'en') }).txt(
			xmlText(report.title.en)
		);
	for (const { lang } of langs) addHead(section, report, lang, lang !== main);
	for (const aligned of report.blocks) {
		for (const { lang, suffix } of langs) {
			const block = lang === 'zh' ? aligned.zh : (aligned.en ?? aligned.zh);
			addBlock(section, report, block, lang, variant === 'bilingual' ? suffix : '');
		}
	}
	const source = t(ui)('report.source', {
		file: report.zh.source.file,
		from: report.zh.source.lines[0],
		to: report.zh.source.lines[1],
	});
	el(section, 'p', { class: 'source' }).txt(
		xmlText(`${source} · ${t(ui)('report.sourceHash', { hash: report.zh.source.sha256 })}`)
	);
	addNotes(body, report, langs);
	return finish(doc);
}

/** What the title page and the navigation document show. */
export interface BookInfo {
	variant: EpubVariant;
	lang: Lang;
	title: string;
	subtitle: string;
	/** Provenance for people: where the text was printed (or that it was not recorded), authors, translation. */
	provenance: { label: string; value: string }[];
	/** Lines of the title page after the provenance: citation, licence. */
	lines: string[];
	/** The seed file as received and its checksum, in small type (the checksum may break anywhere). */
	technical: { source: string; sha256: string };
	chapters: { href: string; title: string; sections: { id: string; title: string }[] }[];
}

/** The title page. */
export function titlePageToXhtml(book: BookInfo): string {
	const { doc, body } = startDocument(book.lang, book.title, 'style.css');
	const section = el(body, 'section', { 'epub:type': 'titlepage', class: 'titlepage' });
	el(section, 'h1').txt(xmlText(book.title));
	el(section, 'p', { class: 'subtitle' }).txt(xmlText(book.subtitle));
	for (const { label, value } of book.provenance) {
		const p = el(section, 'p', { class: 'provenance' });
		el(p, 'span', { class: 'label' }).txt(xmlText(`${label}${book.lang === 'zh' ? '：' : ': '}`));
		p.txt(xmlText(value));
	}
	for (const line of book.lines) el(section, 'p').txt(xmlText(line));
	el(section, 'p', { class: 'source' }).txt(xmlText(book.technical.source));
	addBreakableHash(el(section, 'p', { class: 'source hash' }), book.technical.sha256);
	return finish(doc);
}

/**
 * `SHA-256 <hash>`, the 64 digits in groups of eight with a break opportunity
 * (`<wbr/>`) between groups: a phone's narrow page wraps it instead of running
 * off the screen, and a copy of it still reads as one word.
 */
function addBreakableHash(p: XMLBuilder, sha256: string): void {
	p.txt(xmlText('SHA-256 '));
	const groups = sha256.match(/.{1,8}/g) ?? [];
	groups.forEach((group, i) => {
		if (i > 0) el(p, 'wbr');
		p.txt(xmlText(group));
	});
}

/** The navigation document: a table of contents down to the section headings. */
export function navToXhtml(book: BookInfo): string {
	const t = useTranslations(book.lang);
	const { doc, body } = startDocument(book.lang, t('report.toc'), 'style.css');
	const nav = el(body, 'nav', { 'epub:type': 'toc', role: 'doc-toc', id: 'toc' });
	el(nav, 'h1').txt(xmlText(t('report.toc')));
	const list = el(nav, 'ol');
	el(el(list, 'li'), 'a', { href: 'title.xhtml' }).txt(xmlText(book.title));
	for (const chapter of book.chapters) {
		const item = el(list, 'li');
		el(item, 'a', { href: chapter.href }).txt(xmlText(chapter.title));
		if (chapter.sections.length === 0) continue;
		const sub = el(item, 'ol');
		for (const section of chapter.sections)
			el(el(sub, 'li'), 'a', { href: `${chapter.href}#${section.id}` }).txt(xmlText(section.title));
	}
	return finish(doc);
}
