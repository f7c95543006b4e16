/**
 * The offline edition's search engine, loaded with a classic <script> on first
 * search from file:// (see search.ts), next to the index of the page's language.
 */
import { createOfflineEngine } from '../lib/search/offline.ts';

(window as unknown as { ArchiveOfflineSearch: unknown }).ArchiveOfflineSearch = {
	createOfflineEngine,
};
