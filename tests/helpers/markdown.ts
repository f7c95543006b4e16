/**
 * The site's two Markdown pipelines (src/lib/prose/processors.ts), run in a unit
 * test as Astro runs them: a prose file through the `.md` renderer the content
 * layer uses, a report body through Astro's MDX compiler and renderer (the
 * Container API), with the processor objects astro.config.mjs sets.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
	isUnifiedProcessor,
	markdownConfigDefaults,
	type MarkdownProcessor,
} from '@astrojs/markdown-remark';
import mdxServer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer } from 'astro/container';
import { proseProcessor, reportProcessor } from '../../src/lib/prose/processors.ts';
import { ROOT, TMP } from './site.ts';

/**
 * The HTML of a prose file, rendered as the prose collection renders it.
 *
 * @param path where the file sits (its language and name come from it)
 */
export async function renderProse(
	markdown: string,
	path = join(ROOT, 'content', 'prose', 'zh', 'test.md'),
	processor: MarkdownProcessor = proseProcessor
): Promise<string> {
	const renderer = await processor.createRenderer(markdownConfigDefaults);
	return (await renderer.render(markdown, { fileURL: pathToFileURL(path) })).code;
}

let compiled = 0;

/** The HTML of an `.mdx` body, compiled by Astro's MDX pipeline with the report processor and rendered by Astro. */
export async function renderReportBody(
	body: string,
	processor: MarkdownProcessor = reportProcessor
): Promise<string> {
	// What @astrojs/mdx passes: the processor's own GFM and SmartyPants settings, else the defaults.
	const own: { gfm?: boolean; smartypants?: boolean | object } = isUnifiedProcessor(processor)
		? processor.options
		: {};
	const renderer = await processor.createMdxRenderer!(
		{
			...markdownConfigDefaults,
			gfm: own.gfm ?? markdownConfigDefaults.gfm,
			smartypants: own.smartypants ?? markdownConfigDefaults.smartypants,
		},
		{ optimize: false, srcDir: pathToFileURL(join(ROOT, 'src/')) }
	);
	const { code } = await renderer.process(body, join(ROOT, 'content', 'report.mdx'), {});
	// The compiled module imports astro/jsx-runtime: it is written inside the project to resolve it.
	const dir = join(TMP, 'markdown');
	mkdirSync(dir, { recursive: true });
	const file = join(dir, `report-${process.pid}-${++compiled}.mjs`);
	writeFileSync(file, code);
	const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as {
		default: Parameters<experimental_AstroContainer['renderToString']>[0];
	};
	const container = await experimental_AstroContainer.create();
	container.addServerRenderer({ name: 'astro:jsx', renderer: mdxServer });
	return container.renderToString(module.default);
}
