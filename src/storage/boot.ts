/**
 * What the app opens with: the design that was open last, or a new empty design when there is
 * none or it cannot be read. Never throws: a storage problem comes back with the empty design, for
 * the banner to explain.
 */
import { emptyDesignFile } from '../model/defaults';
import type { DesignFile } from '../model/types';
import { StorageError, toStorageError } from './errors';
import type { DesignRepository } from './designRepository';

/** The outcome of the start-up read. */
export interface StartupDesign {
  file: DesignFile;
  /** Set when the last design could not be read; `note` says what the app did instead. */
  problem: { error: StorageError; note: string } | null;
}

const STARTED_EMPTY = 'A new, empty design is open instead; you can keep working.';

/** Reads the last open design from the library. */
export async function loadStartupDesign(repository: DesignRepository): Promise<StartupDesign> {
  try {
    const id = await repository.lastOpen();
    if (id === null) return { file: emptyDesignFile(), problem: null };
    const { file } = await repository.load(id);
    return { file, problem: null };
  } catch (error) {
    const failure = toStorageError(error, 'reopen', null);
    // A design deleted in another tab is not a problem worth a banner: start afresh.
    if (failure.failure === 'not-found') return { file: emptyDesignFile(), problem: null };
    const reopen = new StorageError('reopen', failure.failure, null, failure.detail);
    return { file: emptyDesignFile(), problem: { error: reopen, note: STARTED_EMPTY } };
  }
}
