/**
 * An EPUB 3 of one year (`/data/epub/datong-npc-<year>-<variant>.epub`): the
 * OCF container (`mimetype` first and stored, `META-INF/container.xml`), the
 * package document with its metadata, the navigation document, a title page
 * and one chapter per report. Reproducible: the same content gives the same
 * bytes (fixed zip timestamps; `dcterms:modified` and the identifier derived
 * from the data, never from the clock). Nothing remote: every resource is in
 * the book.
 *
 * @see https://www.w3.org/TR/epub-33/
 */
import { type Zippable, zipSync } from 'fflate';
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { sha256 } from '../../hash.ts';
import { LOCALES, type TextLang as Lang, useTranslations } from '../../i18n.ts';
import { ZIP_TIME } from '../../package/zip.ts';
import { xmlAttributes, xmlText } from '../../xml-text.ts';
import { citeYear, DATASET_LICENCE, DATASET_PUBLISHER, DATASET_TITLE } from '../dataset.ts';
import type { EditionYear } from '../model.ts';
import { provenanceLines, yearAuthors } from '../provenance.ts';
import { EPUB_CSS } from './style.ts';
import {
	type BookInfo,
	type EpubVariant,
	navToXhtml,
	reportToXhtml,
	titlePageToXhtml,
} from './xhtml.ts';

const OPF_NS = 'http://www.idpf.org/2007/opf';
const DC_NS = 'http://purl.org/dc/elements/1.1/';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** The e-book variants every year gets. */
export const EPUB_VARIANTS: readonly EpubVariant[] = ['zh', 'en', 'bilingual'];

/**
 * The file name of a year's e-book.
 *
 * @example epubFileName(2022, 'bilingual') // 'datong-npc-2022-bilingual.epub'
 */
export function epubFileName(year: number, variant: EpubVariant): string {
	return `datong-npc-${year}-${variant}.epub`;
}

/**
 * A stable identifier: a UUID made from the sha256 of the book's name (RFC 4122
 * layout, version 5 bits), the same for every build of the same book.
 *
 * @example bookIdentifier(2022, 'zh') // 'urn:uuid:…' (always the same)
 */
export function bookIdentifier(year: number, variant: EpubVariant): string {
	const hex = sha256(`datong-npc-archive/${year}/${variant}`).slice(0, 32).split('');
	hex[12] = '5';
	hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
	const h = hex.join('');
	return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/**
 * `dcterms:modified` from the data: the day the year's source was received (the
 * last change of its text), or the last day of the year when that is unknown.
 *
 * @example modifiedOf({ year: 2022, source: { received: '2026-11-26' } }) // '2026-11-26T00:00:00Z'
 */
export function modifiedOf(
	year: Pick<EditionYear, 'year'> & { source?: { received: string } | undefined }
): string {
	return `${year.source?.received ?? `${year.year}-12-31`}T00:00:00Z`;
}

function bookInfo(year: EditionYear, variant: EpubVariant, version: string): BookInfo {
	const lang: Lang = variant === 'bilingual' ? 'zh' : variant;
	const t = useTranslations(lang);
	const title =
		variant === 'bilingual' ? `${DATASET_TITLE.zh} · ${DATASET_TITLE.en}` : DATASET_TITLE[lang];
	const subtitle =
		variant === 'bilingual'
			? `${year.year}年 · ${year.year} · 中英对照 / Chinese and English`
			: t('year.title', { year: year.year });
	const first = year.reports[0]?.zh.source;
	const originalName = first?.originalName ?? year.source?.originalName;
	return {
		variant,
		lang,
		title,
		subtitle,
		provenance: provenanceLines(year, lang, variant !== 'zh'),
		lines: [citeYear(lang, year.year, version), `${DATASET_LICENCE.name} ${DATASET_LICENCE.url}`],
		technical: {
			source: `${first?.file ?? ''}${originalName ? ` (${originalName})` : ''}`,
			sha256: first?.sha256 ?? year.source?.sha256 ?? '',
		},
		chapters: year.reports.map((report, i) => ({
			href: chapterHref(i, report.slug),
			title: report.title[lang],
			sections: report.blocks.flatMap((b) =>
				b.type === 'heading' && b.zh.type === 'heading'
					? [
							{
								id: `s${b.n}`,
								title: variant === 'en' && b.en?.type === 'heading' ? b.en.text : b.zh.text,
							},
						]
					: []
			),
		})),
	};
}

function chapterHref(index: number, slug: string): string {
	return `text/${String(index + 1).padStart(2, '0')}-${slug}.xhtml`;
}

/** The book's Dublin Core metadata: identifier, title, languages, people, date, source, rights. */
function addMetadata(pkg: XMLBuilder, year: EditionYear, variant: EpubVariant, book: BookInfo) {
	const metadata = pkg.ele(OPF_NS, 'metadata');
	metadata.att('http://www.w3.org/2000/xmlns/', 'xmlns:dc', DC_NS);
	metadata
		.ele(DC_NS, 'dc:identifier', xmlAttributes({ id: 'uid' }))
		.txt(xmlText(bookIdentifier(year.year, variant)));
	metadata.ele(DC_NS, 'dc:title').txt(xmlText(`${book.title} ${year.year}`));
	for (const lang of variant === 'bilingual' ? (['zh', 'en'] as const) : [variant])
		metadata.ele(DC_NS, 'dc:language').txt(xmlText(LOCALES[lang].htmlLang));
	addPeople(metadata, year, variant, book.lang);
	metadata.ele(DC_NS, 'dc:date').txt(xmlText(String(year.year)));
	metadata.ele(DC_NS, 'dc:publisher').txt(xmlText(DATASET_PUBLISHER[book.lang]));
	for (const report of year.reports.slice(0, 1))
		metadata
			.ele(DC_NS, 'dc:source')
			.txt(xmlText(`${report.zh.source.file} sha256:${report.zh.source.sha256}`));
	metadata.ele(DC_NS, 'dc:rights').txt(xmlText(`${DATASET_LICENCE.name} ${DATASET_LICENCE.url}`));
	metadata
		.ele(OPF_NS, 'meta', xmlAttributes({ property: 'dcterms:modified' }))
		.txt(xmlText(modifiedOf(year)));
}

/** The manifest (navigation, style, title page, a chapter per report) and the spine, in reading order. */
function addManifestAndSpine(pkg: XMLBuilder, chapters: string[]) {
	const manifest = pkg.ele(OPF_NS, 'manifest');
	const item = (attributes: Record<string, string>) =>
		manifest.ele(OPF_NS, 'item', xmlAttributes(attributes));
	item({ id: 'nav', href: 'nav.xhtml', 'media-type': 'application/xhtml+xml', properties: 'nav' });
	item({ id: 'style', href: 'style.css', 'media-type': 'text/css' });
	item({ id: 'title', href: 'title.xhtml', 'media-type': 'application/xhtml+xml' });
	chapters.forEach((href, i) =>
		item({ id: `r${i + 1}`, href, 'media-type': 'application/xhtml+xml' })
	);
	const spine = pkg.ele(OPF_NS, 'spine');
	spine.ele(OPF_NS, 'itemref', xmlAttributes({ idref: 'title' }));
	spine.ele(OPF_NS, 'itemref', xmlAttributes({ idref: 'nav' }));
	chapters.forEach((_, i) => spine.ele(OPF_NS, 'itemref', xmlAttributes({ idref: `r${i + 1}` })));
}

// Every text and attribute goes through xmlText/xmlAttributes: xmlbuilder2 would leave an `&`
// that starts `&amp;` or `&#65;` unescaped (the file names and the source come from the seed).
function packageDocument(
	year: EditionYear,
	variant: EpubVariant,
	book: BookInfo,
	chapters: string[]
): string {
	const doc = create({ version: '1.0', encoding: 'UTF-8' });
	const pkg = doc.ele(
		OPF_NS,
		'package',
		xmlAttributes({ version: '3.0', 'unique-identifier': 'uid' })
	);
	pkg.att(XML_NS, 'xml:lang', xmlText(LOCALES[book.lang].htmlLang));
	addMetadata(pkg, year, variant, book);
	addManifestAndSpine(pkg, chapters);
	return doc.end({ prettyPrint: true, wellFormed: true });
}

/**
 * The authors the bylines name (`dc:creator`) and, in a book with English, its
 * translator (`dc:contributor` with the MARC relator `trl`).
 */
function addPeople(metadata: XMLBuilder, year: EditionYear, variant: EpubVariant, lang: Lang) {
	for (const author of yearAuthors(year))
		metadata.ele(DC_NS, 'dc:creator').txt(xmlText(author[lang]));
	const first = year.reports[0];
	const translator =
		first?.zh.translation?.credit[lang] ?? year.reports.find((r) => r.en)?.en?.translator;
	if (variant === 'zh' || !translator) return;
	metadata
		.ele(DC_NS, 'dc:contributor', xmlAttributes({ id: 'translator' }))
		.txt(xmlText(translator));
	metadata
		.ele(
			OPF_NS,
			'meta',
			xmlAttributes({ refines: '#translator', property: 'role', scheme: 'marc:relators' })
		)
		.txt('trl');
}

const CONTAINER = create({ version: '1.0', encoding: 'UTF-8' })
	.ele(
		'urn:oasis:names:tc:opendocument:xmlns:container',
		'container',
		xmlAttributes({ version: '1.0' })
	)
	.ele('rootfiles')
	.ele(
		'rootfile',
		xmlAttributes({
			'full-path': 'EPUB/package.opf',
			'media-type': 'application/oebps-package+xml',
		})
	)
	.doc()
	.end({ prettyPrint: true });

/** Every file of the book, in zip order, as text. */
export function epubFiles(
	year: EditionYear,
	variant: EpubVariant,
	version: string
): { path: string; text: string }[] {
	const book = bookInfo(year, variant, version);
	const chapters = year.reports.map((report, i) => ({
		path: chapterHref(i, report.slug),
		text: reportToXhtml(report, variant),
	}));
	return [
		{ path: 'mimetype', text: 'application/epub+zip' },
		{ path: 'META-INF/container.xml', text: CONTAINER },
		{
			path: 'EPUB/package.opf',
			text: packageDocument(
				year,
				variant,
				book,
				chapters.map((c) => c.path)
			),
		},
		{ path: 'EPUB/nav.xhtml', text: navToXhtml(book) },
		{ path: 'EPUB/title.xhtml', text: titlePageToXhtml(book) },
		{ path: 'EPUB/style.css', text: EPUB_CSS },
		...chapters.map((c) => ({ path: `EPUB/${c.path}`, text: c.text })),
	];
}

/** The EPUB file of one year. `mimetype` comes first and is stored uncompressed, as OCF requires. */
export function buildEpub(year: EditionYear, variant: EpubVariant, version: string): Uint8Array {
	const encoder = new TextEncoder();
	const entries: Zippable = {};
	for (const file of epubFiles(year, variant, version)) {
		entries[file.path] = [
			encoder.encode(file.text),
			{ mtime: ZIP_TIME, level: file.path === 'mimetype' ? 0 : 9 },
		];
	}
	return zipSync(entries, { mtime: ZIP_TIME });
}
