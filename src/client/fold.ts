/**
 * Folds a query in Traditional characters to Simplified before it is searched,
 * so that 黃花 finds exactly what 黄花 finds. The conversion (opencc-js) is a
 * classic script beside this one (`_app/fold-traditional.<hash>.js`, works from file:// too),
 * loaded only for a query that has a Traditional-only character.
 */
import { hasTraditional } from '../lib/search/traditional.ts';
import { loadScript } from './load.ts';

// Read while this script runs: currentScript is only set then.
const here = (document.currentScript as HTMLScriptElement | null)?.src ?? document.baseURI;
let loading: Promise<(text: string) => string> | undefined;

/**
 * The query to search: the query itself, or its Simplified form when it has
 * Traditional characters.
 */
export async function foldQuery(query: string): Promise<string> {
	if (!hasTraditional(query)) return query;
	loading ??= loadScript(new URL(__FOLD_SCRIPT__, here).href).then(
		() =>
			(window as unknown as { ArchiveFoldTraditional: (text: string) => string })
				.ArchiveFoldTraditional
	);
	return (await loading)(query);
}
