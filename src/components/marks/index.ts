/** The components that render the editorial marks ingest writes into report bodies. */
import Duplicate from './Duplicate.astro';
import Join from './Join.astro';
import Lacuna from './Lacuna.astro';
import Note from './Note.astro';
import Truncation from './Truncation.astro';

export const markComponents = { Join, Note, Lacuna, Duplicate, Truncation };
