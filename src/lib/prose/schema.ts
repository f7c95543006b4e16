/**
 * The frontmatter of the hand-written prose (`content/prose/<lang>/<name>.md`):
 * the about page's text, the editorial method, the data licence, a year's
 * introduction. No `astro:` import, so tests validate fake entries with it.
 */
import { z } from 'zod';

/** A prose document's frontmatter. */
export const ProseSchema = z
	.object({
		/**
		 * The heading the page shows above the text (a section of the about page, the
		 * data page's licence). A page's opening text has none: the page is titled already.
		 */
		title: z.string().trim().min(1).optional(),
	})
	.strict();

/** A prose document's frontmatter, validated. */
export type Prose = z.infer<typeof ProseSchema>;
