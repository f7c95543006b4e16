/// <reference types="astro/client" />

/** Path of the bootstrap script under the site root (set by src/lib/build/integration.ts). */
declare const __APP_SCRIPT__: string;

/** Paths of the search script and its stylesheet under the site root, which the search page links (set by src/lib/build/integration.ts). */
declare const __SEARCH_FILES__: { script: string; style: string };

/** True when building the offline edition (npm run package sets ARCHIVE_OFFLINE=1). */
declare const __ARCHIVE_OFFLINE__: boolean;

/*
 * File names of the scripts and stylesheets the browser scripts load beside
 * themselves (`_app/`), with their content hashes: build-time constants of the
 * bundles (src/lib/build/client-bundle.ts).
 */
/** The Traditional → Simplified folding script, loaded by the search script. */
declare const __FOLD_SCRIPT__: string;
/** The search UI's strings by language (`search.*` of src/i18n/), built into the search script. */
declare const __SEARCH_STRINGS__: Record<string, Record<string, string>>;
/** The search stylesheet, loaded by the search script. */
declare const __SEARCH_STYLE__: string;
/** The search script, loaded by the bootstrap. */
declare const __SEARCH_SCRIPT__: string;
/** The "Copy citation" script, loaded by the bootstrap. */
declare const __CITE_SCRIPT__: string;
/** The highlighting script, loaded by the bootstrap. */
declare const __HIGHLIGHT_SCRIPT__: string;
