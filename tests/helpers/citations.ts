/**
 * What a citation of a report should say, derived from content/ (the pages'
 * frontmatter, where ingest put what seeds/<year>.yaml records) and from the
 * built page's own title, never from the page's data attributes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CitationParts } from '../../src/lib/citation.ts';
import { toHant } from '../../src/lib/hant.ts';
import en from '../../src/i18n/en.json' with { type: 'json' };
import zh from '../../src/i18n/zh.json' with { type: 'json' };
import { type ContentPage, contentPairs } from './content.ts';
import { select, textOf } from './html.ts';

export const HOSTED = 'https://archive.example.org/';
export type ReaderLang = 'zh' | 'zh-hant' | 'en';

interface Bilingual {
	zh: string;
	en: string;
}
interface Provenance {
	authors?: Bilingual[];
	publication?: { newspaper: Bilingual; date?: string; page?: string } | null;
	translation?: { credit: Bilingual };
}

/** A report of the archive to cite: the newest year's first report with an English page and a recorded author, else its first report. */
export function reportToCite(): { zh: ContentPage; en: ContentPage | undefined } {
	const pairs = contentPairs();
	const newest = Math.max(...pairs.map((p) => p.zh.year));
	const ofYear = pairs
		.filter((p) => p.zh.year === newest)
		.sort((a, b) => Number(a.zh.frontmatter['order']) - Number(b.zh.frontmatter['order']));
	const withAuthor = ofYear.find(
		(p) => p.en && ((p.zh.frontmatter as Provenance).authors ?? []).length > 0
	);
	return withAuthor ?? ofYear[0]!;
}

/** The report's title as the built page in `lang` shows it (its h1). */
export function builtTitle(siteDir: string, lang: ReaderLang, year: number, slug: string): string {
	const html = readFileSync(join(siteDir, lang, String(year), slug, 'index.html'), 'utf8');
	return textOf(select(html, 'h1')[0]!).trim();
}

/**
 * The citation parts a reader of `lang` should get for a report whose page shows
 * its own text (the Chinese, or a complete English translation).
 */
export function expectedParts(
	siteDir: string,
	lang: ReaderLang,
	pair: { zh: ContentPage; en: ContentPage | undefined }
): CitationParts {
	const { year, slug } = pair.zh;
	const data = pair.zh.frontmatter as Provenance;
	const side = lang === 'en' ? 'en' : 'zh';
	const script = lang === 'zh-hant' ? toHant : (text: string) => text;
	const translator =
		data.translation?.credit.en ?? (pair.en?.frontmatter['translator'] as string | undefined);
	return {
		lang,
		textLang: lang,
		...(data.authors?.length && { authors: data.authors.map((a) => script(a[side])) }),
		report: builtTitle(siteDir, lang, year, slug),
		archive: script((lang === 'en' ? en : zh)['site.title']),
		year,
		// A publication not recorded is said so in the citation (null), never left out silently.
		publication: data.publication
			? {
					newspaper: script(data.publication.newspaper[side]),
					date: data.publication.date,
					page: data.publication.page,
				}
			: null,
		...(lang === 'en' && translator && { translator }),
		url: `${HOSTED}${lang}/${year}/${slug}/`,
	};
}
