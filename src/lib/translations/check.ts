/**
 * `translations check`: the editor's QA of the English before publishing.
 * Per page: paragraph and mark alignment, Arabic numbers of the Chinese present
 * in the English (exceptions are data: src/data/number-exceptions.json), glossary
 * terms rendered as the glossary says, no Han characters outside a
 * parenthesised original term, American spelling (src/data/spelling.json).
 * Across the archive: no Chinese term rendered two ways. Paragraphs not yet
 * translated are not checked (they are counted as pending).
 */
import { z } from 'zod';
import { type GlossaryTerm, rendersTerm, termsIn } from '../glossary.ts';
import { checkInvisible } from './check-invisible.ts';
import { existingTranslations, type ReportPages } from './pages.ts';
import {
	hasStrayHan,
	inlineText,
	META_UNITS,
	pageUnits,
	type PageBlock,
	type UnitInline,
} from './units.ts';

/** The rules of the check, as named in its report. */
export type CheckRule =
	'alignment' | 'marks' | 'numbers' | 'glossary' | 'han' | 'spelling' | 'consistency' | 'invisible';

/** One problem found. */
export interface CheckIssue {
	/** `<year>/<slug>`. */
	page: string;
	/** The unit id, when the problem is in one unit. */
	unit?: string;
	rule: CheckRule;
	message: string;
}

/** `src/data/number-exceptions.json`: numbers of the Chinese that a unit's English rightly renders otherwise. */
export const NumberExceptionsSchema = z.strictObject({
	$comment: z.string().optional(),
	exceptions: z.array(
		z.strictObject({
			/** The unit, e.g. `2022/standing-committee/p12`. */
			unit: z
				.string()
				.regex(
					/^\d{4}\/[a-z0-9-]+\/(p\d+|h\d+|title|article-title|article-subtitle|byline|credit)$/,
					'expected a unit id such as 2022/legal-affairs/p3'
				),
			/** The number as it is written in the Chinese, e.g. `1.2`. */
			number: z.string().regex(/^\d+(\.\d+)?$/, 'expected an Arabic number without separators'),
			/** Why the English renders it otherwise (e.g. 1.2万 is 12,000). */
			reason: z.string().min(1),
		})
	),
});
export type NumberException = z.infer<typeof NumberExceptionsSchema>['exceptions'][number];

/** `src/data/spelling.json`: British spellings, as whole words and as stems whose -ise family is British. */
export const SpellingSchema = z.strictObject({
	$comment: z.string().optional(),
	/** British word → American word. */
	words: z.record(z.string().regex(/^[a-z]+$/), z.string().min(1)),
	/** Stems whose -ise, -ised, -ises, -ising, -isation(s) forms are British. */
	ise: z.array(z.string().regex(/^[a-z]+$/)),
});
export type SpellingData = Pick<z.infer<typeof SpellingSchema>, 'words' | 'ise'>;

/** What the check compares against. */
export interface CheckOptions {
	terms: GlossaryTerm[];
	numberExceptions: NumberException[];
	spelling: SpellingData;
}

/**
 * The Arabic numbers of a text, full-width digits folded and thousands
 * separators dropped.
 *
 * @example numbersIn('共3件，１２０人，12,000 people, 1.5%') // ['3', '120', '12000', '1.5']
 */
export function numbersIn(text: string): string[] {
	const folded = text
		.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
		.replace(/．/g, '.');
	return (folded.match(/\d+(?:,\d{3})*(?:\.\d+)?/g) ?? []).map((n) => n.replace(/,/g, ''));
}

const ISE_SUFFIXES: [string, string][] = [
	['ise', 'ize'],
	['ised', 'ized'],
	['ises', 'izes'],
	['ising', 'izing'],
	['isation', 'ization'],
	['isations', 'izations'],
];

/**
 * The British words of a text with their American forms.
 *
 * @example britishWords('We organised a programme.', { words: { programme: 'program' }, ise: ['organ'] }) // [['organised', 'organized'], ['programme', 'program']]
 */
export function britishWords(text: string, spelling: SpellingData): [string, string][] {
	const table = new Map(Object.entries(spelling.words));
	for (const stem of spelling.ise)
		for (const [british, american] of ISE_SUFFIXES) table.set(stem + british, stem + american);
	const found: [string, string][] = [];
	for (const word of text.match(/[A-Za-z]+/g) ?? []) {
		const american = table.get(word.toLowerCase());
		if (american) found.push([word, american]);
	}
	return found;
}

const signature = (block: PageBlock | undefined) =>
	block ? (block.type === 'mark' ? `<${block.name} n="${block.n}" />` : block.type) : 'nothing';
const markList = (inlines: UnitInline[]) =>
	inlines
		.filter((i) => i.type === 'mark')
		.map((m) => `${m.name} ${m.n}`)
		.sort();

/** Checks one report's English page against its Chinese page. A report without English has nothing to check. */
export function checkPage(report: ReportPages, options: CheckOptions): CheckIssue[] {
	const page = `${report.year}/${report.slug}`;
	const en = report.en;
	if (!en) return [];
	const issues: CheckIssue[] = [];
	const add = (rule: CheckRule, message: string, unit?: string) =>
		issues.push({ page, rule, message, ...(unit && { unit }) });
	const zhKinds = report.zh.blocks.map(signature);
	const enKinds = en.blocks.map(signature);
	const firstDiff = zhKinds.findIndex((kind, i) => kind !== enKinds[i]);
	if (firstDiff >= 0 || zhKinds.length !== enKinds.length) {
		const at = firstDiff >= 0 ? firstDiff : Math.min(zhKinds.length, enKinds.length);
		add(
			'alignment',
			`block ${at + 1}: the Chinese has ${signature(report.zh.blocks[at])}, the English ${signature(en.blocks[at])} (${zhKinds.length} blocks against ${enKinds.length})`
		);
		return issues;
	}
	// A frontmatter field left in Chinese is not a translation (existingTranslations leaves it out): say so.
	for (const meta of META_UNITS) {
		const value = meta.get(en.frontmatter);
		if (typeof value === 'string' && hasStrayHan(value))
			add('han', `the ${meta.suffix} is still in Chinese: ${value}`, `${page}/${meta.suffix}`);
	}
	const english = existingTranslations(report);
	const exceptions = new Set(options.numberExceptions.map((e) => `${e.unit} ${e.number}`));
	for (const unit of pageUnits(report.year, report.slug, report.zh)) {
		const found = english.get(unit.id);
		if (!found) continue;
		const zhText = inlineText(unit.source);
		const enText = inlineText(found.target);
		if (unit.kind === 'paragraph') {
			const zhMarks = markList(unit.source);
			const enMarks = markList(found.target);
			if (zhMarks.join() !== enMarks.join())
				add(
					'marks',
					`marks ${zhMarks.join(', ') || 'none'} in the Chinese, ${enMarks.join(', ') || 'none'} in the English`,
					unit.id
				);
		}
		const enNumbers = new Set(numbersIn(enText));
		const missing = [...new Set(numbersIn(zhText))].filter(
			(n) => !enNumbers.has(n) && !exceptions.has(`${unit.id} ${n}`)
		);
		if (missing.length > 0)
			add(
				'numbers',
				`${missing.join(', ')} of the Chinese not in the English (an intended rendering goes in src/data/number-exceptions.json)`,
				unit.id
			);
		for (const term of termsIn(zhText, options.terms)) {
			if (!rendersTerm(enText, term))
				add('glossary', `${term.zh} is not rendered as “${term.en}”`, unit.id);
		}
		if (hasStrayHan(enText))
			add(
				'han',
				`Chinese characters outside a parenthesised original: ${enText
					.replace(/（[^）]*）|\([^)]*\)/g, '')
					.match(/\p{Script=Han}+/gu)!
					.join(' ')}`,
				unit.id
			);
		for (const [british, american] of britishWords(enText, options.spelling))
			add('spelling', `British “${british}”: the archive spells it “${american}”`, unit.id);
	}
	issues.push(...checkInvisible(report));
	return issues;
}

/**
 * A form of a term with its inflections folded, so that “liaison station” and
 * “liaison stations” count as one rendering.
 *
 * @example foldInflection('Deputy Liaison Stations') // 'deput liaison station'
 */
export function foldInflection(form: string): string {
	return form
		.replace(/[\u2018\u2019]/g, "'")
		.toLowerCase()
		.split(/\s+/)
		.map((word) => word.replace(/(ies|es|s|y)$/, ''))
		.join(' ');
}

/**
 * Across the archive: a glossary term whose English differs between pages (two
 * of its accepted forms that are not inflections of each other both in use).
 */
export function checkConsistency(reports: ReportPages[], terms: GlossaryTerm[]): CheckIssue[] {
	const uses = new Map<GlossaryTerm, Map<string, { form: string; units: string[] }>>();
	for (const report of reports) {
		const english = existingTranslations(report);
		for (const unit of pageUnits(report.year, report.slug, report.zh)) {
			const found = english.get(unit.id);
			if (!found) continue;
			const enText = inlineText(found.target)
				.replace(/[\u2018\u2019]/g, "'")
				.toLowerCase();
			for (const term of termsIn(inlineText(unit.source), terms)) {
				for (const form of [term.en, ...term.accept]) {
					if (!enText.includes(form.replace(/[\u2018\u2019]/g, "'").toLowerCase())) continue;
					const byForm = uses.get(term) ?? new Map<string, { form: string; units: string[] }>();
					uses.set(term, byForm);
					const key = foldInflection(form);
					const entry = byForm.get(key) ?? { form, units: [] };
					byForm.set(key, entry);
					entry.units.push(unit.id);
					break;
				}
			}
		}
	}
	const issues: CheckIssue[] = [];
	for (const [term, byForm] of uses) {
		if (byForm.size < 2) continue;
		const forms = [...byForm.values()];
		const first = forms[0]!.units[0]!;
		issues.push({
			page: first.split('/').slice(0, 2).join('/'),
			rule: 'consistency',
			message: `${term.zh} is rendered ${forms.length} ways: ${forms.map((f) => `“${f.form}” (${f.units.slice(0, 3).join(', ')}${f.units.length > 3 ? ', …' : ''})`).join(' and ')}`,
		});
	}
	return issues;
}

/** The report of a check: per page, its issues and how many of its paragraphs are pending. */
export interface CheckReport {
	pages: {
		page: string;
		issues: CheckIssue[];
		translated: number;
		total: number;
		english: boolean;
	}[];
	/** Issues that concern the archive as a whole. */
	archive: CheckIssue[];
	/** Every issue. */
	issues: CheckIssue[];
}

/** Runs every rule on the reports of one year (or all), consistency over the whole archive. */
export function checkArchive(
	reports: ReportPages[],
	options: CheckOptions,
	year?: number
): CheckReport {
	const selected = reports.filter((r) => year === undefined || r.year === year);
	const pages = selected.map((report) => {
		const total = report.zh.blocks.filter((b) => b.type === 'paragraph').length;
		const english = existingTranslations(report);
		const translated = report.zh.blocks.filter(
			(b) => b.type === 'paragraph' && english.has(`${report.year}/${report.slug}/p${b.index}`)
		).length;
		return {
			page: `${report.year}/${report.slug}`,
			issues: checkPage(report, options),
			translated,
			total,
			english: report.en !== undefined,
		};
	});
	const archive = checkConsistency(reports, options.terms).filter(
		(issue) => year === undefined || issue.message.includes(`${year}/`)
	);
	return { pages, archive, issues: [...pages.flatMap((p) => p.issues), ...archive] };
}
