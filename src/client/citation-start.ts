/**
 * The "Copy citation" script (`_app/citation-start.<hash>.js`), loaded by the
 * bootstrap (site.ts) at the first choice of a paragraph number: it wires the
 * report's numbers (citation.ts); the bootstrap then hands it that choice.
 */
import { startCitations } from './citation.ts';

const report = document.querySelector<HTMLElement>('article[data-cite]');
if (report) startCitations(report);
