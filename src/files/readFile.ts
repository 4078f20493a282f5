/**
 * Reading a design from a file the user picked or dropped. Files larger than the import limit are
 * refused from their size alone, before any of their content is read.
 */
import type { RestoreResult } from '../model/restore';
import { MAX_DESIGN_BYTES } from '../model/limits';
import { parseDesignTextLazily } from './lazyRestore';

const MIB = 1024 * 1024;

/** The refusal for a file over the limit, worded like restore's own size check. */
export function tooLargeResult(bytes: number): RestoreResult {
  const size = (bytes / MIB).toFixed(1);
  const limit = MAX_DESIGN_BYTES / MIB;
  return { ok: false, error: { path: '', message: `The file is ${size} MiB (${bytes} bytes); Faultline opens designs of up to ${limit} MiB` } };
}

/** The restore result of a picked or dropped file (see `parseDesignText`, loaded on first use). */
export async function readDesignFile(file: Blob): Promise<RestoreResult> {
  if (file.size > MAX_DESIGN_BYTES) return tooLargeResult(file.size);
  return parseDesignTextLazily(await file.text());
}
