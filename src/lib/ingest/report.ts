import type { EditorialEntry } from '../schemas.ts';
import { paragraphText } from '../content/page-model.ts';
import { describeLayout } from './layout.ts';
import type { IngestResult } from './pipeline.ts';
import { clip } from '../content/text-shape.ts';
import type { WriteAction } from './write.ts';

const ACTION_LABEL: Record<WriteAction['kind'], string> = {
	create: 'created',
	update: 'updated',
	unchanged: 'unchanged',
	'hand-edited': 'REFUSED (edited by hand)',
	'overwrite-hand-edited': 'overwritten (was edited by hand, --force)',
};

function describeEntry(entry: EditorialEntry, result: IngestResult, slug: string): string {
	const page = result.pages.find((p) => p.model.slug === slug)!.model;
	switch (entry.type) {
		case 'join': {
			const paragraph = page.blocks.find(
				(b) => b.type === 'paragraph' && b.lines.includes(entry.lines[1])
			);
			const text = paragraph?.type === 'paragraph' ? paragraphText(paragraph) : '';
			return `join      lines ${entry.lines[0]} + ${entry.lines[1]}${entry.note ? ' (decided)' : ''}  ${clip(text, 14)}`;
		}
		case 'lacuna':
			return `lacuna    after line ${entry.line}: ${entry.note.zh}`;
		case 'duplicate':
			return `duplicate line ${entry.line}: ¶${entry.paragraph} repeats ¶${entry.of}`;
		case 'note':
			return `note      line ${entry.line} “${clip(entry.quote, 16)}”${entry.sic ? ' (sic)' : ''}: ${entry.note.zh}`;
		case 'truncation':
			return `truncated line ${entry.line}: the source ends mid-sentence`;
	}
}

/**
 * The ingest report for one seed: encoding and layout, lines read otherwise than
 * printed (subtitle dashes, heading decoration), every page with its paragraph count
 * and what happened to its file, every editorial decision and page-break join with
 * its source lines, warnings, and candidate problems for the archivist.
 */
export function formatReport(
	result: IngestResult,
	actions: WriteAction[],
	mode: { dryRun: boolean; check: boolean },
	contentDir = 'content'
): string {
	const out: string[] = [];
	out.push(
		`${result.file}  year ${result.year}  ${result.encoding}, ${result.lineEndings} line endings  sha256 ${result.sha256.slice(0, 12)}…`
	);
	out.push(`  layout: ${describeLayout(result.layout)}`);
	if (result.readings.length > 0) {
		out.push(`  ${result.readings.length} lines read otherwise than printed, or by decision:`);
		for (const r of result.readings)
			out.push(`    line ${r.line} “${r.printed}” → “${r.read}” (${r.why})`);
	}
	const verb = mode.check ? 'check' : mode.dryRun ? 'would be' : '';
	out.push(`  ${result.pages.length} pages:`);
	for (const page of result.pages) {
		const action = actions.find((a) => a.path === page.path);
		const paragraphs = page.model.blocks.filter((b) => b.type === 'paragraph').length;
		const headings = page.model.blocks.filter((b) => b.type === 'heading').length;
		const label = action ? ACTION_LABEL[action.kind] : '';
		const status = mode.check
			? action?.kind === 'unchanged'
				? 'up to date'
				: action?.kind === 'hand-edited'
					? 'EDITED BY HAND'
					: `OUT OF DATE (${label})`
			: `${verb ? `${verb} ` : ''}${label}`;
		out.push(
			`    ${`${contentDir}/${page.path}`.padEnd(60)} lines ${String(page.model.lines[0]).padStart(3)}–${String(page.model.lines[1]).padEnd(4)} ${String(paragraphs).padStart(3)} ¶${headings ? ` ${headings} §` : ''}  ${status}`
		);
	}
	const entries = result.pages.flatMap((page) =>
		page.model.editorial.map((entry) => ({ slug: page.model.slug, entry }))
	);
	const credits = new Set(result.pages.flatMap((p) => (p.model.credit ? [p.model.credit] : [])));
	if (credits.size > 0)
		out.push(`  credit line moved to the frontmatter: ${[...credits].join('; ')}`);
	out.push(`  ${entries.length} editorial marks:`);
	for (const { slug, entry } of entries)
		out.push(`    [${slug} ${entry.n}] ${describeEntry(entry, result, slug)}`);
	if (result.warnings.length > 0) {
		out.push(`  ${result.warnings.length} warnings:`);
		for (const warning of result.warnings) out.push(`    ! ${warning}`);
	}
	if (result.candidates.length > 0) {
		out.push(
			`  ${result.candidates.length} candidate problems to review (nothing was changed for them):`
		);
		for (const c of result.candidates)
			out.push(`    ? line ${c.line} [${c.slug}] ${c.kind}: ${c.message}`);
	}
	return out.join('\n');
}
