/**
 * Text and attribute values for xmlbuilder2, escaped so that they read back
 * exactly as written. Every writer that hands source text to xmlbuilder2
 * (XLIFF, TMX, TEI, EPUB) goes through these.
 */

/**
 * Text for xmlbuilder2's `txt()` and attributes: every `&` doubled as `&amp;`.
 * xmlbuilder2 (since 3.0.2, still in 4.0.3) leaves an `&` that starts something
 * shaped like an entity reference (`&amp;`, `&lt;`, `&#20;`) unescaped, in text
 * and in attribute values, so the text `&lt;b&gt;` would be read back as `<b>`.
 * Once every `&` is written `&amp;`, each one is such a reference and the
 * serializer passes them through: the output is the text fully escaped.
 *
 * @see https://github.com/oozcitak/xmlbuilder2/issues/117
 * @example xmlText('&lt;b&gt; & c') // '&amp;lt;b&amp;gt; &amp; c'
 */
export function xmlText(text: string): string {
	return text.replace(/&/g, '&amp;');
}

/**
 * An attribute map with every value passed through {@link xmlText}; entries
 * whose value is `undefined` are left out.
 *
 * @see https://github.com/oozcitak/xmlbuilder2/issues/117
 * @example xmlAttributes({ title: 'a &amp; b', id: undefined }) // { title: 'a &amp;amp; b' }
 */
export function xmlAttributes(values: Record<string, string | undefined>): Record<string, string> {
	return Object.fromEntries(
		Object.entries(values).flatMap(([key, value]) =>
			value === undefined ? [] : [[key, xmlText(value)]]
		)
	);
}
