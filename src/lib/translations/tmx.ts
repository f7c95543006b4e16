/**
 * TMX 1.4b of the archive: one `<tu>` per aligned paragraph or heading (its
 * English current with the Chinese), with the year, report and paragraph as
 * `<prop>`s, for a translator's CAT tool. Built with xmlbuilder2.
 */
import { create } from 'xmlbuilder2';
import { existingTranslations, type ReportPages } from './pages.ts';
import { inlineText, pageUnits } from './units.ts';
import type { ExportFile } from './xliff-write.ts';
import { xmlText } from '../xml-text.ts';

/** One aligned pair of the archive. */
export interface AlignedPair {
	/** Unit id, e.g. `2022/legal-affairs/p3`. */
	id: string;
	year: number;
	report: string;
	/** `p3`, `h1`. */
	unit: string;
	zh: string;
	en: string;
}

/** Every paragraph and heading whose English translates its current Chinese, in archive order. Marks are left out. */
export function alignedPairs(reports: ReportPages[]): AlignedPair[] {
	const pairs: AlignedPair[] = [];
	for (const report of reports) {
		const english = existingTranslations(report);
		for (const unit of pageUnits(report.year, report.slug, report.zh)) {
			const found = english.get(unit.id);
			if (unit.kind === 'meta' || !found?.current) continue;
			pairs.push({
				id: unit.id,
				year: report.year,
				report: report.slug,
				unit: unit.id.split('/').at(-1)!,
				zh: inlineText(unit.source).trim(),
				en: inlineText(found.target).trim(),
			});
		}
	}
	return pairs;
}

/** The tool named in the TMX header. */
export interface TmxTool {
	name: string;
	version: string;
}

function tmxDocument(tool: TmxTool) {
	const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('tmx', { version: '1.4' });
	root.ele('header', {
		creationtool: tool.name,
		creationtoolversion: tool.version,
		segtype: 'paragraph',
		'o-tmf': tool.name,
		adminlang: 'en',
		srclang: 'zh-Hans',
		datatype: 'plaintext',
	});
	return { root, body: root.ele('body') };
}

/**
 * Serialises aligned pairs as a TMX 1.4b document (UTF-8).
 *
 * @example buildTmx([], { name: 'datong-npc-archive', version: '1.0.0' }) // '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">…'
 */
export function buildTmx(pairs: AlignedPair[], tool: TmxTool): string {
	const { root, body } = tmxDocument(tool);
	for (const pair of pairs) {
		// xmlText: see its note on xmlbuilder2's handling of `&`.
		const tu = body.ele('tu', { tuid: xmlText(pair.id) });
		tu.ele('prop', { type: 'x-year' }).txt(String(pair.year));
		tu.ele('prop', { type: 'x-report' }).txt(xmlText(pair.report));
		tu.ele('prop', { type: 'x-paragraph' }).txt(xmlText(pair.unit));
		tu.ele('tuv', { 'xml:lang': 'zh-Hans' }).ele('seg').txt(xmlText(pair.zh));
		tu.ele('tuv', { 'xml:lang': 'en' }).ele('seg').txt(xmlText(pair.en));
	}
	return `${root.end({ prettyPrint: true, indent: '\t' })}\n`;
}

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
