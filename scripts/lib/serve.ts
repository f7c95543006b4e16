/**
 * A static server for a built site on a free localhost port, for the tests and
 * the benchmark (`npm run bench`).
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface Served {
	/** The site's URL, ending in the base path. */
	url: string;
	close: () => Promise<void>;
}

/** Serves a built site on a free localhost port, under `base`. */
export async function serve(dir: string, base = '/'): Promise<Served> {
	if (!existsSync(dir)) throw new Error(`nothing to serve: ${dir} does not exist`);
	const files = sirv(dir, { dev: true, extensions: ['html'] });
	const server: Server = createServer((req, res) => {
		const url = req.url ?? '/';
		if (!url.startsWith(base)) {
			res.statusCode = 404;
			res.end('not under the base path');
			return;
		}
		req.url = `/${url.slice(base.length)}`;
		files(req, res, () => {
			res.statusCode = 404;
			res.end('not found');
		});
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		// Browsers keep connections alive: drop them, or close() waits for them forever.
		close: () =>
			new Promise((done) => {
				server.close(() => done());
				server.closeAllConnections();
			}),
	};
}
