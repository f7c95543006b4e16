import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/content/mdx-page.ts';

describe('splitFrontmatter', () => {
	it('separates YAML from body', () => {
		expect(splitFrontmatter('---\na: 1\n---\n\nbody\n')).toEqual({
			yaml: 'a: 1',
			body: '\nbody\n',
		});
	});

	it('reads a file written with CRLF line ends', () => {
		expect(splitFrontmatter('---\r\ntitle: 标题\r\n---\r\n正文\r\n')).toEqual({
			yaml: 'title: 标题',
			body: '正文\r\n',
		});
	});

	it('is undefined for a file without frontmatter, or with an unclosed one', () => {
		expect(splitFrontmatter('no frontmatter')).toBeUndefined();
		expect(splitFrontmatter('---\ntitle: x\nbody without the closing fence\n')).toBeUndefined();
	});

	it('stops at the first closing fence, so a body may contain ---', () => {
		expect(splitFrontmatter('---\na: 1\n---\nabove\n---\nbelow\n')).toEqual({
			yaml: 'a: 1',
			body: 'above\n---\nbelow\n',
		});
	});
});
