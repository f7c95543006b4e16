/**
 * Replaces `{name}` placeholders with values. No imports: the browser bundle uses it.
 *
 * @example interpolate('第{n}段', { n: 3 }) // '第3段'
 */
export function interpolate(
	template: string,
	values: Record<string, string | number> = {}
): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in values ? String(values[name]) : whole
	);
}
