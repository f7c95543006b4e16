/**
 * Where the offline edition's search scripts live under the site root. A module of
 * its own so that the layout can link them without importing the index builder
 * (node:fs, MiniSearch, hast) that writes them.
 */

/**
 * Path of a language's offline index script under the site root.
 *
 * @example offlineIndexPath('zh') // '_app/offline-index.zh.js'
 */
export const offlineIndexPath = (lang: string) => `_app/offline-index.${lang}.js`;

/** Path of the offline search engine script under the site root. */
export const OFFLINE_ENGINE_PATH = '_app/offline-search.js';
