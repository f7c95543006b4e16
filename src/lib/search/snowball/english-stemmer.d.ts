/** Types of the Snowball-generated English stemmer beside this file (see README.md). */
export class EnglishStemmer {
	/** Stems one lowercase word. */
	stemWord(word: string): string;
}
