/**
 * `npm run ingest` as an archivist runs it, on a scratch copy of a seed and a
 * scratch content folder: clear refusals that write nothing, hand-edit
 * protection, --force, --dry-run, --check and idempotence.
 */
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/lib/hash.ts';
import { ROOT } from '../helpers/site.ts';

const FIXTURE = join(ROOT, 'tests', 'fixtures', 'ingest', 'year-2031');

interface Run {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** A scratch project: seeds/ with the 2031 fixture (and more files if given), an empty content/. */
function scratch(extra: Record<string, Uint8Array | string> = {}) {
	const dir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
	mkdirSync(join(dir, 'seeds'));
	mkdirSync(join(dir, 'content'));
	cpSync(join(FIXTURE, 'input.txt'), join(dir, 'seeds', '2031.txt'));
	cpSync(join(FIXTURE, 'input.yaml'), join(dir, 'seeds', '2031.yaml'));
	for (const [name, data] of Object.entries(extra)) writeFileSync(join(dir, 'seeds', name), data);
	const run = (...args: string[]): Run => {
		const result = spawnSync(
			join(ROOT, 'node_modules', '.bin', 'node'),
			[join(ROOT, 'scripts', 'ingest.ts'), '--content', 'content', ...args],
			{ cwd: dir, encoding: 'utf8' }
		);
		return { status: result.status, stdout: result.stdout, stderr: result.stderr };
	};
	/** Every file under content/ with its bytes and modification time. */
	const snapshot = () =>
		readdirSync(join(dir, 'content'), { recursive: true })
			.map(String)
			.sort()
			.map((f) => {
				const path = join(dir, 'content', f);
				return statSync(path).isFile()
					? `${f} ${statSync(path).mtimeMs} ${readFileSync(path, 'utf8').length}`
					: `${f}/`;
			});
	return {
		dir,
		run,
		snapshot,
		page: (slug: string) => join(dir, 'content', '2031', 'zh', `${slug}.mdx`),
	};
}

describe('npm run ingest on a new year', () => {
	it('writes the pages of a year it has never seen and reports them', () => {
		const { run, page } = scratch();
		const result = run('seeds/2031.txt');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('seeds/2031.txt  year 2031  utf-8');
		expect(result.stdout).toMatch(
			/content\/2031\/zh\/supervisory-judicial-affairs\.mdx\s+lines\s+41–43\s+1 ¶\s+created/
		);
		expect(result.stdout).toContain('join      lines 13 + 15');
		expect(result.stdout).toContain('candidate problems to review');
		expect(existsSync(page('supervisory-judicial-affairs'))).toBe(true);
	});

	it('takes a seed named from a subfolder relative to that folder, as `cd seeds && npm run ingest -- 2031.txt` names it', () => {
		const { dir, page } = scratch();
		const env = { ...process.env, npm_lifecycle_event: 'ingest', INIT_CWD: join(dir, 'seeds') };
		const result = spawnSync(
			join(ROOT, 'node_modules', '.bin', 'node'),
			[join(ROOT, 'scripts', 'ingest.ts'), '--content', 'content', '2031.txt'],
			{ cwd: dir, encoding: 'utf8', env }
		);
		expect(result.stderr).toBe('');
		expect(result.stdout).toContain('seeds/2031.txt  year 2031');
		expect(existsSync(page('legal-affairs'))).toBe(true);
	});

	it('writes nothing the second time, and leaves the files untouched', () => {
		const { run, snapshot } = scratch();
		run('seeds/2031.txt');
		const before = snapshot();
		const again = run('seeds/2031.txt');
		expect(again.status).toBe(0);
		expect(again.stdout).toContain('Nothing to write');
		expect(again.stdout).not.toMatch(/\b(created|updated)\b/);
		expect(snapshot()).toEqual(before);
	});

	it('shows what would change with --dry-run and writes nothing', () => {
		const { run, snapshot } = scratch();
		const result = run('--dry-run', 'seeds/2031.txt');
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/would be created/);
		expect(result.stdout).toContain('dry run: 5 pages would be written, nothing was.');
		expect(snapshot()).toEqual([]);
	});

	it('--check fails when content/ is not what the seeds produce, and passes when it is', () => {
		const { run } = scratch();
		expect(run('--check', 'seeds/2031.txt').status).toBe(1);
		run('seeds/2031.txt');
		const check = run('--check', 'seeds/2031.txt');
		expect(check.status).toBe(0);
		expect(check.stdout).toContain('is what the seeds produce (5 pages)');
	});
});

describe('hand edits and English pages', () => {
	it('refuses to overwrite a page edited by hand, writes nothing, and --force overwrites it', () => {
		const { run, page, snapshot } = scratch();
		run('seeds/2031.txt');
		const edited = readFileSync(page('legal-affairs'), 'utf8').replace(
			'审议法规草案4件',
			'审议法规草案5件'
		);
		writeFileSync(page('legal-affairs'), edited);
		writeFileSync(
			join(page('finance-economics')),
			readFileSync(page('finance-economics'), 'utf8').replace('一年来', '一年以来')
		);
		const before = snapshot();
		const refused = run('seeds/2031.txt');
		expect(refused.status).toBe(1);
		expect(refused.stderr).toMatch(
			/content\/2031\/zh\/legal-affairs\.mdx was edited by hand \(it no longer matches its generatedHash\); it differs from what the seeds produce in: body line \d+/
		);
		expect(refused.stderr).toContain(
			'Nothing was written: 2 pages were edited by hand. Either record each change as an editorial decision in seeds/2031.yaml (see seeds/README.md) and run ingest again, or discard the hand edits with `npm run ingest -- --force`.'
		);
		expect(refused.stdout).toContain('REFUSED (edited by hand)');
		expect(snapshot()).toEqual(before);
		const forced = run('--force', 'seeds/2031.txt');
		expect(forced.status).toBe(0);
		expect(readFileSync(page('legal-affairs'), 'utf8')).toContain('审议法规草案4件');
	});

	it.each([
		['the title', (t: string) => t.replace(/^title: .*$/m, 'title: 法制委（手改）'), 'title'],
		[
			'an editorial note',
			(t: string) => t.replace('zh: 原文如此，括号未闭合。', 'zh: 原文如此（编者改）。'),
			'editorial',
		],
		[
			'a field added',
			(t: string) => t.replace('\nslug:', '\nreviewer: 张三\nslug:'),
			'reviewer (added)',
		],
		[
			'a comment',
			(t: string) => t.replace('\ntitle:', '\n# 已核对\ntitle:'),
			'comments or formatting of the frontmatter',
		],
	])(
		'refuses a hand edit to %s of the frontmatter, naming it; --check names it and suggests no --force',
		(_, edit, field) => {
			const { run, page, snapshot } = scratch();
			run('seeds/2031.txt');
			const slug = field === 'editorial' ? 'ethnic-religious-overseas-affairs' : 'legal-affairs';
			writeFileSync(page(slug), edit(readFileSync(page(slug), 'utf8')));
			const before = snapshot();
			const refused = run('seeds/2031.txt');
			expect(refused.status).toBe(1);
			expect(refused.stderr).toContain(
				`content/2031/zh/${slug}.mdx was edited by hand (it no longer matches its generatedHash); it differs from what the seeds produce in: ${field}`
			);
			expect(snapshot()).toEqual(before);
			const check = run('--check', 'seeds/2031.txt');
			expect(check.status).toBe(1);
			expect(check.stderr).toContain(`content/2031/zh/${slug}.mdx was edited by hand`);
			expect(check.stderr).toContain(
				'Record each hand edit as an editorial decision in seeds/2031.yaml (see seeds/README.md), or undo it'
			);
			expect(`${check.stdout}${check.stderr}`).not.toContain('--force');
			expect(snapshot()).toEqual(before);
		}
	);

	it('never writes, moves or deletes an English page', () => {
		const { dir, run } = scratch();
		const english = join(dir, 'content', '2031', 'en', 'legal-affairs.mdx');
		mkdirSync(join(dir, 'content', '2031', 'en'), { recursive: true });
		writeFileSync(english, '---\ntitle: hand-written\n---\n\nA translation.\n');
		const orphan = join(dir, 'content', '2031', 'en', 'no-such-committee.mdx');
		writeFileSync(orphan, 'kept');
		expect(run('--force', 'seeds/2031.txt').status).toBe(0);
		expect(readFileSync(english, 'utf8')).toBe('---\ntitle: hand-written\n---\n\nA translation.\n');
		expect(readFileSync(orphan, 'utf8')).toBe('kept');
	});
});

describe('bad input: a clear message, nothing lost', () => {
	const png = new Uint8Array([
		0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
	]);
	it.each([
		['a binary file', png, /seeds\/2032\.txt: this is a binary file, not text/],
		['an empty file', new Uint8Array(), /seeds\/2032\.txt: the file is empty/],
		[
			'a file with no article title',
			new TextEncoder().encode('一年来，工作取得进展。\n\n第二段。\n'),
			/seeds\/2032\.txt: no article title found/,
		],
		[
			'bytes that are no text in any supported encoding',
			new Uint8Array([0xff, 0xff, 0xff, 0x81, 0x30, 0xff, 0xfe, 0x00, 0x41].slice(0, 6)),
			/seeds\/2032\.txt: the bytes are not valid UTF-8 or GB18030 text|seeds\/2032\.txt: this does not look like text/,
		],
	])(
		'refuses %s, naming the file and the problem, exit code 2, content/ untouched',
		(_, bytes, message) => {
			const { run, snapshot } = scratch({ '2032.txt': bytes });
			run('seeds/2031.txt');
			const before = snapshot();
			const result = run();
			expect(result.status).toBe(2);
			expect(result.stderr).toMatch(message);
			expect(result.stderr).toContain('Nothing was written: 1 of 2 seeds could not be ingested.');
			expect(snapshot()).toEqual(before);
		}
	);

	it('prints each error once, also when the same seed is named twice', () => {
		const { run, snapshot } = scratch({
			'2032.txt': new TextEncoder().encode('一年来，工作取得进展。\n\n第二段。\n'),
		});
		const result = run('seeds/2032.txt', './seeds/2032.txt', 'seeds/../seeds/2032.txt');
		expect(result.status).toBe(2);
		expect(result.stderr.match(/no article title found/g)).toHaveLength(1);
		expect(result.stderr).toContain('Nothing was written: 1 of 1 seeds could not be ingested.');
		expect(snapshot()).toEqual([]);
	});

	it('stops at a line it cannot read as heading or text, with both readings and the decision to record; writes nothing', () => {
		const text = readFileSync(join(FIXTURE, 'input.txt'), 'utf8').replace(
			'代表们走进田间地头，调研大同黄花产业发展。',
			'代表们走进田间地头，调研大同黄花产业'
		);
		const { dir, run, snapshot } = scratch();
		writeFileSync(join(dir, 'seeds', '2031.txt'), text);
		writeFileSync(
			join(dir, 'seeds', '2031.yaml'),
			readFileSync(join(FIXTURE, 'input.yaml'), 'utf8').replace(
				/sha256: "\w+"/,
				`sha256: "${sha256(new TextEncoder().encode(text))}"`
			)
		);
		const refused = run();
		expect(refused.status).toBe(2);
		expect(refused.stderr).toContain(
			'error: seeds/2031.txt:23: the line “加强自身建设” could be a heading or the continuation of the paragraph at line 21'
		);
		expect(refused.stderr).toContain('record the reading in seeds/2031.yaml under decisions');
		expect(refused.stderr).toContain(
			'- type: heading        # it is a heading\n      line: "加强自身建设"'
		);
		expect(snapshot()).toEqual([]);
		// The decision, pasted as the message gives it, settles the line.
		writeFileSync(
			join(dir, 'seeds', '2031.yaml'),
			`${readFileSync(join(dir, 'seeds', '2031.yaml'), 'utf8')}  - type: heading\n    line: "加强自身建设"\n`
		);
		const decided = run();
		expect(decided.stderr).toBe('');
		expect(decided.status).toBe(0);
		expect(
			readFileSync(join(dir, 'content', '2031', 'zh', 'standing-committee.mdx'), 'utf8')
		).toContain('\n## 加强自身建设\n');
	});

	it('stops at a heading that names no committee, with file, line, heading and how to add it; writes nothing', () => {
		const text = readFileSync(join(FIXTURE, 'input.txt'), 'utf8')
			.replace('市人大财经委', '市人大常委会信访工委')
			.replace('2031年', '2032年')
			.replace(/2031年/g, '2032年');
		const { run, snapshot } = scratch({ '2032.txt': text });
		const result = run();
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(
			/seeds\/2032\.txt:49: the heading "市人大常委会信访工委" names no committee of the registry\. If it is a committee, add it \(slug, full name, this heading as an alias, English name, order\) to COMMITTEES in src\/lib\/committees\.ts/
		);
		expect(snapshot()).toEqual([]);
	});

	it('ingests a truncated file with a warning and a mark at the end', () => {
		const text = readFileSync(join(FIXTURE, 'input.txt'), 'utf8')
			.replace('听取审议计划执行情况报告。本组稿件由李四采写', '听取审议计划执行情况')
			.replace(/2031年/g, '2032年');
		const { run, dir } = scratch({ '2032.txt': text });
		const result = run('seeds/2032.txt');
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(
			/! seeds\/2032\.txt:51: the source ends mid-sentence; is the file truncated\?/
		);
		expect(
			readFileSync(join(dir, 'content', '2032', 'zh', 'finance-economics.mdx'), 'utf8')
		).toMatch(/听取审议计划执行情况\n\n<Truncation n="1" \/>\n$/);
	});

	it('refuses a decision whose quoted text is no longer in the source', () => {
		const { dir, run, snapshot } = scratch();
		writeFileSync(
			join(dir, 'seeds', '2031.yaml'),
			readFileSync(join(FIXTURE, 'input.yaml'), 'utf8').replace(
				'形成调研报告（含附件3份',
				'形成调研报告（含附件4份'
			)
		);
		const result = run();
		expect(result.status).toBe(2);
		expect(result.stderr).toContain(
			'seeds/2031.yaml: decision 1 (note): the quoted text “形成调研报告（含附件4份” is not found anywhere in the source'
		);
		expect(snapshot()).toEqual([]);
	});

	it('names the field of an invalid decisions file', () => {
		const { dir, run } = scratch();
		writeFileSync(
			join(dir, 'seeds', '2031.yaml'),
			readFileSync(join(FIXTURE, 'input.yaml'), 'utf8').replace(
				'      en: Sic; the bracket is not closed in the source.\n',
				''
			)
		);
		const result = run();
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('seeds/2031.yaml: decisions.0.note.en: ');
	});

	it('refuses a seed outside seeds/, and a decisions file that names another seed', () => {
		const { dir, run, snapshot } = scratch();
		mkdirSync(join(dir, 'elsewhere'));
		cpSync(join(FIXTURE, 'input.txt'), join(dir, 'elsewhere', '2031.txt'));
		cpSync(join(FIXTURE, 'input.yaml'), join(dir, 'elsewhere', '2031.yaml'));
		const outside = run('elsewhere/2031.txt');
		expect(outside.status).toBe(2);
		expect(outside.stderr).toContain(
			'error: elsewhere/2031.txt: a seed must be in seeds/ (the folder the build reads); move it there, as seeds/2031.txt'
		);
		writeFileSync(
			join(dir, 'seeds', '2031.yaml'),
			readFileSync(join(FIXTURE, 'input.yaml'), 'utf8').replace('file: 2031.txt', 'file: 2030.txt')
		);
		const misnamed = run('seeds/2031.txt');
		expect(misnamed.status).toBe(2);
		expect(misnamed.stderr).toContain(
			'error: seeds/2031.yaml: source.file names 2030.txt, but this decisions file is beside seeds/2031.txt: it must name its own seed (2031.txt)'
		);
		expect(snapshot()).toEqual([]);
	});

	it.each([
		['!!js/function', '"function () { return 1 }"'],
		['a custom tag', '!custom 注'],
		['!!binary', '!!binary aGVsbG8='],
	])('refuses %s in the decisions file, naming its line', (_, value) => {
		const { dir, run, snapshot } = scratch();
		const yaml = readFileSync(join(FIXTURE, 'input.yaml'), 'utf8').replace(
			'zh: 原文如此，括号未闭合。',
			`zh: ${value.startsWith('"') ? `!!js/function ${value}` : value}`
		);
		writeFileSync(join(dir, 'seeds', '2031.yaml'), yaml);
		const result = run('seeds/2031.txt');
		expect(result.status).toBe(2);
		const line = yaml.split('\n').findIndex((l) => l.includes('zh: !')) + 1;
		expect(result.stderr).toMatch(new RegExp(`seeds/2031\\.yaml:${line}: .*(tag|Unresolved)`));
		expect(snapshot()).toEqual([]);
	});

	it('refuses a seed with a noncharacter or a bidi override, naming line, column and code point', () => {
		const text = readFileSync(join(FIXTURE, 'input.txt'), 'utf8')
			.replace('各项工作取得新进展', '各项工作\uFFFF取得新进展')
			.replace('提升履职能力', '提升\u202E履职能力');
		const { dir, run, snapshot } = scratch();
		writeFileSync(join(dir, 'seeds', '2031.txt'), text);
		writeFileSync(
			join(dir, 'seeds', '2031.yaml'),
			readFileSync(join(FIXTURE, 'input.yaml'), 'utf8').replace(
				/sha256: "\w+"/,
				`sha256: "${sha256(new TextEncoder().encode(text))}"`
			)
		);
		const result = run();
		expect(result.status).toBe(2);
		const lines = text.split('\n');
		const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
		const column = [...lines[lineOf('\uFFFF') - 1]!].indexOf('\uFFFF') + 1;
		expect(result.stderr).toContain(
			`seeds/2031.txt:${lineOf('\uFFFF')}: U+FFFF (a noncharacter: Unicode reserves it for internal use; XML 1.0 and HTML forbid it in text) at column ${column}`
		);
		expect(result.stderr).toContain(
			`seeds/2031.txt:${lineOf('\u202E')}: U+202E RIGHT-TO-LEFT OVERRIDE`
		);
		expect(snapshot()).toEqual([]);
	});

	it('keeps an invisible character of a seed, with a warning naming it', () => {
		const text = readFileSync(join(FIXTURE, 'input.txt'), 'utf8').replace('黄花', '黄\u200B花');
		const { dir, run, page } = scratch();
		writeFileSync(join(dir, 'seeds', '2031.txt'), text);
		writeFileSync(
			join(dir, 'seeds', '2031.yaml'),
			readFileSync(join(FIXTURE, 'input.yaml'), 'utf8').replace(
				/sha256: "\w+"/,
				`sha256: "${sha256(new TextEncoder().encode(text))}"`
			)
		);
		const result = run();
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(
			/! seeds\/2031\.txt:\d+: U\+200B ZERO WIDTH SPACE \(an invisible character: .*\) at column \d+; kept as printed/
		);
		expect(readFileSync(page('standing-committee'), 'utf8')).toContain('黄\u200B花');
	});

	it('refuses a bidi override in a note of the decisions file, naming its line', () => {
		const { dir, run } = scratch();
		const yaml = readFileSync(join(FIXTURE, 'input.yaml'), 'utf8')
			.replace('en: Sic; the bracket', 'en: "Sic;\\u202E the bracket')
			.replace('is not closed in the source.', 'is not closed in the source."');
		writeFileSync(join(dir, 'seeds', '2031.yaml'), yaml);
		const result = run();
		expect(result.status).toBe(2);
		const line = yaml.split('\n').findIndex((l) => l.includes('u202E')) + 1;
		expect(result.stderr).toContain(`seeds/2031.yaml:${line}: U+202E RIGHT-TO-LEFT OVERRIDE`);
	});
	it('refuses a decisions file that is not valid UTF-8, naming its line, and writes nothing', () => {
		const { dir, run, snapshot } = scratch();
		const yaml = readFileSync(join(FIXTURE, 'input.yaml'));
		const at = yaml.indexOf('originalName: ') + 'originalName: '.length;
		// Latin-1 bytes where UTF-8 is expected: read leniently, they became U+FFFD in every page.
		const bytes = Buffer.concat([
			yaml.subarray(0, at),
			Buffer.from([0xe9, 0xff]),
			yaml.subarray(at),
		]);
		writeFileSync(join(dir, 'seeds', '2031.yaml'), bytes);
		const result = run();
		expect(result.status).toBe(2);
		const line = yaml.subarray(0, at).toString('utf8').split('\n').length;
		expect(result.stderr).toContain(`seeds/2031.yaml:${line}: the bytes are not valid UTF-8`);
		expect(result.stderr).not.toMatch(/^\s+at /m);
		expect(snapshot()).toEqual([]);
	});
});

describe('operating-system errors: one line, what was written, no stack trace', () => {
	it('names a missing content folder', () => {
		const { dir } = scratch();
		const result = spawnSync(
			join(ROOT, 'node_modules', '.bin', 'node'),
			[join(ROOT, 'scripts', 'ingest.ts'), '--content', 'no-such-folder'],
			{ cwd: dir, encoding: 'utf8' }
		);
		expect(result.status).toBe(1);
		expect(result.stderr).toBe(
			'error: no-such-folder: no such file or folder\nNothing was written.\n'
		);
	});

	it.each(['ENOSPC', 'EROFS', 'EACCES'])(
		'on %s while writing (injected), says so in one line and leaves content/ as it was',
		(code) => {
			const { dir, snapshot } = scratch();
			const result = spawnSync(
				join(ROOT, 'node_modules', '.bin', 'node'),
				[join(ROOT, 'scripts', 'ingest.ts'), '--content', 'content'],
				{ cwd: dir, encoding: 'utf8', env: { ...process.env, ARCHIVE_TEST_FAIL_STEP: `4:${code}` } }
			);
			expect(result.status).toBe(1);
			expect(result.stderr).toMatch(
				new RegExp(
					`^error: content/2031/zh/[a-z-]+\\.mdx\\.run-[0-9a-z]+\\.new: [a-z -]+\\nNothing was written\\.\\n$`
				)
			);
			expect(result.stderr).not.toMatch(/\n\s+at /);
			expect(snapshot()).toEqual([]);
		}
	);

	it('on a real full disk (a 64 KB tmpfs, where this machine lets us mount one), names the file and writes nothing', (context) => {
		const { dir } = scratch();
		const disk = join(dir, 'disk');
		mkdirSync(disk);
		if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', disk]).status !== 0) {
			console.warn('skipped: cannot mount a tmpfs here (not root, or no CAP_SYS_ADMIN)');
			context.skip();
		}
		try {
			mkdirSync(join(disk, 'content'));
			writeFileSync(join(disk, 'filler'), new Uint8Array(50_000));
			const result = spawnSync(
				join(ROOT, 'node_modules', '.bin', 'node'),
				[join(ROOT, 'scripts', 'ingest.ts'), '--content', join(disk, 'content')],
				{ cwd: dir, encoding: 'utf8' }
			);
			expect(result.status).toBe(1);
			expect(result.stderr).toMatch(
				/^error: .*disk\/content\/.*: no space left on the disk\nNothing was written\.\n$/
			);
			expect(readdirSync(join(disk, 'content'))).toEqual([]);
		} finally {
			spawnSync('umount', [disk]);
		}
	});

	it('names a file where a folder should be', () => {
		const { dir, run, snapshot } = scratch();
		mkdirSync(join(dir, 'content', '2031'));
		writeFileSync(join(dir, 'content', '2031', 'zh'), 'a file where a folder should be');
		const before = snapshot();
		const result = run();
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/^error: content\/2031\/zh: is not a folder/);
		expect(result.stderr).toContain('Nothing was written.');
		expect(snapshot()).toEqual(before);
	});

	it('names a folder where the decisions file should be', () => {
		const { dir, run, snapshot } = scratch();
		rmSync(join(dir, 'seeds', '2031.yaml'));
		mkdirSync(join(dir, 'seeds', '2031.yaml'));
		const result = run();
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(
			/^error: seeds\/2031\.yaml: is a folder, where a file was expected/
		);
		expect(result.stderr).toContain('Nothing was written.');
		expect(snapshot()).toEqual([]);
	});
});
