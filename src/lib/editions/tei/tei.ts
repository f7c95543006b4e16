/**
 * TEI P5 XML of one report (`/data/tei/<year>/<slug>.xml`): a `teiHeader` with
 * the translators and how they worked (where recorded), the source description
 * (article; newspaper, day and page, or a note that they were not recorded;
 * authors or byline; seed file, line range, sha256) and
 * the text in both languages, paragraph by paragraph, with the editorial
 * apparatus as TEI: `<gap>` for the lacuna, `<sic>` for a phrase reproduced as
 * printed, `<pb break="no"/>` where a page break of the source was joined,
 * `<note>` for every editor's note. Serialised by xmlbuilder2, which refuses
 * characters XML cannot carry; every text and attribute goes through `xmlText`
 * first, as xmlbuilder2 leaves an `&` that starts `&amp;` or `&#65;` unescaped.
 *
 * @see https://tei-c.org/release/doc/tei-p5-doc/en/html/PH.html
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { LOCALES, type TextLang as Lang } from '../../i18n.ts';
import type { TranslationCredit } from '../../content/provenance.ts';
import type { EditorialEntry, ZhReport } from '../../schemas.ts';
import { xmlText } from '../../xml-text.ts';
import { DATASET_LICENCE, DATASET_PUBLISHER, DATASET_TITLE } from '../dataset.ts';
import {
	type AlignedBlock,
	type BodyBlock,
	type EditionReport,
	type EditionYear,
	englishTitleIsChinese,
	type Run,
} from '../model.ts';

const TEI_NS = 'http://www.tei-c.org/ns/1.0';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/**
 * Adds a TEI element; `xml:`-prefixed attributes go in the XML namespace (xmlbuilder2 needs it
 * named). Every value goes through `xmlText` (xmlbuilder2 would leave `&amp;` in it unescaped).
 */
function el(parent: XMLBuilder, name: string, attributes: Record<string, string> = {}): XMLBuilder {
	const node = parent.ele(TEI_NS, name);
	for (const [key, value] of Object.entries(attributes)) {
		if (key.startsWith('xml:')) node.att(XML_NS, key, xmlText(value));
		else node.att(key, xmlText(value));
	}
	return node;
}

function setLang(node: XMLBuilder, lang: Lang): XMLBuilder {
	return node.att(XML_NS, 'xml:lang', xmlText(LOCALES[lang].htmlLang));
}

function entryOf(report: EditionReport, n: number): EditorialEntry {
	const entry = report.zh.editorial.find((e) => e.n === n);
	if (!entry) throw new Error(`${report.id}: mark ${n} has no editorial entry`);
	return entry;
}

/** The note text of an entry in a language (a join may have none). */
function noteText(entry: EditorialEntry, lang: Lang): string | undefined {
	return 'note' in entry && entry.note ? entry.note[lang] : undefined;
}

function addNote(parent: XMLBuilder, entry: EditorialEntry, lang: Lang): void {
	const text = noteText(entry, lang);
	if (text === undefined) return;
	const type = entry.type === 'note' && entry.sic ? 'sic' : entry.type;
	el(parent, 'note', {
		type,
		n: String(entry.n),
		resp: '#editors',
		'xml:id': `${lang}-ed${entry.n}`,
	}).txt(xmlText(text));
}

/** Writes a paragraph's runs; in Chinese the quoted phrase before a sic note becomes `<sic>`. */
function addRuns(p: XMLBuilder, runs: Run[], report: EditionReport, lang: Lang): void {
	runs.forEach((run, i) => {
		if (run.type === 'text') {
			const next = runs[i + 1];
			const entry = next?.type === 'mark' ? entryOf(report, next.n) : undefined;
			if (lang === 'zh' && entry?.type === 'note' && entry.sic && run.value.endsWith(entry.quote)) {
				p.txt(xmlText(run.value.slice(0, run.value.length - entry.quote.length)));
				el(p, 'sic').txt(xmlText(entry.quote));
			} else p.txt(xmlText(run.value));
			return;
		}
		const entry = entryOf(report, run.n);
		// The newspaper's page (or column) break fell here, mid-sentence; the two parts were joined.
		if (entry.type === 'join') el(p, 'pb', { break: 'no', ed: 'source', n: `l${entry.lines[1]}` });
		addNote(p, entry, lang);
	});
}

function addBlockMark(
	div: XMLBuilder,
	block: BodyBlock & { type: 'mark' },
	report: EditionReport,
	lang: Lang
): void {
	const entry = entryOf(report, block.n);
	if (entry.type === 'lacuna') el(div, 'gap', { reason: 'lost', resp: '#editors' });
	if (entry.type === 'truncation') el(div, 'gap', { reason: 'source-ends', resp: '#editors' });
	addNote(div, entry, lang);
}

/** One language's text as a `<div>`, with a nested `<div type="section">` for each heading. */
function addText(body: XMLBuilder, report: EditionReport, lang: Lang): void {
	const root = setLang(
		el(body, 'div', {
			type: lang === 'zh' ? 'original' : 'translation',
			'xml:id': lang,
			...(lang !== 'zh' && { corresp: '#zh' }),
		}),
		lang
	);
	el(root, 'head').txt(xmlText(report.title[lang]));
	let current = root;
	for (const aligned of report.blocks) {
		const block = lang === 'zh' ? aligned.zh : aligned.en;
		if (!block) continue;
		if (block.type === 'heading') {
			current = el(root, 'div', {
				type: 'section',
				n: String(block.n),
				'xml:id': `${lang}-s${block.n}`,
			});
			el(current, 'head').txt(xmlText(block.text));
		} else if (block.type === 'paragraph') {
			const p = el(current, 'p', {
				n: String(block.n),
				'xml:id': `${lang}-p${block.n}`,
				...(lang !== 'zh' && { corresp: `#zh-p${block.n}` }),
			});
			addRuns(p, block.runs, report, lang);
		} else addBlockMark(current, block, report, lang);
	}
}

/** The newspaper, its day and page; or a note that they were not recorded (never guessed). */
function addPublication(bibl: XMLBuilder, zh: ZhReport): void {
	const publication = zh.publication;
	if (!publication) {
		setLang(el(bibl, 'note', { type: 'publication' }), 'en').txt(
			xmlText('The newspaper, day and page this text was printed in were not recorded.')
		);
		return;
	}
	for (const lang of ['zh', 'en'] as const)
		setLang(el(bibl, 'title', { level: 'j' }), lang).txt(xmlText(publication.newspaper[lang]));
	if (publication.date)
		el(bibl, 'date', { type: 'published', when: publication.date }).txt(xmlText(publication.date));
	if (publication.page) el(bibl, 'biblScope', { unit: 'page' }).txt(xmlText(publication.page));
}

/** The people the byline names, as printed and in English; else the byline itself. */
function addAuthors(bibl: XMLBuilder, zh: ZhReport): void {
	if (zh.authors.length === 0) {
		if (zh.byline) el(bibl, 'author').txt(xmlText(zh.byline));
		return;
	}
	for (const author of zh.authors) {
		const node = el(bibl, 'author');
		for (const lang of ['zh', 'en'] as const)
			setLang(el(node, 'persName'), lang).txt(xmlText(author[lang]));
	}
	if (zh.byline) el(bibl, 'note', { type: 'byline' }).txt(xmlText(zh.byline));
}

/** Who made the English: the year's credit, else the English page's translator. */
function addTranslator(titleStmt: XMLBuilder, report: EditionReport, english: boolean): void {
	const credit = report.zh.translation?.credit;
	const name = credit?.en ?? report.en?.translator;
	if (!english || !name) return;
	const resp = el(titleStmt, 'respStmt', { 'xml:id': 'translators' });
	el(resp, 'resp').txt(xmlText('English translation'));
	setLang(el(resp, 'name'), 'en').txt(xmlText(name));
	if (credit) setLang(el(resp, 'name'), 'zh').txt(xmlText(credit.zh));
}

/** How the English was made, in both languages. */
function addTranslationNotes(notes: XMLBuilder, translation: TranslationCredit): void {
	for (const lang of ['en', 'zh'] as const)
		setLang(el(notes, 'note', { type: 'translation', resp: '#translators' }), lang).txt(
			xmlText(translation.method[lang])
		);
}

/** The titles in both languages and who is responsible: the editors, the translators. */
function addTitleStmt(fileDesc: XMLBuilder, report: EditionReport, english: boolean): void {
	const titleStmt = el(fileDesc, 'titleStmt');
	setLang(el(titleStmt, 'title', { type: 'main' }), 'zh').txt(
		xmlText(`${report.title.zh}（${report.year}）`)
	);
	// An overview whose English headline is not translated yet has its Chinese title here.
	setLang(
		el(titleStmt, 'title', { type: 'main' }),
		englishTitleIsChinese(report) ? 'zh' : 'en'
	).txt(xmlText(`${report.title.en} (${report.year})`));
	const editors = el(titleStmt, 'respStmt', { 'xml:id': 'editors' });
	el(editors, 'resp').txt(xmlText('transcription, editorial notes'));
	el(editors, 'orgName').txt(xmlText(DATASET_PUBLISHER.en));
	addTranslator(titleStmt, report, english);
}

/** The source: the article, where it was printed, its authors, the seed file, hash and lines. */
function addSourceDesc(fileDesc: XMLBuilder, report: EditionReport, year: EditionYear): void {
	const { zh } = report;
	const bibl = el(fileDesc, 'sourceDesc').ele(TEI_NS, 'bibl');
	el(bibl, 'title', { level: 'a', type: 'main' }).txt(xmlText(zh.article.title));
	el(bibl, 'title', { level: 'a', type: 'sub' }).txt(xmlText(zh.article.subtitle));
	addPublication(bibl, zh);
	addAuthors(bibl, zh);
	if (zh.credit) el(bibl, 'note', { type: 'credit' }).txt(xmlText(zh.credit));
	el(bibl, 'date', { type: 'covered', when: String(report.year) }).txt(
		xmlText(String(report.year))
	);
	el(bibl, 'idno', { type: 'file' }).txt(xmlText(zh.source.file));
	el(bibl, 'idno', { type: 'sha256' }).txt(xmlText(zh.source.sha256));
	const originalName = zh.source.originalName ?? year.source?.originalName;
	if (originalName) el(bibl, 'idno', { type: 'originalName' }).txt(xmlText(originalName));
	el(bibl, 'citedRange', {
		unit: 'line',
		from: String(zh.source.lines[0]),
		to: String(zh.source.lines[1]),
	});
}

function hasEnglish(blocks: AlignedBlock[]): boolean {
	return blocks.some((block) => block.en !== undefined);
}

/** The TEI document of one report. */
export function reportToTei(report: EditionReport, year: EditionYear, version: string): string {
	const { zh } = report;
	const english = hasEnglish(report.blocks);
	const doc = create({ version: '1.0', encoding: 'UTF-8' });
	const tei = setLang(el(doc, 'TEI'), 'zh');
	const header = el(tei, 'teiHeader');
	const fileDesc = el(header, 'fileDesc');
	addTitleStmt(fileDesc, report, english);
	el(el(fileDesc, 'editionStmt'), 'edition', { n: version }).txt(
		xmlText(`${DATASET_TITLE.en}, version ${version}`)
	);
	const publication = el(fileDesc, 'publicationStmt');
	el(publication, 'publisher').txt(xmlText(DATASET_PUBLISHER.en));
	el(publication, 'idno', { type: 'archive' }).txt(xmlText(report.id));
	el(el(publication, 'availability'), 'licence', { target: DATASET_LICENCE.url }).txt(
		xmlText(DATASET_LICENCE.name)
	);
	if (english && zh.translation) addTranslationNotes(el(fileDesc, 'notesStmt'), zh.translation);
	addSourceDesc(fileDesc, report, year);
	const editorial = el(header, 'encodingDesc').ele(TEI_NS, 'editorialDecl');
	setLang(el(editorial, 'p'), 'en').txt(
		xmlText(
			'The Chinese text is the source’s text, character for character. Paragraphs split by a page break of the newspaper are joined and the break is marked pb with break="no"; text missing in the source is marked gap; phrases reproduced as printed are marked sic; each decision is explained in a note by the editors. Paragraph numbers (n) are the same in both languages.'
		)
	);
	const languages = el(header, 'profileDesc').ele(TEI_NS, 'langUsage');
	el(languages, 'language', { ident: LOCALES.zh.htmlLang }).txt(
		xmlText('Chinese (Simplified), the source')
	);
	if (english)
		el(languages, 'language', { ident: LOCALES.en.htmlLang }).txt(
			xmlText('English, the translation')
		);
	const body = el(tei, 'text').ele(TEI_NS, 'body');
	addText(body, report, 'zh');
	if (english) addText(body, report, 'en');
	// Not pretty-printed: indentation inside a paragraph would add spaces to the Chinese text.
	return doc.end({ prettyPrint: false, wellFormed: true });
}
