/**
 * The offline edition's search, for `file://` where Pagefind cannot load its
 * index: a MiniSearch index of the same text Pagefind indexes, shipped as a
 * classic script, with the same query syntax as the archive sends Pagefind
 * (see run.ts): a quoted query is a phrase (for Chinese, the exact phrase of its
 * characters), an unquoted one needs every word. No Node-only imports: the
 * browser bundle uses it.
 */
import MiniSearch from 'minisearch';
import type { EngineResult, SearchEngine, SearchFilters } from './run.ts';
import { type Anchor, regionAt, textStart } from './paragraph.ts';
import { findPhrase, tokenize } from './tokens.ts';

/** One searchable page of the offline index. */
export interface OfflineDocument {
	id: number;
	/** The page's path from the site root, e.g. `zh/2022/legal-affairs/`. */
	url: string;
	title: string;
	text: string;
	filters: Record<string, string>;
	/** Elements with ids and the offset in `text` where each starts (see extract.ts). */
	anchors: Anchor[];
}

/** What a page of results shows. */
export interface OfflineHit {
	/** Path from the site root, with the paragraph's anchor when the match is in one (`zh/2022/x/#p3`). */
	url: string;
	title: string;
	/** HTML-escaped text of the matching paragraph with the match in <mark>. */
	excerpt: string;
}

function miniSearchOptions(lang: string) {
	return {
		fields: ['text'],
		storeFields: ['url', 'title', 'text', 'filters', 'anchors'],
		tokenize: (text: string) => tokenize(text, lang).map((token) => token.term),
		processTerm: (term: string) => term,
	};
}

/** Builds the serialisable offline index of one language. */
export function buildOfflineIndex(
	lang: string,
	documents: OfflineDocument[]
): { lang: string; index: unknown } {
	const search = new MiniSearch<OfflineDocument>(miniSearchOptions(lang));
	search.addAll(documents);
	return { lang, index: search.toJSON() };
}

const QUERY_PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Cuts an excerpt around a match, escaped, with the match in <mark>, never
 * reaching outside `bounds` (the paragraph the match is in).
 *
 * @example excerptAround('甲乙丙丁', 1, 3, 1) // '甲<mark>乙丙</mark>丁'
 * @example excerptAround('甲乙丙丁', 1, 3, 1, { start: 1, end: 3 }) // '<mark>乙丙</mark>'
 */
export function excerptAround(
	text: string,
	start: number,
	end: number,
	context = 40,
	bounds = { start: 0, end: text.length }
): string {
	const flat = (s: string) => s.replace(/\s+/g, ' ');
	const from = Math.max(bounds.start, start - context);
	const to = Math.min(bounds.end, end + context * 2);
	const before = flat(text.slice(from, start)).trimStart();
	const after = flat(text.slice(end, to)).trimEnd();
	return `${from > bounds.start ? '…' : ''}${escapeHtml(before)}<mark>${escapeHtml(flat(text.slice(start, end)))}</mark>${escapeHtml(after)}${to < bounds.end ? '…' : ''}`;
}

interface Stored {
	url: string;
	title: string;
	text: string;
	filters: Record<string, string>;
	anchors: Anchor[];
}

/** A search engine over an offline index, with the interface run.ts expects. */
export function createOfflineEngine(data: {
	lang: string;
	index: unknown;
}): SearchEngine<OfflineHit> {
	const { lang } = data;
	const search = MiniSearch.loadJSON<OfflineDocument>(
		JSON.stringify(data.index),
		miniSearchOptions(lang)
	);
	return {
		async find(query: string, filters: SearchFilters): Promise<EngineResult<OfflineHit>[]> {
			const quoted = /^\s*"(.*)"\s*$/.exec(query);
			// As Pagefind does with a query: drop punctuation (small-incision → smallincision).
			const text = (quoted ? quoted[1]! : query).replace(QUERY_PUNCTUATION, '');
			const terms = tokenize(text, lang).map((t) => t.term);
			if (terms.length === 0) return [];
			// MiniSearch tokenizes (and stems) the query itself: give it the words as typed.
			const hits = search.search(text, {
				combineWith: 'AND',
				// Pagefind matches any word that starts with a query word, except in a quoted phrase.
				prefix: !quoted,
				fuzzy: false,
				filter: (hit) =>
					Object.entries(filters).every(
						([key, value]) => (hit['filters'] as Record<string, string>)[key] === value
					),
			});
			const results: EngineResult<OfflineHit>[] = [];
			for (const hit of hits) {
				const stored = hit as unknown as Stored & { id: number };
				const tokens = tokenize(stored.text, lang);
				// The first match in the report text, as paragraphHit picks it (one in the header only failing that).
				const from = tokens.findIndex((t) => t.start >= textStart(stored.anchors));
				const body = from === -1 ? [] : tokens.slice(from);
				const find = (list: typeof tokens) =>
					quoted
						? findPhrase(list, terms, lang)
						: list.findIndex((t) => t.term.startsWith(terms[0]!));
				const inBody = find(body);
				let at = inBody === -1 ? find(tokens) : from + inBody;
				if (quoted && at === -1) continue;
				at = Math.max(at, 0);
				const first = tokens[at]!;
				const last = quoted
					? tokens.find((t) => t.position === first.position + terms.length - 1)
					: first;
				// The result lands on the paragraph of its first match, and the excerpt stays in it.
				const region = regionAt(stored.anchors, first.start, stored.text.length);
				results.push({
					id: String(stored.id),
					load: async () => ({
						url: region.id ? `${stored.url}#${region.id}` : stored.url,
						title: stored.title,
						excerpt: last
							? excerptAround(stored.text, first.start, last.end, 40, region)
							: escapeHtml(stored.text.slice(0, 120)),
					}),
				});
			}
			return results;
		},
	};
}
