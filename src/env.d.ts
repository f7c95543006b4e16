/// <reference types="astro/client" />

/** Path of the bundled browser script under the site root (set by src/lib/build/integration.ts). */
declare const __APP_SCRIPT__: string;

/** True when building the offline edition (npm run package sets ARCHIVE_OFFLINE=1). */
declare const __ARCHIVE_OFFLINE__: boolean;

// For `tsc` (npm run check): .astro files are components. Astro's own checker is
// not usable here (@astrojs/check fails to load under Astro 7's native modules).
declare module '*.astro' {
	const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
	export default Component;
}
