import { describe, expect, it } from 'vitest';
import { buildOfflineIndex, createOfflineEngine } from '../../src/lib/search/offline.ts';
import { runSearch, type SearchEngine } from '../../src/lib/search/run.ts';

/** The offline engine (the same semantics as Pagefind's, see search-offline.test.ts) over small pages. */
function engine(lang: string, pages: Record<string, string>): SearchEngine {
	return createOfflineEngine(
		buildOfflineIndex(
			lang,
			Object.entries(pages).map(([url, text], id) => ({
				id,
				url,
				title: url,
				text,
				filters: { year: url.slice(0, 4) },
				anchors: [{ id: 'p1', location: 0 }],
			}))
		)
	);
}
const urls = async (found: { load: () => Promise<{ url: string }> }[]) =>
	Promise.all(found.map(async (r) => (await r.load()).url));

describe('runSearch', () => {
	const zh = engine('zh', {
		'2022/agriculture': '疫病防控，民情调研。', // 疫 and 情 apart
		'2022/health': '疫情防控。',
		'2022/both': '加强立法监督。',
		'2022/apart': '立法工作和监督工作。',
		'2023/reverse': '监督立法。',
		'2023/one': '立法。',
	});

	it('finds a query without spaces as one word: never its characters apart', async () => {
		const outcome = await runSearch(zh, '疫情', 'zh');
		expect(outcome.words).toEqual(['疫情']);
		expect(await urls(outcome.results)).toEqual(['2022/health']);
	});

	it('finds the pages holding every word, in either order, adjacent ones first', async () => {
		for (const query of ['立法 监督', '监督 立法']) {
			const outcome = await runSearch(zh, query, 'zh');
			const found = await urls(outcome.results);
			expect(found.sort()).toEqual(['2022/apart', '2022/both', '2023/reverse']);
			const adjacent = outcome.results.filter((r) => r.adjacent);
			expect(await urls(adjacent)).toEqual(expect.arrayContaining(['2022/both', '2023/reverse']));
			expect(adjacent).toHaveLength(2);
			// Adjacent pages come first.
			expect(outcome.results.map((r) => r.adjacent)).toEqual([true, true, false]);
		}
	});

	it('locates each word in the loaded page', async () => {
		const [result] = (await runSearch(zh, '监督 立法', 'zh')).results;
		const page = await result!.load();
		expect(
			page.located.map((ranges) => ranges.map((r) => page.text.slice(r.start, r.end)))
		).toEqual([['监督'], ['立法']]);
	});

	it('applies filters to every word', async () => {
		const outcome = await runSearch(zh, '立法 监督', 'zh', { year: '2023' });
		expect(await urls(outcome.results)).toEqual(['2023/reverse']);
	});

	it('returns nothing for an empty or punctuation-only query', async () => {
		expect((await runSearch(zh, '  ', 'zh')).results).toEqual([]);
		expect((await runSearch(zh, '《》', 'zh')).results).toEqual([]);
	});

	it('needs every English word, matched by its stem (not its prefix)', async () => {
		const en = engine('en', {
			'2022/a': 'deputy liaison stations',
			'2022/b': 'liaison with the station',
			'2022/c': 'the liaisons',
			'2022/d': 'stationery',
		});
		const outcome = await runSearch(en, 'station liaison', 'en');
		expect((await urls(outcome.results)).sort()).toEqual(['2022/a', '2022/b']);
		expect(outcome.results[0]!.adjacent).toBe(true);
		expect(await urls((await runSearch(en, 'station', 'en')).results)).not.toContain('2022/d');
	});
});
