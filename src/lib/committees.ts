/**
 * The committee registry: every body whose report can appear in the archive.
 *
 * Committees are data, not code. To add one, append an entry here with its slug,
 * full Chinese name, every short name that may head its section in a source text,
 * its English name and its display order. Ingest matches section headings of the
 * committee article against `zh` and `aliases`; a heading that matches nothing
 * stops the ingest and points here.
 *
 * A "委员会" of the Congress is a *Committee*; a "工作委员会" of the Standing
 * Committee is a *Work Committee*: keep the distinction in `en`.
 */
export interface Committee {
	/** URL segment, stable forever once published. */
	readonly slug: string;
	/** `overview` for the Standing Committee's lead article, `committee` otherwise. */
	readonly kind: 'overview' | 'committee';
	/** Full Chinese name. */
	readonly zh: string;
	/** Short names and variants seen as section headings. */
	readonly aliases: readonly string[];
	/** Official English name used throughout the translation. */
	readonly en: string;
	/** Display order, smallest first. */
	readonly order: number;
}

export const COMMITTEES = [
	{
		slug: 'standing-committee',
		kind: 'overview',
		zh: '市人大常委会',
		aliases: [],
		en: "Standing Committee of the Municipal People's Congress",
		order: 0,
	},
	{
		slug: 'legal-affairs',
		kind: 'committee',
		zh: '市人大法制委员会',
		aliases: ['市人大法制委', '法制委'],
		en: 'Legal Affairs Committee',
		order: 10,
	},
	{
		slug: 'finance-economics',
		kind: 'committee',
		zh: '市人大财政经济委员会',
		aliases: ['市人大财经委', '财经委'],
		en: 'Finance and Economics Committee',
		order: 20,
	},
	{
		slug: 'social-development',
		kind: 'committee',
		zh: '市人大社会建设委员会',
		aliases: ['市人大社会建设委', '社会建设委'],
		en: 'Social Development Committee',
		order: 30,
	},
	{
		slug: 'supervisory-judicial-affairs',
		kind: 'committee',
		zh: '市人大监察和司法委员会',
		aliases: ['市人大监察和司法委', '监察和司法委'],
		en: 'Supervisory and Judicial Affairs Committee',
		order: 40,
	},
	{
		slug: 'education-science-culture-health',
		kind: 'committee',
		zh: '市人大常委会教育科学文化卫生工作委员会',
		aliases: ['市人大常委会教科文卫工委', '教科文卫工委', '科教文卫工委'],
		en: 'Education, Science, Culture and Public Health Work Committee',
		order: 50,
	},
	{
		slug: 'agriculture-rural-affairs',
		kind: 'committee',
		zh: '市人大常委会农村工作委员会',
		aliases: ['市人大常委会农工委', '农工委'],
		en: 'Agriculture and Rural Affairs Work Committee',
		order: 60,
	},
	{
		slug: 'ethnic-religious-overseas-affairs',
		kind: 'committee',
		zh: '市人大常委会民族宗教侨务外事工作委员会',
		aliases: ['市人大常委会民侨工委', '民侨工委', '民宗侨外工委'],
		en: 'Ethnic, Religious, Overseas Chinese and Foreign Affairs Work Committee',
		order: 70,
	},
	{
		slug: 'personnel-deputies',
		kind: 'committee',
		zh: '市人大常委会人事代表工作委员会',
		aliases: ['市人大常委会人事代表工委', '人事代表工委'],
		en: 'Personnel and Deputies Affairs Work Committee',
		order: 80,
	},
] as const satisfies readonly Committee[];

export type CommitteeSlug = (typeof COMMITTEES)[number]['slug'];

/** Prefixes that a heading may carry or omit without changing which body it names. */
const OPTIONAL_PREFIXES = ['大同市人大常委会', '大同市人大', '市人大常委会', '市人大'];

/**
 * Reduces a heading to the part that identifies the body: no surrounding or inner
 * whitespace (ASCII or full-width) and no "大同市", "市人大常委会" or "市人大" prefix.
 *
 * @example headingKey('　市人大常委会民宗侨外工委 ') // '民宗侨外工委'
 * @example headingKey('市人大法制委员会') // '法制委员会'
 */
export function headingKey(heading: string): string {
	let key = heading.replace(/[\s\u3000]+/gu, '');
	for (let changed = true; changed;) {
		changed = false;
		for (const prefix of OPTIONAL_PREFIXES) {
			if (key.startsWith(prefix) && key.length > prefix.length) {
				key = key.slice(prefix.length);
				changed = true;
			}
		}
	}
	return key;
}

const byKey = new Map<string, Committee>();
for (const committee of COMMITTEES) {
	if (committee.kind !== 'committee') continue;
	for (const name of [committee.zh, ...committee.aliases]) {
		const key = headingKey(name);
		const clash = byKey.get(key);
		if (clash && clash.slug !== committee.slug) {
			throw new Error(
				`Committee registry: "${name}" names both ${clash.slug} and ${committee.slug}`
			);
		}
		byKey.set(key, committee);
	}
}

/**
 * Finds the committee a section heading names, through its full name or any alias,
 * with or without the 市人大 / 市人大常委会 prefix.
 *
 * @example matchCommitteeHeading('市人大常委会民宗侨外工委')?.slug // 'ethnic-religious-overseas-affairs'
 */
export function matchCommitteeHeading(heading: string): Committee | undefined {
	return byKey.get(headingKey(heading));
}

/** One way a committee's name may be written: a name or alias, with or without an optional prefix. */
export interface CommitteeNameForm {
	/** The Chinese as it may be written, e.g. `市人大常委会民宗侨外工委`. */
	readonly zh: string;
	readonly committee: Committee;
}

/**
 * Every written form of every committee's name that `matchCommitteeHeading`
 * accepts: each name and alias without its 市人大 / 市人大常委会 prefix and with
 * each optional prefix. For finding committee names inside running text (the
 * translation's glossary and `translations check`), where a heading's exact
 * match does not apply; longest first, so that a prefixed name wins over the
 * prefix's own glossary term (人大常委会).
 *
 * @example COMMITTEE_NAME_FORMS.some((f) => f.zh === '市人大常委会民宗侨外工委') // true
 */
export const COMMITTEE_NAME_FORMS: readonly CommitteeNameForm[] = [...byKey]
	.flatMap(([key, committee]) =>
		['', ...OPTIONAL_PREFIXES].map((prefix) => ({ zh: prefix + key, committee }))
	)
	.sort((a, b) => b.zh.length - a.zh.length || a.zh.localeCompare(b.zh));

/** The registry entry for a slug, or `undefined` when the slug is unknown. */
export function getCommittee(slug: string): Committee | undefined {
	return COMMITTEES.find((committee) => committee.slug === slug);
}

/** The registry entry for the Standing Committee's lead article. */
export const OVERVIEW: Committee = COMMITTEES[0];
