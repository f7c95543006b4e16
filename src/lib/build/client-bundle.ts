import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { LANGS, uiStrings } from '../i18n.ts';

export interface ClientBundle {
	/** Path of the bundle under the site root, with a content hash, e.g. `_app/site.3f2a9c1b.js`. */
	path: string;
	code: string;
}

/** The browser scripts, each an entry of src/client/. */
export type ClientName =
	'site' | 'search' | 'citation-start' | 'highlight' | 'fold-traditional' | 'offline-search';

const source = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

const hashed = (name: string, code: string, ext: string): ClientBundle => ({
	path: `_app/${name}.${createHash('sha256').update(code).digest('hex').slice(0, 10)}.${ext}`,
	code,
});

/**
 * Bundles browser code (src/client/<name>.ts) into one classic script (an IIFE,
 * no `import`, no `export`): Astro would emit `type="module"` scripts, which
 * Chromium refuses to run from `file://`, and the offline edition needs the same
 * script to work there.
 *
 * @param define build-time constants (a script learns the hashed names of the scripts it loads so)
 */
export async function bundleClient(
	name: ClientName = 'site',
	define: Record<string, string> = {}
): Promise<ClientBundle> {
	const result = await build({
		entryPoints: [source(`client/${name}.ts`)],
		bundle: true,
		format: 'iife',
		target: 'es2020',
		minify: true,
		write: false,
		legalComments: 'none',
		charset: 'utf8',
		define,
	});
	return hashed(name, result.outputFiles[0]!.text, 'js');
}

/**
 * Minifies a stylesheet that loads on first use (src/styles/<name>.css) into
 * `_app/<name>.<hash>.css`: Astro bundles the stylesheets a page imports, and a
 * script cannot learn the name Astro gives one.
 */
export async function bundleStyle(name: 'search'): Promise<ClientBundle> {
	const result = await build({
		entryPoints: [source(`styles/${name}.css`)],
		bundle: true,
		minify: true,
		write: false,
		legalComments: 'none',
		charset: 'utf8',
		outdir: 'out',
	});
	return hashed(name, result.outputFiles[0]!.text, 'css');
}

/** Every script and stylesheet the pages load, by what it is (a type, not an interface: Object.values reads it). */
export type ClientBundles = {
	/** The bootstrap every page loads. */
	site: ClientBundle;
	/** Search (both boxes), loaded on first use, and its stylesheet. */
	search: ClientBundle;
	searchStyle: ClientBundle;
	/** "Copy citation", loaded at the first choice of a paragraph number. */
	citation: ClientBundle;
	/** The words of a search highlighted on the page a result lands on. */
	highlight: ClientBundle;
	/** The Traditional → Simplified folding of queries (opencc-js), loaded for such queries only. */
	fold: ClientBundle;
};

/** A bundle's file name, for the script beside it that loads it. */
const besides = (bundle: ClientBundle) => JSON.stringify(bundle.path.replace(/^_app\//, ''));

/**
 * The search UI's strings (`search.*`) of every language, built into the search
 * script: on the page they would cost every reader about half a kilobyte
 * (gzipped) of HTML for a box most never use.
 */
export function searchStrings(): Record<string, Record<string, string>> {
	return Object.fromEntries(
		LANGS.map((lang) => [
			lang,
			Object.fromEntries(
				Object.entries(uiStrings(lang)).filter(([key]) => key.startsWith('search.'))
			),
		])
	);
}

/** Builds the browser bundles in the order they name each other: what is loaded first, the loader last. */
export async function bundleAll(): Promise<ClientBundles> {
	const [fold, highlight, citation, searchStyle] = await Promise.all([
		bundleClient('fold-traditional'),
		bundleClient('highlight'),
		bundleClient('citation-start'),
		bundleStyle('search'),
	]);
	const search = await bundleClient('search', {
		__FOLD_SCRIPT__: besides(fold),
		__SEARCH_STYLE__: besides(searchStyle),
		__SEARCH_STRINGS__: JSON.stringify(searchStrings()),
	});
	const site = await bundleClient('site', {
		__SEARCH_SCRIPT__: besides(search),
		__CITE_SCRIPT__: besides(citation),
		__HIGHLIGHT_SCRIPT__: besides(highlight),
	});
	return { site, search, searchStyle, citation, highlight, fold };
}
