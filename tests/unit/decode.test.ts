import { describe, expect, it } from 'vitest';
import { decodeSeed, toSourceLines } from '../../src/lib/ingest/decode.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeSeed', () => {
	it('reads plain UTF-8 and reports LF line endings', () => {
		const decoded = decodeSeed(utf8('标题\n\n——副标题2022年\n'), 'a.txt');
		expect(decoded).toEqual({
			text: '标题\n\n——副标题2022年\n',
			encoding: 'utf-8',
			lineEndings: 'LF',
		});
	});

	it('drops a UTF-8 byte-order mark and normalises CRLF to LF', () => {
		const decoded = decodeSeed(
			new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('标题\r\n正文。\r\n')]),
			'a.txt'
		);
		expect(decoded.text).toBe('标题\n正文。\n');
		expect(decoded.encoding).toBe('utf-8 with BOM');
		expect(decoded.lineEndings).toBe('CRLF');
	});

	it('decodes GB18030 (GBK) text that is not valid UTF-8', () => {
		// 人大 in GBK
		const decoded = decodeSeed(new Uint8Array([0xc8, 0xcb, 0xb4, 0xf3, 0x0a]), 'gbk.txt');
		expect(decoded.text).toBe('人大\n');
		expect(decoded.encoding).toBe('gb18030');
	});

	it('decodes UTF-16 with a byte-order mark', () => {
		const bytes = new Uint8Array([0xff, 0xfe, 0xba, 0x4e, 0x27, 0x59]);
		expect(decodeSeed(bytes, 'u16.txt')).toMatchObject({ text: '人大', encoding: 'utf-16le' });
	});

	it('refuses an empty file, naming it', () => {
		expect(() => decodeSeed(new Uint8Array(), 'seeds/2023.txt')).toThrow(
			'seeds/2023.txt: the file is empty'
		);
	});

	it('refuses a file of whitespace only', () => {
		expect(() => decodeSeed(utf8(' \n\u3000\n'), 'w.txt')).toThrow(
			'w.txt: the file holds only whitespace'
		);
	});

	it('refuses binary data with NUL bytes', () => {
		expect(() =>
			decodeSeed(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'img.txt')
		).toThrow(/img\.txt: this is a binary file/);
	});

	it('refuses text with control characters, giving the line', () => {
		expect(() => decodeSeed(utf8('标题\n正文\u0007。'), 'c.txt')).toThrow(
			/c\.txt:2: this does not look like text: control character U\+0007/
		);
	});
});

describe('toSourceLines', () => {
	it('keeps non-empty lines with their numbers, trimmed of ASCII and full-width spaces', () => {
		expect(toSourceLines('\n　　标题　 \n\n正文。 \t\n')).toEqual([
			{ n: 2, text: '标题' },
			{ n: 4, text: '正文。' },
		]);
	});

	it('keeps spaces inside a line', () => {
		expect(toSourceLines('坚持党的领导 强化政治引领')).toEqual([
			{ n: 1, text: '坚持党的领导 强化政治引领' },
		]);
	});
});
