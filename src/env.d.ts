/// <reference types="astro/client" />

/** Path of the bundled browser script under the site root (set by src/lib/build/integration.ts). */
declare const __APP_SCRIPT__: string;

/** True when building the offline edition (npm run package sets ARCHIVE_OFFLINE=1). */
declare const __ARCHIVE_OFFLINE__: boolean;

/** File name of the Traditional → Simplified folding script beside the site script, with its content hash (set by src/lib/build/integration.ts when it bundles the site script). */
declare const __FOLD_SCRIPT__: string;
