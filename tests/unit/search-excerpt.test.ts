import { describe, expect, it } from 'vitest';
import { pageExcerpts } from '../../src/lib/search/excerpt.ts';
import { locateWords } from '../../src/lib/search/locate.ts';

/** A page of paragraphs as the index holds it: blocks on lines of their own, an anchor at each. */
function page(header: string, paragraphs: string[]) {
	let text = `${header}\n`;
	const anchors = paragraphs.map((paragraph, i) => {
		const location = text.length;
		text += `${paragraph}\n`;
		return { id: `p${i + 1}`, location };
	});
	return { text, anchors };
}
const shown = (parts: { text: string; mark: boolean }[]) =>
	parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('pageExcerpts', () => {
	it('takes the paragraph with most of the words first, then the earlier ones, at most three', () => {
		const { text, anchors } = page('标题', [
			'立法工作。',
			'监督工作。',
			'立法和监督。',
			'立法。',
			'监督。',
		]);
		const excerpts = pageExcerpts(text, anchors, locateWords(text, ['立法', '监督'], 'zh'));
		expect(excerpts.map((e) => e.anchor)).toEqual(['p3', 'p1', 'p2']);
		expect(shown(excerpts[0]!.parts)).toBe('[立法]和[监督]。');
		expect(excerpts[0]).toMatchObject({ cutStart: false, cutEnd: false });
	});
	it('cuts a long paragraph around the words and says where it is cut', () => {
		const long = `${'前'.repeat(100)}黄花${'后'.repeat(100)}`;
		const { text, anchors } = page('标题', [long]);
		const [excerpt] = pageExcerpts(text, anchors, locateWords(text, ['黄花'], 'zh'));
		expect(excerpt).toMatchObject({ anchor: 'p1', cutStart: true, cutEnd: true });
		const visible = shown(excerpt!.parts);
		expect(visible).toContain('[黄花]');
		expect(long).toContain(visible.replace(/[[\]]/g, ''));
		expect(visible.length).toBeLessThan(80);
	});
	it('cuts English at word boundaries, never inside a word', () => {
		const words = Array.from({ length: 80 }, (_, i) => `word${i}`);
		words[40] = 'daylily';
		const { text, anchors } = page('Title', [words.join(' ')]);
		const [excerpt] = pageExcerpts(text, anchors, locateWords(text, ['daylily'], 'en'));
		const visible = shown(excerpt!.parts);
		expect(visible).toMatch(/^word\d+ .* word\d+$/);
		expect(visible).toContain('[daylily]');
		expect(excerpt).toMatchObject({ cutStart: true, cutEnd: true });
	});
	it('shows both words of a paragraph in one window where they fit', () => {
		const { text, anchors } = page('标题', [`立法${'中'.repeat(30)}监督${'尾'.repeat(200)}`]);
		const [excerpt] = pageExcerpts(text, anchors, locateWords(text, ['立法', '监督'], 'zh'));
		expect(excerpt!.parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['立法', '监督']);
		expect(excerpt).toMatchObject({ cutStart: false, cutEnd: true });
	});
	it('lands on the page’s header only when the text has none of the words', () => {
		const { text, anchors } = page('市人大法制委员会', ['法制工作。']);
		expect(
			pageExcerpts(text, anchors, locateWords(text, ['法制'], 'zh')).map((e) => e.anchor)
		).toEqual(['p1']);
		const [header] = pageExcerpts(text, anchors, locateWords(text, ['委员会'], 'zh'));
		expect(header!.anchor).toBeUndefined();
		expect(shown(header!.parts)).toBe('市人大法制[委员会]');
	});
	it('gives nothing when no word was located', () => {
		const { text, anchors } = page('标题', ['正文。']);
		expect(pageExcerpts(text, anchors, [[]])).toEqual([]);
	});
});
