import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export interface ClientBundle {
	/** Path of the bundle under the site root, with a content hash, e.g. `_app/site.3f2a9c1b.js`. */
	path: string;
	code: string;
}

const entry = (name: string) => fileURLToPath(new URL(`../../client/${name}.ts`, import.meta.url));

/**
 * Bundles browser code (src/client/<name>.ts) into one classic script (an IIFE,
 * no `import`, no `export`): Astro would emit `type="module"` scripts, which
 * Chromium refuses to run from `file://`, and the offline edition needs the same
 * script to work there.
 */
export async function bundleClient(
	name: 'site' | 'offline-search' | 'fold-traditional' = 'site',
	/** Build-time constants for esbuild (the site script learns the folding script's hashed name so). */
	define: Record<string, string> = {}
): Promise<ClientBundle> {
	const result = await build({
		entryPoints: [entry(name)],
		bundle: true,
		format: 'iife',
		target: 'es2020',
		minify: true,
		write: false,
		legalComments: 'none',
		charset: 'utf8',
		define,
	});
	const code = result.outputFiles[0]!.text;
	const hash = createHash('sha256').update(code).digest('hex').slice(0, 10);
	return { path: `_app/${name}.${hash}.js`, code };
}
