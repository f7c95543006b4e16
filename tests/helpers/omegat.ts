/**
 * Debian's OmegaT 3.6 (`apt-get install omegat`) in console mode, as a
 * translator's project on disk: `omegat.project`, `source/` (the XLIFF),
 * `target/` (what it writes), `tm/` (memories), `omegat/project_save.tmx`
 * (the translator's own work), and a config folder of its own so that it never
 * reads or writes `~/.omegat`. OmegaT's TMX is read back with fast-xml-parser.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ROOT } from './site.ts';
import { XMLParser } from 'fast-xml-parser';

/** Where Debian's package puts the program. */
export const OMEGAT_JAR = '/usr/share/omegat/OmegaT.jar';

/**
 * The project file the README gives translators (`scripts/omegat/omegat.project`):
 * Chinese (OmegaT's zh-CN) into English, sentence segmentation on (its default).
 */
const PROJECT = join(ROOT, 'scripts', 'omegat', 'omegat.project');

/** An OmegaT project folder. */
export interface OmegatProject {
	dir: string;
	config: string;
	/** The file OmegaT writes into `target/` for the source file. */
	target: string;
}

/**
 * Creates an OmegaT project translating one XLIFF file, with memories in
 * `tm/` (OmegaT offers their matches) — the folder layout OmegaT itself
 * creates (it refuses a project whose glossary folder is missing).
 */
export function createOmegatProject(
	dir: string,
	xliff: string,
	memories: string[] = []
): OmegatProject {
	for (const sub of ['source', 'target', 'tm', 'omegat', 'glossary', 'dictionary'])
		mkdirSync(join(dir, sub), { recursive: true });
	copyFileSync(PROJECT, join(dir, 'omegat.project'));
	copyFileSync(xliff, join(dir, 'source', basename(xliff)));
	for (const memory of memories) copyFileSync(memory, join(dir, 'tm', basename(memory)));
	const config = `${dir}-config`;
	mkdirSync(config, { recursive: true });
	return { dir, config, target: join(dir, 'target', basename(xliff)) };
}

/** Runs OmegaT in a console mode on a project; throws with its output when it fails. */
export function runOmegat(project: OmegatProject, ...args: string[]): string {
	if (!existsSync(OMEGAT_JAR))
		throw new Error(`${OMEGAT_JAR} is missing: apt-get install omegat (CI does, in .ci/run)`);
	const result = spawnSync(
		'java',
		['-jar', OMEGAT_JAR, project.dir, ...args, `--config-dir=${project.config}`],
		{ encoding: 'utf8' }
	);
	const output = `${result.stdout}\n${result.stderr}`;
	if (result.status !== 0 || /\bError: /.test(output))
		throw new Error(`OmegaT ${args.join(' ')} failed (${result.status}):\n${output.slice(-3000)}`);
	return output;
}

/** One segment of OmegaT's TMX: the source as OmegaT shows it (tags as `<x0/>`) and its translation. */
export interface Segment {
	source: string;
	target: string;
}

const TMX_OPTIONS = {
	ignoreAttributes: false,
	trimValues: false,
	processEntities: true,
	htmlEntities: false,
	parseTagValue: false,
	isArray: (name: string) => name === 'tu' || name === 'tuv',
} as const;

interface TmxTree {
	tmx: { body: { tu?: { tuv: { '@_lang': string; seg: string | number }[] }[] } };
}

/** Reads an OmegaT TMX 1.1 (`<tuv lang="…">`): every segment with its translation. */
export function readOmegatTmx(path: string, sourceLang = 'zh-CN'): Segment[] {
	const tree = new XMLParser(TMX_OPTIONS).parse(readFileSync(path, 'utf8')) as TmxTree;
	return (tree.tmx.body.tu ?? []).map((tu) => {
		const seg = (source: boolean) =>
			String(tu.tuv.find((t) => (t['@_lang'] === sourceLang) === source)?.seg ?? '');
		return { source: seg(true), target: seg(false) };
	});
}

/** Escapes text for an XML element. */
const escapeXml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Writes a translator's memory as OmegaT 3.6 saves it (`omegat/project_save.tmx`, TMX 1.1). */
export function writeProjectSave(project: OmegatProject, segments: Segment[]): void {
	const tu = (s: Segment) =>
		`<tu><tuv lang="zh-CN"><seg>${escapeXml(s.source)}</seg></tuv><tuv lang="en"><seg>${escapeXml(s.target)}</seg></tuv></tu>`;
	writeFileSync(
		join(project.dir, 'omegat', 'project_save.tmx'),
		[
			'<?xml version="1.0" encoding="UTF-8"?>',
			'<tmx version="1.1">',
			'<header creationtool="OmegaT" creationtoolversion="3.6.0_10" segtype="sentence" o-tmf="OmegaT TMX" adminlang="EN-US" srclang="zh-CN" datatype="plaintext"/>',
			'<body>',
			...segments.map(tu),
			'</body>',
			'</tmx>',
			'',
		].join('\n')
	);
}
