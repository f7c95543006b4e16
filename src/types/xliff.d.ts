/** The `xliff` package (locize) ships no types; the tests use its XLIFF 1.2 reader to read our exports back. */
declare module 'xliff/xliff12ToJs' {
	/** Parses an XLIFF 1.2 document into `{ sourceLanguage, targetLanguage, resources: { [file original]: { [unit id]: unit } } }`. */
	export default function xliff12ToJs(xml: string): Promise<unknown>;
}
