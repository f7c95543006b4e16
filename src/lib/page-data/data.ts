/**
 * The data page (`/{lang}/data/`): the downloads by group, the print pages, the
 * licence (prose, content/prose/<lang>/data/licence.md, with the licence filled
 * in) and the dataset's citation.
 */
import type { Element } from 'hast';
import { type DownloadGroup, toDownloadGroups } from '../editions/data-page.ts';
import { DATASET_LICENCE, DATASET_TITLE } from '../editions/dataset.ts';
import type { Download } from '../editions/downloads.ts';
import type { EditionArchive } from '../editions/model.ts';
import { type Lang, LOCALES, useTranslations } from '../i18n.ts';
import type { ProseDocument } from '../prose/documents.ts';
import { fillSlots, type SlotValue } from '../prose/slots.ts';
import type { Routes } from '../urls.ts';

/** A link with its text. */
export interface Link {
	href: string;
	label: string;
}

export interface DataPageProps {
	lang: Lang;
	groups: DownloadGroup[];
	/** Each year's print page (the Traditional pages link the Simplified ones). */
	printLinks: Link[];
	licence: ProseDocument;
	/** How to cite the dataset: its title, version and a file. */
	citation: string;
}

/**
 * What the licence text says the licence is: its name, and its address, a link
 * on the hosted site and text in the offline edition (which links nothing
 * outside itself).
 */
export function licenceSlots(offline: boolean): Record<string, SlotValue> {
	const link: Element = {
		type: 'element',
		tagName: 'a',
		properties: { href: DATASET_LICENCE.url, rel: ['license'] },
		children: [{ type: 'text', value: DATASET_LICENCE.url }],
	};
	return { licence: DATASET_LICENCE.name, licenceUrl: offline ? DATASET_LICENCE.url : link };
}

/** Everything the data page shows but its interface strings. */
export function dataPageProps(
	lang: Lang,
	context: {
		downloads: Download[];
		archive: EditionArchive;
		version: string;
		licence: ProseDocument;
		offline: boolean;
		routes: Routes;
	}
): DataPageProps {
	const t = useTranslations(lang);
	// The Traditional edition has no print edition of its own (see PRINT_LANGS): its readers get the Simplified one.
	const printLang = lang === 'zh-hant' ? 'zh' : lang;
	return {
		lang,
		groups: toDownloadGroups(context.downloads, context.archive, lang),
		printLinks: context.archive.years.map(({ year }) => ({
			href: context.routes.print(printLang, year),
			label: t('data.printPage', { year }),
		})),
		licence: fillSlots(context.licence, licenceSlots(context.offline)),
		citation: t('data.citation', {
			title: DATASET_TITLE[LOCALES[lang].text],
			version: context.version,
			file: 'data/archive.json',
		}),
	};
}
