/**
 * The memory file of an export (`<year>.zh-Hans_en.tmx`, for a CAT tool's
 * memory folder): the suggestions the export offers, as TMX 1.4b. The archive's
 * own memory of aligned pairs is the content layer's (src/lib/content/tmx.ts).
 */
import { inlineText } from '../content/page-units.ts';
import { type TmxTool, tmxDocument } from '../content/tmx.ts';
import { xmlText } from '../xml-text.ts';
import type { ExportFile } from './xliff-write.ts';

/** One suggestion of an export: a memory match or a fixed rendering, with where it comes from. */
export interface Suggestion {
	zh: string;
	en: string;
	/** A unit id of an earlier year, `registry` or `glossary`. */
	origin: string;
}

/**
 * The suggestions an export offers, for the year's memory file: every
 * `<alt-trans>` that has its own source, and every fixed rendering (registry,
 * glossary), each pair once, in file order. Marks are left out.
 */
export function exportSuggestions(files: ExportFile[]): Suggestion[] {
	const found = new Map<string, Suggestion>();
	const add = (s: Suggestion) => {
		if (s.zh && s.en && !found.has(`${s.zh}\u0000${s.en}`)) found.set(`${s.zh}\u0000${s.en}`, s);
	};
	for (const unit of files.flatMap((f) => f.units)) {
		if (unit.fixed && unit.target)
			add({
				zh: inlineText(unit.source).trim(),
				en: inlineText(unit.target.inlines).trim(),
				origin: unit.fixed,
			});
		for (const alt of unit.alternatives)
			if (alt.source !== undefined)
				add({ zh: alt.source, en: inlineText(alt.target).trim(), origin: alt.origin });
	}
	return [...found.values()];
}

/**
 * Serialises an export's suggestions as a TMX 1.4b memory (the year's memory
 * file, for a CAT tool's memory folder), each `<tu>` with its origin as a `<prop>`.
 *
 * @example buildSuggestionTmx([{ zh: '市人大法制委', en: 'Legal Affairs Committee', origin: 'registry' }], tool) // '…<seg>Legal Affairs Committee</seg>…'
 */
export function buildSuggestionTmx(suggestions: Suggestion[], tool: TmxTool): string {
	const { root, body } = tmxDocument(tool);
	for (const suggestion of suggestions) {
		const tu = body.ele('tu');
		tu.ele('prop', { type: 'x-origin' }).txt(xmlText(suggestion.origin));
		tu.ele('tuv', { 'xml:lang': 'zh-Hans' }).ele('seg').txt(xmlText(suggestion.zh));
		tu.ele('tuv', { 'xml:lang': 'en' }).ele('seg').txt(xmlText(suggestion.en));
	}
	return `${root.end({ prettyPrint: true, indent: '\t' })}\n`;
}
