/**
 * translate-toolkit (Debian's `translate-toolkit`, Python): its XLIFF storage,
 * which Weblate uses for an XLIFF component, and its converters. Debian's own
 * Python runs it (the package installs into /usr/lib/python3/dist-packages).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's Python, where the translate-toolkit package is installed. */
export const PYTHON = '/usr/bin/python3';

/** What a Weblate user does to one unit: its English and the state Weblate saves. */
export interface WeblateEdit {
	id: string;
	/** The English; the unit's placeholders are appended to it, in order. */
	en: string;
	/** Weblate's states: translated, approved (`final`), needs editing (`needs-translation`), or translate-toolkit's review flag. */
	how: 'translated' | 'approved' | 'needs-editing' | 'review' | 'markfuzzy';
}

/**
 * Sets targets and states as Weblate's XLIFF component does
 * (weblate/formats/ttkit.py `XliffUnit.set_state`): the rich target keeps the
 * `<x/>` placeholders; translated → `state="translated"`, approved →
 * `approved="yes"` + `state="final"`, needs editing → `state="needs-translation"`;
 * `review` uses the storage's `markreviewneeded()`, `markfuzzy` its `markfuzzy()`.
 */
const WEBLATE = String.raw`
import json, sys
from translate.storage import xliff
from translate.storage.placeables import StringElem
from translate.storage.placeables.xliff import X

source, out = sys.argv[1], sys.argv[2]
edits = {e["id"]: e for e in json.load(sys.stdin)}
store = xliff.xlifffile.parsefile(source)
for unit in store.units:
    edit = edits.get(unit.getid().split("\x04")[-1])
    if not edit:
        continue
    marks = [e for e in unit.rich_source[0].flatten() if isinstance(e, X)]
    unit.rich_target = [StringElem([edit["en"], *marks])]
    node = unit.get_target_dom()
    how = edit["how"]
    if how == "translated":
        unit.markapproved(False)
        node.set("state", "translated")
    elif how == "approved":
        unit.markapproved(True)
        node.set("state", "final")
    elif how == "needs-editing":
        unit.markapproved(False)
        node.set("state", "needs-translation")
    elif how == "review":
        unit.markreviewneeded()
    elif how == "markfuzzy":
        unit.markfuzzy()
store.savefile(out)
`;

/** Runs a Python script with translate-toolkit; throws with its output when it fails. */
export function runPython(script: string, args: string[], input = ''): string {
	if (!existsSync(PYTHON))
		throw new Error(`${PYTHON} is missing: apt-get install translate-toolkit`);
	const result = spawnSync(PYTHON, ['-c', script, ...args], { input, encoding: 'utf8' });
	if (result.status !== 0)
		throw new Error(`python3 failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
	return result.stdout;
}

/** Edits an XLIFF file the way Weblate saves it, writing `out`. */
export function editAsWeblate(xliff: string, out: string, edits: WeblateEdit[]): void {
	runPython(WEBLATE, [xliff, out], JSON.stringify(edits));
}

/** Runs one of translate-toolkit's command-line converters (xliff2po, po2xliff, pomerge). */
export function runConverter(command: string, ...args: string[]): string {
	const result = spawnSync(command, args, { encoding: 'utf8' });
	if (result.status !== 0)
		throw new Error(`${command} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
	return `${result.stdout}${result.stderr}`;
}
