/**
 * The archive's fixed renderings and the one committee matcher: export's
 * pre-fill (`fixedRendering`) and `translations check` (through the glossary's
 * committee terms) read committee names as ingest reads a heading, with or
 * without the 市人大 / 市人大常委会 prefix.
 */
import { describe, expect, it } from 'vitest';
import { COMMITTEES, matchCommitteeHeading } from '../../src/lib/committees.ts';
import { COMMITTEE_TERMS, TERMS } from '../../src/lib/glossary.ts';
import { hashBody } from '../../src/lib/hash.ts';
import { checkPage } from '../../src/lib/translations/check.ts';
import { pairPages } from '../../src/lib/content/report-pages.ts';
import { fixedRendering } from '../../src/lib/translations/registry.ts';

describe('fixedRendering', () => {
	it('gives the registry’s English for every name and alias, with or without the prefix, as ingest matches it', () => {
		for (const committee of COMMITTEES.filter((c) => c.kind === 'committee'))
			for (const name of [committee.zh, ...committee.aliases]) {
				for (const written of [name, `市人大${name}`, `市人大常委会${name}`, ` ${name}\u3000`]) {
					if (matchCommitteeHeading(written)?.slug !== committee.slug) continue;
					expect(fixedRendering(written), written).toMatchObject({
						en: committee.en,
						from: 'registry',
					});
				}
			}
		expect(fixedRendering('市人大常委会民宗侨外工委')?.en).toBe(
			COMMITTEES.find((c) => c.slug === 'ethnic-religious-overseas-affairs')!.en
		);
	});

	it('gives a glossary term’s English, capitalised as a title, and nothing for other text', () => {
		const term = TERMS.find((t) => /^[a-z]/.test(t.en))!;
		expect(fixedRendering(term.zh)).toMatchObject({
			en: term.en[0]!.toUpperCase() + term.en.slice(1),
			from: 'glossary',
		});
		expect(fixedRendering('坚持党的领导')).toBeUndefined();
		expect(fixedRendering('市人大常委会')).toBeUndefined();
	});
});

describe('translations check on a committee named with its prefix', () => {
	const page = (lang: 'zh' | 'en', title: string, body: string) =>
		`---\ntitle: ${title}\nyear: 2031\nlang: ${lang}\nslug: ethnic-religious-overseas-affairs\nkind: committee\norder: 3\narticle:\n  title: ${lang === 'zh' ? '文章' : 'Article'}\n  subtitle: ${lang === 'zh' ? '——副题' : '— Subtitle'}\neditorial: []\ntranslationOf:\n  sha256: ${'0'.repeat(64)}\n---\n\n${body}`;
	const committee = COMMITTEES.find((c) => c.slug === 'ethnic-religious-overseas-affairs')!;

	it('never flags the registry’s own English name (市人大常委会民宗侨外工委)', () => {
		const [report] = pairPages(
			new Map([
				[
					'2031/zh/ethnic-religious-overseas-affairs.mdx',
					page('zh', '市人大常委会民宗侨外工委', '市人大常委会民宗侨外工委开展调研。\n'),
				],
				[
					'2031/en/ethnic-religious-overseas-affairs.mdx',
					page('en', committee.en, `The ${committee.en} carried out research.\n`),
				],
			])
		);
		(report!.en!.frontmatter['translationOf'] as { sha256: string }).sha256 = hashBody(
			report!.zhBody
		);
		const options = {
			terms: [...COMMITTEE_TERMS, ...TERMS],
			numberExceptions: [],
			spelling: { words: {}, ise: [] },
		};
		expect(checkPage(report!, options).map((i) => i.message)).toEqual([]);
		// The glossary's 人大常委会 (Standing Committee) still applies where no committee is named.
		const [other] = pairPages(
			new Map([
				[
					'2031/zh/ethnic-religious-overseas-affairs.mdx',
					page('zh', '标题', '市人大常委会开展调研。\n'),
				],
				[
					'2031/en/ethnic-religious-overseas-affairs.mdx',
					page('en', 'Title', 'The committee carried out research.\n'),
				],
			])
		);
		(other!.en!.frontmatter['translationOf'] as { sha256: string }).sha256 = hashBody(
			other!.zhBody
		);
		expect(checkPage(other!, options).map((i) => i.rule)).toEqual(['glossary']);
	});
});
