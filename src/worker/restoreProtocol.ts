/**
 * The start-up restore in the analysis worker: the stored design is restored (validated, repaired,
 * migrated) in the worker, off the main thread and without loading the schemas into the page.
 *
 * It travels on its own message type with a private reply port, beside comlink's traffic rather than
 * through it: comlink's expose ignores message types it does not know, and a second comlink proxy
 * on the worker would release the analysis API when it is garbage-collected.
 */
import type { RestoreResult } from '../model/restore';

/** The `type` of a restore request posted to the worker. */
export const RESTORE_REQUEST = 'faultline:restore';

/** A restore request; the reply port is the message's one transferred port. */
export interface RestoreRequest {
  type: typeof RESTORE_REQUEST;
  /** The stored value, as `restoreDesignFile` takes it. */
  raw: unknown;
}

/** The reply on the port: the restore's own outcome, or the message of an unexpected error. */
export type RestoreReply = { ok: true; result: RestoreResult } | { ok: false; message: string };

/** Whether a message posted to the worker is a restore request. */
export function isRestoreRequest(data: unknown): data is RestoreRequest {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === RESTORE_REQUEST;
}
