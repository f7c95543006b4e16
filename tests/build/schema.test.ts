/**
 * A malformed frontmatter fails the build, naming the file and the field, and a
 * content file in the wrong place is refused with its path.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, ROOT, TMP } from '../helpers/site.ts';

function buildBroken(name: string, breakIt: (content: string) => void): string {
	const content = join(TMP, `${name}-content`);
	rmSync(content, { recursive: true, force: true });
	cpSync(join(ROOT, 'content'), content, { recursive: true });
	breakIt(content);
	try {
		buildSite({ outDir: join(TMP, name), contentDir: content });
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('the build succeeded');
}

describe('the content collection', () => {
	it('fails the build on a malformed frontmatter, naming the file and the field', () => {
		const message = buildBroken('broken-year', (content) => {
			const file = join(content, '2022', 'en', 'legal-affairs.mdx');
			writeFileSync(file, readFileSync(file, 'utf8').replace(/^year: 2022$/m, 'year: twenty'));
		});
		expect(message).toContain('2022/en/legal-affairs');
		expect(message).toMatch(/year.*Expected type `"number"`/);
	});

	it('fails the build on a page whose slug is not in the committee registry', () => {
		const message = buildBroken('unknown-slug', (content) => {
			const from = join(content, '2022', 'zh', 'legal-affairs.mdx');
			const to = join(content, '2022', 'zh', 'tourism.mdx');
			writeFileSync(
				to,
				readFileSync(from, 'utf8').replace(/^slug: legal-affairs$/m, 'slug: tourism')
			);
		});
		expect(message).toContain(
			'content/2022/zh/tourism.mdx: slug tourism is not in the committee registry'
		);
	});
});
