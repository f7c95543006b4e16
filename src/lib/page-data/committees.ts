/**
 * The committees that have reported, as the committees index and the search
 * page's filter list them: one list, in registry order.
 */
import { type Archive, type ReportRecord, reportsOfCommittee } from '../archive.ts';
import { COMMITTEES, type Committee } from '../committees.ts';
import { isChinese, type Lang, LANGS } from '../i18n.ts';
import type { Routes } from '../urls.ts';

/** A committee with its reports, newest first. */
export interface ReportedCommittee {
	committee: Committee;
	reports: ReportRecord[];
}

/** Every committee of the registry that has reported at least once, in registry order. */
export function reportedCommittees(archive: Archive): ReportedCommittee[] {
	return [...COMMITTEES]
		.sort((a, b) => a.order - b.order)
		.map((committee) => ({ committee, reports: reportsOfCommittee(archive, committee.slug) }))
		.filter(({ reports }) => reports.length > 0);
}

/** A committee's card on the committees index. */
export interface CommitteeCard {
	name: string;
	href: string;
	/** The years it reported, newest first, as one line. */
	years: string;
}

/** The committees index's cards, in a page's language. */
export function committeeCards(archive: Archive, lang: Lang, routes: Routes): CommitteeCard[] {
	return reportedCommittees(archive).map(({ committee, reports }) => ({
		name: committeeName(committee, lang),
		href: routes.committee(lang, committee.slug),
		years: reports.map((r) => r.year).join(isChinese(lang) ? '、' : ', '),
	}));
}

/** A committee in the search page's filter. */
export interface CommitteeOption {
	/** The name in the page's language: the option's value and text. */
	name: string;
	/**
	 * The name in every language, as `data-value-<lang>` attributes: a query may
	 * search another language's index (src/lib/search/languages.ts).
	 */
	values: Record<`data-value-${Lang}`, string>;
}

/** The search page's committee filter, in a page's language. */
export function committeeOptions(archive: Archive, lang: Lang): CommitteeOption[] {
	return reportedCommittees(archive).map(({ committee }) => ({
		name: committeeName(committee, lang),
		values: Object.fromEntries(
			LANGS.map((other) => [`data-value-${other}`, committeeName(committee, other)])
		) as CommitteeOption['values'],
	}));
}

/** A committee's name as a page in `lang` writes it (the Traditional pages convert the Chinese). */
function committeeName(committee: Committee, lang: Lang): string {
	return isChinese(lang) ? committee.zh : committee.en;
}
