/**
 * The Traditional → Simplified folding (opencc-js, see src/lib/search/fold.ts),
 * bundled as a classic script of its own and loaded by fold.ts only when a
 * query has Traditional characters, so that the search script stays small.
 */
import { createTraditionalFolder } from '../lib/search/fold.ts';

(window as unknown as { ArchiveFoldTraditional: (text: string) => string }).ArchiveFoldTraditional =
	createTraditionalFolder();
