/**
 * invisible: characters a reader cannot see in the English (zero-width
 * characters, direction marks, soft hyphens, tag characters: the classes
 * src/lib/content/text-rules.ts flags rather than refuses). They can be right
 * (a zero-width joiner in an emoji sequence, a mark beside an Arabic name), so
 * the import keeps them and this rule shows each one for review; a word they
 * split is not found by search. Characters the rules refuse never reach a page
 * (import and the run writer refuse them).
 */
import { describeCharacter, scanCharacters } from '../../../content/text-rules.ts';
import type { Rule } from '../types.ts';

export const invisible: Rule = {
	name: 'invisible',
	description: 'no character a reader cannot see (zero-width, direction marks, soft hyphens)',
	unit({ enText, report }) {
		for (const finding of scanCharacters(enText.replace(/\n/g, ' ')))
			report(`${describeCharacter(finding)} at character ${finding.column}`);
	},
};
