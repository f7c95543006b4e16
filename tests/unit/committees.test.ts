import { describe, expect, it } from 'vitest';
import {
	COMMITTEE_NAME_FORMS,
	COMMITTEES,
	getCommittee,
	headingKey,
	matchCommitteeHeading,
} from '../../src/lib/committees.ts';

describe('COMMITTEES', () => {
	it('has unique slugs and orders', () => {
		expect(new Set(COMMITTEES.map((c) => c.slug)).size).toBe(COMMITTEES.length);
		expect(new Set(COMMITTEES.map((c) => c.order)).size).toBe(COMMITTEES.length);
	});

	it('calls a 工作委员会 a Work Committee and a 委员会 of the Congress a Committee', () => {
		for (const committee of COMMITTEES.filter((c) => c.kind === 'committee')) {
			expect(committee.en.endsWith('Work Committee')).toBe(committee.zh.endsWith('工作委员会'));
		}
	});
});

describe('headingKey', () => {
	it('drops the 市人大 and 市人大常委会 prefixes and all whitespace', () => {
		expect(headingKey('　市人大常委会民宗侨外工委 ')).toBe('民宗侨外工委');
		expect(headingKey('市人大法制委员会')).toBe('法制委员会');
		expect(headingKey('大同市人大财经委')).toBe('财经委');
	});
});

describe('matchCommitteeHeading', () => {
	it.each([
		['市人大法制委', 'legal-affairs'],
		['市人大法制委员会', 'legal-affairs'],
		['市人大财经委', 'finance-economics'],
		['市人大社会建设委', 'social-development'],
		['监察和司法委', 'supervisory-judicial-affairs'],
		['市人大常委会教科文卫工委', 'education-science-culture-health'],
		['科教文卫工委', 'education-science-culture-health'],
		['市人大常委会农工委', 'agriculture-rural-affairs'],
		['市人大常委会民侨工委', 'ethnic-religious-overseas-affairs'],
		['市人大常委会民宗侨外工委', 'ethnic-religious-overseas-affairs'],
		['市人大常委会人事代表工委', 'personnel-deputies'],
		['　市人大常委会 人事代表工委　', 'personnel-deputies'],
	])('matches %s to %s', (heading, slug) => {
		expect(matchCommitteeHeading(heading)?.slug).toBe(slug);
	});

	it('matches nothing for an unknown body or a section heading', () => {
		expect(matchCommitteeHeading('市人大常委会外事委')).toBeUndefined();
		expect(matchCommitteeHeading('坚持党的领导 强化政治引领')).toBeUndefined();
		expect(matchCommitteeHeading('市人大常委会')).toBeUndefined();
	});
});

describe('getCommittee', () => {
	it('finds an entry by slug', () => {
		expect(getCommittee('legal-affairs')?.en).toBe('Legal Affairs Committee');
		expect(getCommittee('nope')).toBeUndefined();
	});
});

describe('COMMITTEE_NAME_FORMS', () => {
	it('lists every name and alias with and without the prefixes, each matched to its committee by matchCommitteeHeading', () => {
		for (const form of COMMITTEE_NAME_FORMS)
			expect(matchCommitteeHeading(form.zh)?.slug, form.zh).toBe(form.committee.slug);
		for (const committee of COMMITTEES.filter((c) => c.kind === 'committee'))
			for (const name of [committee.zh, ...committee.aliases])
				expect(COMMITTEE_NAME_FORMS.map((f) => f.zh)).toContain(name);
		expect(
			COMMITTEE_NAME_FORMS.find((f) => f.zh === '市人大常委会民宗侨外工委')?.committee.slug
		).toBe('ethnic-religious-overseas-affairs');
	});

	it('is longest first, so a prefixed name wins over a shorter form inside it', () => {
		const lengths = COMMITTEE_NAME_FORMS.map((f) => f.zh.length);
		expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
	});
});
