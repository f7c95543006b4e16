/**
 * npm run translations [-- [--content <dir>] [--mark-current <year>/<slug> …]]
 *
 * Prints the status of every English page: translated, missing (no English
 * file), or outdated (the Chinese body changed since the translation recorded
 * its hash). The same table is on the /en/about/ page.
 *
 *   --mark-current 2022/legal-affairs   after reviewing a translation against the
 *       current Chinese text, record that Chinese text's hash in its
 *       translationOf.sha256 (nothing else in the file changes)
 *
 * Exit code: 0; 1 when a --mark-current page does not exist.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { hashBody } from '../src/lib/hash.ts';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { type TranslationStatus, translationStatus } from '../src/lib/translation-status.ts';

const { values } = parseArgs({
	options: {
		content: { type: 'string', default: 'content' },
		'mark-current': { type: 'string', multiple: true, default: [] },
	},
});
const contentDir = values.content;

interface Row {
	page: string;
	status: TranslationStatus;
}

function readPage(path: string): { body: string; translationOf?: { sha256: string } } {
	const parts = splitFrontmatter(readFileSync(path, 'utf8'));
	if (!parts) throw new Error(`${path}: no frontmatter`);
	const data = parse(parts.yaml) as { translationOf?: { sha256: string } };
	return { body: parts.body, ...(data.translationOf && { translationOf: data.translationOf }) };
}

function markCurrent(page: string): boolean {
	const zhPath = join(contentDir, page.replace('/', '/zh/') + '.mdx');
	const enPath = join(contentDir, page.replace('/', '/en/') + '.mdx');
	if (!existsSync(zhPath) || !existsSync(enPath)) {
		console.error(`${page}: needs both ${zhPath} and ${enPath}`);
		return false;
	}
	const hash = hashBody(readPage(zhPath).body);
	const text = readFileSync(enPath, 'utf8');
	const updated = text.replace(/(translationOf:\s*\n\s*sha256:\s*)["']?[0-9a-f]*["']?/, `$1${hash}`);
	if (updated === text && !text.includes(hash)) {
		console.error(`${enPath}: no translationOf.sha256 field to update`);
		return false;
	}
	writeFileSync(enPath, updated);
	console.log(`${enPath}: now records the current Chinese text (${hash.slice(0, 12)}…)`);
	return true;
}

const marked = values['mark-current'].map(markCurrent);

const rows: Row[] = [];
for (const year of readdirSync(contentDir).filter((name) => /^\d{4}$/.test(name)).sort().reverse()) {
	const zhDir = join(contentDir, year, 'zh');
	if (!existsSync(zhDir)) continue;
	for (const name of readdirSync(zhDir).filter((n) => n.endsWith('.mdx')).sort()) {
		const zh = readPage(join(zhDir, name));
		const enPath = join(contentDir, year, 'en', name);
		const en = existsSync(enPath) ? readPage(enPath) : undefined;
		rows.push({ page: `${year}/${name.replace(/\.mdx$/, '')}`, status: translationStatus(zh.body, en?.translationOf && { translationOf: en.translationOf }) });
	}
}

const width = Math.max(...rows.map((row) => row.page.length), 4);
console.log(`${'page'.padEnd(width)}  status`);
for (const row of rows) console.log(`${row.page.padEnd(width)}  ${row.status}`);
const count = (status: TranslationStatus) => rows.filter((row) => row.status === status).length;
console.log(`\n${count('translated')} translated, ${count('outdated')} outdated, ${count('missing')} missing`);
process.exitCode = marked.every(Boolean) ? 0 : 1;
