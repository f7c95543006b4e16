import { describe, expect, it } from 'vitest';
import { clip, endsSentence, isHeadingLike } from '../../src/lib/content/text-shape.ts';

describe('endsSentence', () => {
	it.each(['任务。', '是吗？', '好！', '如下：', '实践模式……', '作出应有贡献。”', '（见附件。）'])(
		'is true for %s',
		(text) => {
			expect(endsSentence(text)).toBe(true);
		}
	);
	it.each(['始终在市委的', '调研全市农产', '按照省', '《关于加强和规范检察', '刊登在《大同人大》'])(
		'is false for %s',
		(text) => {
			expect(endsSentence(text)).toBe(false);
		}
	);
});

describe('isHeadingLike', () => {
	it.each(['坚持党的领导 强化政治引领', '打造“四个机关” 强化自身建设', '市人大常委会民侨工委'])(
		'takes %s for a heading',
		(text) => {
			expect(isHeadingLike(text)).toBe(true);
		}
	);
	it.each([
		'律回春渐，万象始更新。',
		'一年来，坚决贯彻市委部署，始终在市委的',
		'品、黄花加工产业发展情况',
	])('does not take %s for a heading', (text) => {
		expect(isHeadingLike(text)).toBe(false);
	});
	it('refuses lines longer than a heading can be', () => {
		expect(isHeadingLike('一'.repeat(31))).toBe(false);
	});
});

describe('clip', () => {
	it('keeps short text whole and clips long text at either end', () => {
		expect(clip('短句', 5)).toBe('短句');
		expect(clip('一二三四五六', 3)).toBe('一二三…');
		expect(clip('一二三四五六', 3, 'end')).toBe('…四五六');
	});
});
