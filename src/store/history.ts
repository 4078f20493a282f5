/**
 * Undo history over immutable document snapshots. Each entry is the whole `DesignFile` as it was
 * before a step; snapshots are cheap because edits share every unchanged part.
 */
import type { DesignFile } from '../model/types';

export interface HistoryEntry {
  /** What the step did, for menus and tooltips ("Move 3 resources", "Connect rA → sA"). */
  label: string;
  file: DesignFile;
}

export interface HistoryState {
  past: readonly HistoryEntry[];
  future: readonly HistoryEntry[];
}

/** How many steps are kept; older ones are forgotten. */
export const HISTORY_LIMIT = 200;

export const emptyHistory: HistoryState = { past: [], future: [] };

/** Records that `before` was replaced by a new state; a new step clears redo. */
export function record(h: HistoryState, label: string, before: DesignFile): HistoryState {
  const past = [...h.past, { label, file: before }];
  if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT);
  return { past, future: [] };
}

/** Steps back: returns the file to restore and the new history, or null when there is nothing to undo. */
export function undo(h: HistoryState, current: DesignFile): { file: DesignFile; history: HistoryState } | null {
  const last = h.past[h.past.length - 1];
  if (!last) return null;
  return {
    file: last.file,
    history: { past: h.past.slice(0, -1), future: [{ label: last.label, file: current }, ...h.future] },
  };
}

export function redo(h: HistoryState, current: DesignFile): { file: DesignFile; history: HistoryState } | null {
  const next = h.future[0];
  if (!next) return null;
  return {
    file: next.file,
    history: { past: [...h.past, { label: next.label, file: current }], future: h.future.slice(1) },
  };
}
