/**
 * Loading the archive's scripts and stylesheets on first use, in ways that also
 * work from file:// (a classic <script src> and a <link rel="stylesheet">, where
 * fetch() and module scripts are refused) and under the strict CSP (no inline
 * script or style). Shared by the bootstrap (site.ts) and the search script.
 */

/** Loads a classic script once; resolves when it has run. */
export function loadScript(src: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const script = document.createElement('script');
		script.src = src;
		script.onload = () => resolve();
		script.onerror = () => reject(new Error(`could not load ${src}`));
		document.head.append(script);
	});
}

/** Adds a stylesheet unless the page links it already; resolves when it applies. */
export function loadStyle(href: string): Promise<void> {
	const linked = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].some(
		(link) => link.href === href
	);
	if (linked) return Promise.resolve();
	return new Promise((resolve, reject) => {
		const link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = href;
		link.onload = () => resolve();
		link.onerror = () => reject(new Error(`could not load ${href}`));
		document.head.append(link);
	});
}
