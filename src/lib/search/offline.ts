/**
 * The offline edition's search, for `file://` where Pagefind cannot load its
 * index: a MiniSearch index of the same text Pagefind indexes, shipped as a
 * classic script, with the same query syntax as the archive sends Pagefind
 * (see query-words.ts): a quoted query is a phrase (for Chinese, the exact phrase
 * of its characters; a quoted word matches its stem exactly), an unquoted one
 * needs every word (as a prefix). No Node-only imports: the
 * browser bundle uses it.
 */
import MiniSearch from 'minisearch';
import type { Anchor } from './paragraph.ts';
import type { EngineResult, PageText, SearchEngine, SearchFilters } from './run.ts';
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

interface Stored {
	url: string;
	title: string;
	text: string;
	filters: Record<string, string>;
	anchors: Anchor[];
}

/**
 * Whether a page MiniSearch found (it has every term) has the query: unquoted,
 * that is all; quoted, the terms must also stand one after the other.
 */
function hasQuery(stored: Stored, terms: string[], quoted: boolean, lang: string): boolean {
	if (!quoted || terms.length === 1) return true;
	return findPhrase(tokenize(stored.text, lang), terms, lang) !== -1;
}

/** A page of the index as the search semantics read it (run.ts): its path from the site root, its text. */
function toPageText(stored: Stored): PageText {
	return { url: stored.url, title: stored.title, text: stored.text, anchors: stored.anchors };
}

/**
 * A search engine over an offline index, with the interface run.ts expects.
 * Pages are named by their path from the site root (`zh/2022/legal-affairs/`).
 */
export function createOfflineEngine(data: { lang: string; index: unknown }): SearchEngine {
	const { lang } = data;
	const search = MiniSearch.loadJSON<OfflineDocument>(
		JSON.stringify(data.index),
		miniSearchOptions(lang)
	);
	const stored = (id: number) => search.getStoredFields(id) as unknown as Stored | undefined;
	return {
		async find(query: string, filters: SearchFilters): Promise<EngineResult[]> {
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
			return hits
				.map((hit) => ({ id: String(hit.id), page: hit as unknown as Stored }))
				.filter(({ page }) => hasQuery(page, terms, quoted !== null, lang))
				.map(({ id, page }) => ({ id, load: async () => toPageText(page) }));
		},
		async page(path: string): Promise<PageText | undefined> {
			for (let id = 0; id < search.documentCount; id++) {
				const page = stored(id);
				if (page?.url === path) return toPageText(page);
			}
			return undefined;
		},
	};
}
