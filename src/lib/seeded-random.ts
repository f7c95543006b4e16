/**
 * A small deterministic generator (Park–Miller) of numbers in [0, 1): the same
 * seed always gives the same sequence. For reproducible synthetic text and
 * test samples, not for anything secret.
 *
 * @example const next = seededRandom(2022); next(); // always the same first value
 */
export function seededRandom(seed: number): () => number {
	let state = seed % 2147483647 || 1;
	return () => (state = (state * 16807) % 2147483647) / 2147483647;
}
