/**
 * Built from a fixture where one report has no English page and one English
 * page is stale: the English site still has every page, says which text it
 * shows, and indexes nothing twice; `npm run translations` reports the same.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { select, textOf } from '../helpers/html.ts';
import { corpusReports } from '../helpers/corpus.ts';
import { ROOT } from '../helpers/site.ts';

let dir: string;
const page = (path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');

beforeAll(() => {
	dir = inject('fallbackDir');
});

describe('an English page with no translation', () => {
	it('exists, in an English page, showing the Chinese text marked as Chinese, with a notice', () => {
		const html = page('en/2022/finance-economics');
		expect(html).toMatch(/<html lang="en"/);
		expect(select(html, '.report-text')[0]!.properties['lang']).toBe('zh-Hans');
		const notice = select(html, '[data-translation="missing"]');
		expect(notice).toHaveLength(1);
		expect(textOf(notice[0]!)).toBe(
			'This report has not been translated into English yet; the Chinese original is shown below.'
		);
		expect(textOf(select(html, '#p1')[0]!)).toContain('去年以来，市人大财经委员会');
	});

	it('is not indexed (the Chinese index already has its text)', () => {
		expect(select(page('en/2022/finance-economics'), '[data-pagefind-body]')).toHaveLength(0);
		const entry = JSON.parse(
			readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')
		) as { languages: Record<string, { page_count: number }> };
		// The fixture removed one English page of the real archive.
		expect(entry.languages['en']?.page_count).toBe(
			corpusReports().filter((r) => r.english).length - 1
		);
		expect(entry.languages['zh-hans']?.page_count).toBe(corpusReports().length);
	});
});

describe('a translation whose Chinese text changed since', () => {
	it('shows the translation with a notice that it may be outdated', () => {
		const html = page('en/2022/legal-affairs');
		expect(textOf(select(html, '[data-translation="outdated"]')[0]!)).toBe(
			'The Chinese text has changed since this translation was made; the translation may be outdated.'
		);
		expect(select(html, '.report-text')[0]!.properties['lang']).toBe('en');
	});

	it('leaves the Chinese pages without notices', () => {
		expect(select(page('zh/2022/legal-affairs'), '[data-translation]')).toHaveLength(0);
		expect(select(page('zh/2022/finance-economics'), '[data-translation]')).toHaveLength(0);
	});
});

describe('translation status', () => {
	it('is listed on /en/about/', () => {
		const rows = select(page('en/about'), 'table[data-translation-status] tr[data-slug]');
		const status = Object.fromEntries(
			rows.map((row) => [String(row.properties['dataSlug']), row.properties['dataStatus']] as const)
		);
		expect(status).toMatchObject({
			'2022/finance-economics': 'missing',
			'2022/legal-affairs': 'outdated',
			'2022/standing-committee': 'translated',
		});
	});

	it('is printed by npm run translations', () => {
		const result = spawnSync(
			join(ROOT, 'node_modules', '.bin', 'node'),
			['scripts/translations.ts', '--content', inject('fallbackContentDir')],
			{ cwd: ROOT, encoding: 'utf8' }
		);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/2022\/finance-economics\s+missing/);
		expect(result.stdout).toMatch(/2022\/legal-affairs\s+outdated/);
		// The real archive's counts, with one translated page made outdated and one removed.
		const count = (status: string) => corpusReports().filter((r) => r.status === status).length;
		expect(result.stdout).toContain(
			`${count('translated') - 2} translated, ${count('outdated') + 1} outdated, ${count('missing') + 1} missing`
		);
	});
});
