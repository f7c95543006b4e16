import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GeneratedPage } from '../../src/lib/ingest/pipeline.ts';
import { applyWrites, isHandEdited, planWrites } from '../../src/lib/ingest/write.ts';
import { ingestText, MINI } from '../helpers/seeds.ts';

const pages = (): GeneratedPage[] => ingestText(MINI).pages;

describe('isHandEdited', () => {
	it('is false for a page as generated and true once its body changes', () => {
		const { mdx } = pages()[0]!;
		expect(isHandEdited(mdx)).toBe(false);
		expect(isHandEdited(mdx.replace('开篇第一段。', '开篇第一段（改）。'))).toBe(true);
		expect(isHandEdited('no frontmatter at all')).toBe(true);
	});
});

describe('planWrites', () => {
	it('creates missing pages, leaves identical ones and updates generated ones', () => {
		const [a, b, c] = pages();
		const existing = new Map([
			[b!.path, b!.mdx],
			[
				c!.path,
				c!.mdx
					.replace(/generatedHash: \w+/, `generatedHash: ${'1'.repeat(64)}`)
					.replace('民宗侨外工委正文。', '旧文。'),
			],
		]);
		const actions = planWrites([a!, b!], existing, false);
		expect(actions.map((x) => x.kind)).toEqual(['create', 'unchanged']);
	});

	it('refuses a hand-edited page unless forced', () => {
		const [a] = pages();
		const edited = new Map([[a!.path, a!.mdx.replace('开篇第一段。', '手改。')]]);
		expect(planWrites([a!], edited, false)[0]!.kind).toBe('hand-edited');
		expect(planWrites([a!], edited, true)[0]!.kind).toBe('overwrite-hand-edited');
	});

	it('updates a page whose generated body differs but was not edited by hand', () => {
		const [a] = pages();
		const older = ingestText(MINI.replace('开篇第一段。', '开篇旧段。')).pages[0]!.mdx;
		expect(planWrites([a!], new Map([[a!.path, older]]), false)[0]!.kind).toBe('update');
	});

	it('never plans an English page', () => {
		const [a] = pages();
		expect(() =>
			planWrites([{ ...a!, path: '2031/en/standing-committee.mdx' }], new Map(), true)
		).toThrow('ingest may only write Chinese pages');
	});
});

describe('applyWrites', () => {
	it('writes changed pages through temporary files and leaves no temporary file behind', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
		const actions = planWrites(pages(), new Map(), false);
		await applyWrites(dir, actions);
		expect(readdirSync(join(dir, '2031', 'zh')).sort()).toEqual([
			'ethnic-religious-overseas-affairs.mdx',
			'legal-affairs.mdx',
			'standing-committee.mdx',
		]);
		expect(readFileSync(join(dir, actions[0]!.path), 'utf8')).toBe(actions[0]!.mdx);
	});

	it('on failure removes what it wrote and the folders it created', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
		mkdirSync(join(dir, '2031'));
		writeFileSync(join(dir, '2031', 'zh'), 'a file where a folder should be');
		const actions = planWrites(pages(), new Map(), false);
		await expect(applyWrites(dir, actions)).rejects.toThrow();
		expect(readdirSync(join(dir, '2031'))).toEqual(['zh']);
		expect(readFileSync(join(dir, '2031', 'zh'), 'utf8')).toBe('a file where a folder should be');
	});
});
