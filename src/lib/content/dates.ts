/**
 * Calendar dates (`YYYY-MM-DD`) as the archive writes them for people: the
 * day a text was printed, the day a reader accessed a page. Pure and free of
 * imports, so the browser's citation code can use it too; no `Intl`, so a
 * date reads the same in every browser and in Node.
 */

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/**
 * Whether a string is a real calendar date written `YYYY-MM-DD`.
 *
 * @example isIsoDate('2023-01-10') // true
 * @example isIsoDate('2023-02-30') // false
 */
export function isIsoDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A date for Chinese readers (年月日) or English ones (Month D, YYYY).
 *
 * @example formatDate('2023-01-10', 'zh') // '2023年1月10日'
 * @example formatDate('2023-01-10', 'en') // 'January 10, 2023'
 */
export function formatDate(iso: string, lang: 'zh' | 'en'): string {
	const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
	return lang === 'en' ? `${MONTHS[month - 1]} ${day}, ${year}` : `${year}年${month}月${day}日`;
}

/**
 * Today in the reader's time zone, as `YYYY-MM-DD` (a citation's access date).
 *
 * @example localIsoDate(new Date(2026, 11, 1)) // '2026-12-01'
 */
export function localIsoDate(now: Date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
