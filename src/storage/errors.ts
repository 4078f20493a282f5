/**
 * Storage errors in the user's words. Every failure of the design library becomes a
 * {@link StorageError} that names what failed (saving "Web tier", reading the library…), why in
 * plain terms (storage full, storage blocked, damaged record…), and what the user can do.
 */

/** What was being done when storage failed. */
export type StorageOperation = 'save' | 'load' | 'list' | 'rename' | 'duplicate' | 'delete' | 'reopen';

/** Why it failed. */
export type StorageFailure = 'quota' | 'unavailable' | 'corrupt' | 'not-found' | 'unknown';

const WHAT: Readonly<Record<StorageOperation, (subject: string | null) => string>> = {
  save: (s) => (s === null ? 'The design could not be saved' : `“${s}” could not be saved`),
  load: (s) => (s === null ? 'The design could not be opened' : `“${s}” could not be opened`),
  list: () => 'The design library could not be read',
  rename: (s) => (s === null ? 'The design could not be renamed' : `“${s}” could not be renamed`),
  duplicate: (s) => (s === null ? 'The design could not be duplicated' : `“${s}” could not be duplicated`),
  delete: (s) => (s === null ? 'The design could not be deleted' : `“${s}” could not be deleted`),
  reopen: () => 'Your last design could not be reopened',
};

function why(failure: StorageFailure, detail: string): string {
  switch (failure) {
    case 'quota':
      return "the browser's storage for this site is full. Delete designs you no longer need from the library, or free up space in the browser's site settings.";
    case 'unavailable':
      return `the browser does not let this site store data (${detail}). This happens in private windows or when site data is blocked in the browser's settings.`;
    case 'corrupt':
      return `the stored copy is damaged: ${detail}`;
    case 'not-found':
      return 'it is no longer in the library; it may have been deleted in another tab.';
    case 'unknown':
      return `the browser reported: ${detail}`;
  }
}

/** A failure of the design library, with a message ready to show. */
export class StorageError extends Error {
  override name = 'StorageError';

  constructor(
    readonly operation: StorageOperation,
    readonly failure: StorageFailure,
    /** The name of the design concerned, when there is one. */
    readonly subject: string | null,
    /** The technical detail (the browser's error message, the restore error). */
    readonly detail: string,
  ) {
    super(`${WHAT[operation](subject)}: ${why(failure, detail)}`);
  }
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const UNAVAILABLE_NAMES = new Set([
  'InvalidStateError',
  'SecurityError',
  'NotAllowedError',
  'NotFoundError',
  'UnknownError',
  'VersionError',
  'TimeoutError',
  'ReferenceError',
]);

function errorName(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string') return error.name;
  return '';
}

function errorMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const message = error.message;
    if (typeof message === 'string' && message !== '') return message;
  }
  return typeof error === 'string' && error !== '' ? error : 'no reason given';
}

/** Classifies a browser storage error (a DOMException, a missing `indexedDB`, a timeout…). */
export function classifyStorageFailure(error: unknown): StorageFailure {
  const name = errorName(error);
  if (QUOTA_NAMES.has(name)) return 'quota';
  if (UNAVAILABLE_NAMES.has(name)) return 'unavailable';
  return 'unknown';
}

/**
 * Turns anything thrown by storage into a {@link StorageError} of `operation`; keeps one that
 * already is, and the design name it carries when `subject` is null.
 */
export function toStorageError(error: unknown, operation: StorageOperation, subject: string | null): StorageError {
  if (error instanceof StorageError) {
    const name = subject ?? error.subject;
    return error.operation === operation && error.subject === name ? error : new StorageError(operation, error.failure, name, error.detail);
  }
  return new StorageError(operation, classifyStorageFailure(error), subject, errorMessage(error));
}
