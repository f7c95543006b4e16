declare module 'wink-porter2-stemmer' {
	/** Stems an English word with the Porter2 (Snowball English) algorithm. */
	export default function stem(word: string): string;
}
