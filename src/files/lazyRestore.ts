/**
 * Restore of imported text, loaded on first use: the restore code and its schemas are not part of
 * what the page loads at start, only of what an import, a share link or a template needs.
 */
import type { RestoreResult } from '../model/restore';

/** The refusal when the restore code itself could not be loaded (the design stays as it is). */
export function restoreUnavailable(error: unknown): RestoreResult {
  const reason = error instanceof Error && error.message !== '' ? ` (${error.message})` : '';
  return {
    ok: false,
    error: { path: '', message: `Faultline could not load the part that reads designs${reason}; check the connection and try again` },
  };
}

/**
 * `parseDesignText` of the restore module, loaded on first use. A failed load is answered as a
 * refusal (see {@link restoreUnavailable}), so that an import never changes the open design then.
 */
export async function parseDesignTextLazily(text: string): Promise<RestoreResult> {
  let restore: typeof import('../model/restore');
  try {
    restore = await import('../model/restore');
  } catch (error) {
    return restoreUnavailable(error);
  }
  return restore.parseDesignText(text);
}
