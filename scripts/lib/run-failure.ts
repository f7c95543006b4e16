/**
 * How every command ends when its run fails for a reason that is no bug: one
 * message, no stack trace, an exit code. Shared by ingest, translations and
 * package.
 */
import { describeFsError, isFsError } from '../../src/lib/content/fs-errors.ts';
import { JournalError, RecoveryConflictError } from '../../src/lib/content/run-journal.ts';
import { LockHeldError, RunRefusedError, RunWriteError } from '../../src/lib/content/run-writer.ts';

/**
 * Prints the failure and returns the exit code (2 for pages the build would
 * refuse, 1 otherwise); rethrows anything else, which is a bug.
 *
 * @param nothingWritten what to say after an operating-system error, e.g. "Nothing was written."
 */
export function reportRunFailure(error: unknown, nothingWritten = 'Nothing was written.'): number {
	if (error instanceof LockHeldError)
		console.error(`error: ${error.message}. Nothing was written.`);
	else if (error instanceof RunRefusedError) console.error(error.message);
	else if (
		error instanceof RunWriteError ||
		error instanceof JournalError ||
		error instanceof RecoveryConflictError
	)
		console.error(`error: ${error.message}`);
	else if (isFsError(error)) console.error(`error: ${describeFsError(error)}\n${nothingWritten}`);
	else throw error;
	return error instanceof RunRefusedError ? 2 : 1;
}
