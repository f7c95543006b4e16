/**
 * TMX 1.4b of the archive: one `<tu>` per aligned paragraph or heading (its
 * English current with the Chinese), with the year, report and paragraph as
 * `<prop>`s, for a translator's CAT tool. Built with xmlbuilder2. The
 * translation tools write it (`npm run translations -- tmx`) and the build
 * publishes it under /data/, from the same pages.
 */
import { create } from 'xmlbuilder2';
import { xmlText } from '../xml-text.ts';
import { inlineText, pageUnits } from './page-units.ts';
import { existingTranslations, type ReportPages } from './report-pages.ts';

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

/** An empty TMX 1.4b document (Chinese source, English target) with its header; `body` takes the `<tu>`s. */
export function tmxDocument(tool: TmxTool) {
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
