/**
 * `translations check` rule `invisible`: characters a reader cannot see in the
 * English (zero-width characters, direction marks, soft hyphens, tag
 * characters; the classes flagged in src/lib/content/text-rules.ts). They can
 * be right (a zero-width joiner in an emoji sequence, a mark beside an Arabic
 * name), so the import keeps them and this rule shows each one for review; a
 * word they split is not found by search. Characters the rules refuse never
 * reach a page (import and the run writer refuse them).
 */
import { describeCharacter, scanCharacters } from '../content/text-rules.ts';
import type { CheckIssue } from './check.ts';
import { existingTranslations, type ReportPages } from './pages.ts';
import { inlineText } from './units.ts';

/**
 * One issue per unit of a report's English that holds an invisible character.
 *
 * @example checkInvisible(report)[0]?.message // 'U+200B ZERO WIDTH SPACE (an invisible character: …) at character 7'
 */
export function checkInvisible(report: ReportPages): CheckIssue[] {
	const page = `${report.year}/${report.slug}`;
	const issues: CheckIssue[] = [];
	for (const [unit, found] of existingTranslations(report)) {
		const seen = scanCharacters(inlineText(found.target).replace(/\n/g, ' '));
		for (const finding of seen)
			issues.push({
				page,
				unit,
				rule: 'invisible',
				message: `${describeCharacter(finding)} at character ${finding.column}`,
			});
	}
	return issues;
}
