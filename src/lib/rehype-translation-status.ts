import { existsSync, readFileSync } from 'node:fs';
import type { Element, ElementContent, Root } from 'hast';
import { parse } from 'yaml';
import { useTranslations } from './i18n.ts';
import { splitFrontmatter } from './content/mdx-page.ts';
import { paragraphStatus, type TranslationOf } from './translation-status.ts';

/** The parts of a VFile this plugin reads. */
interface FileLike {
	path?: string;
	data: { astro?: { frontmatter?: Record<string, unknown> } };
}

function notice(text: string, kind: string): ElementContent {
	const span: Element = {
		type: 'element',
		tagName: 'span',
		properties: {
			className: ['para-notice'],
			lang: 'en',
			dataPagefindIgnore: '',
			dataParagraphNotice: kind,
		},
		children: [{ type: 'text', value: text }],
	};
	return span;
}

/**
 * On an English page, marks each paragraph and heading by its own translation
 * status, comparing the hashes its frontmatter records (`translationOf.paragraphs`,
 * `.headings`) with the Chinese page beside it: a paragraph not yet translated
 * (which holds the Chinese) gets `lang="zh-Hans"`, a short notice and
 * `data-pagefind-ignore` (it stays out of the English index); a paragraph whose
 * Chinese changed since gets an "outdated" notice, and one imported for review
 * and not confirmed yet (`needsReview`) a "not reviewed yet" notice. Runs after
 * `rehypeReportAnchors`, whose `#pN` anchors it keeps. Chinese pages and pages
 * without per-paragraph hashes are left alone.
 */
export function rehypeTranslationStatus() {
	const t = useTranslations('en');
	return (tree: Root, file: FileLike) => {
		const path = file.path?.replace(/\\/g, '/') ?? '';
		const match = /^(.*)\/en\/([a-z0-9-]+)\.mdx$/.exec(path);
		if (!match) return;
		const zhPath = `${match[1]}/zh/${match[2]}.mdx`;
		if (!existsSync(zhPath)) return;
		const frontmatter =
			file.data.astro?.frontmatter ??
			(parse(splitFrontmatter(readFileSync(path, 'utf8'))?.yaml ?? '') as Record<string, unknown>);
		const translationOf = frontmatter['translationOf'] as TranslationOf | undefined;
		if (!translationOf?.paragraphs) return;
		const status = paragraphStatus(
			splitFrontmatter(readFileSync(zhPath, 'utf8'))?.body ?? '',
			translationOf
		);
		// Units imported for review and not confirmed yet (`needsReview`: p3, h1, …).
		const review = new Set((frontmatter['needsReview'] ?? []) as string[]);
		let paragraphs = 0;
		let headings = 0;
		for (const node of tree.children) {
			if (node.type !== 'element') continue;
			const isParagraph = node.tagName === 'p';
			const isHeading = /^h[2-6]$/.test(node.tagName);
			if (!isParagraph && !isHeading) continue;
			const n = isParagraph ? ++paragraphs : ++headings;
			const untranslated = (
				isParagraph ? status.untranslated : status.untranslatedHeadings
			).includes(n);
			const outdated = (isParagraph ? status.outdated : status.outdatedHeadings).includes(n);
			if (untranslated) {
				node.properties = {
					...node.properties,
					lang: 'zh-Hans',
					dataParagraphTranslation: 'untranslated',
					dataPagefindIgnore: '',
				};
				if (isParagraph)
					node.children.splice(1, 0, notice(t('translation.paragraphMissing'), 'untranslated'));
			} else if (outdated) {
				node.properties = { ...node.properties, dataParagraphTranslation: 'outdated' };
				if (isParagraph)
					node.children.splice(1, 0, notice(t('translation.paragraphOutdated'), 'outdated'));
			} else if (review.has(`${isParagraph ? 'p' : 'h'}${n}`)) {
				node.properties = { ...node.properties, dataParagraphTranslation: 'review' };
				if (isParagraph)
					node.children.splice(1, 0, notice(t('translation.paragraphReview'), 'review'));
			}
		}
	};
}
