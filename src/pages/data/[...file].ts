/** `/data/…`: the open-data downloads and the e-books (see src/lib/editions/downloads.ts). */
import type { APIRoute } from 'astro';
import type { Download } from '../../lib/editions/downloads.ts';
import { getDownloadPaths } from '../../lib/editions/from-collection.ts';

export const getStaticPaths = getDownloadPaths;

export const GET: APIRoute = ({ props }) => {
	const { download } = props as { download: Download };
	return new Response(download.bytes as Uint8Array<ArrayBuffer>, {
		headers: { 'content-type': download.mediaType },
	});
};
