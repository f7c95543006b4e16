/**
 * The prose collection as the pages use it: each document's heading and HTML
 * (rendered by the `.md` processor, src/lib/prose/processors.ts), found by
 * language and name. The one module that queries the `prose` collection.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { type Lang, LOCALES, type TextLang } from '../i18n.ts';

/** A prose document ready for a page. */
export interface ProseDocument {
	/** Its name within its language: `about/cite`, `year/2031`. */
	name: string;
	/** The last part of the name, the anchor of the section it makes (`cite`). */
	anchor: string;
	/** The heading the page shows above it, if it has one. */
	title: string | undefined;
	/** The rendered text. */
	html: string;
	/** The language it is written in: the page's, or Chinese where an optional document has no English. */
	lang: TextLang;
	/** The file, for messages: `content/prose/zh/about/cite.md`. */
	file: string;
}

type Entry = CollectionEntry<'prose'>;

let cached: Promise<Map<string, ProseDocument>> | undefined;

/** Every prose document, by `<lang>/<name>` (`zh/about/cite`), loaded once per build. */
export function getProse(): Promise<Map<string, ProseDocument>> {
	cached ??= getCollection('prose').then(
		(entries) => new Map(entries.map((entry) => [entry.id, toDocument(entry)]))
	);
	return cached;
}

/** A collection entry as a document; an entry that failed to render is an error here. */
export function toDocument(entry: Entry): ProseDocument {
	const [lang, ...name] = entry.id.split('/');
	const file = `content/prose/${entry.id}.md`;
	const html = entry.rendered?.html;
	if (html === undefined)
		throw new Error(`${file} could not be rendered (Astro logged the reason above)`);
	return {
		name: name.join('/'),
		anchor: name.at(-1)!,
		title: entry.data.title,
		html,
		lang: lang as TextLang,
		file,
	};
}

/**
 * The document `name` in the language of a page in `lang` (the Traditional
 * pages show the Chinese, converted with the page). Every language has it.
 */
export async function requireProse(
	lang: Lang,
	name: string,
	purpose: string
): Promise<ProseDocument> {
	const side = LOCALES[lang].text;
	const document = (await getProse()).get(`${side}/${name}`);
	if (!document)
		throw new Error(
			`content/prose/${side}/${name}.md is missing: ${purpose}, in every language (content/prose/README.md)`
		);
	return document;
}

/** A document that heads a section: its frontmatter must give the heading. */
export function requireTitle(document: ProseDocument): ProseDocument & { title: string } {
	if (document.title === undefined)
		throw new Error(
			`${document.file}: no title in its frontmatter; the page shows it as the section's heading`
		);
	return { ...document, title: document.title };
}

/**
 * The document `name` for a page in `lang` if there is one: its English on an
 * English page, else the Chinese (its `lang` says so, for the page to mark it).
 */
export async function optionalProse(lang: Lang, name: string): Promise<ProseDocument | undefined> {
	const documents = await getProse();
	return documents.get(`${LOCALES[lang].text}/${name}`) ?? documents.get(`zh/${name}`);
}
