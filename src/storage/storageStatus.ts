/**
 * What the storage error banner shows: the latest storage problem, until the user dismisses it.
 * A dismissed problem does not come back with every autosave while storage stays broken; it comes
 * back only after that operation has worked once in between.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { StorageError, StorageOperation } from './errors';

/** A problem shown to the user. */
export interface StorageProblem {
  /** `<operation>:<failure>`: problems with the same key are the same problem. */
  key: string;
  operation: StorageOperation;
  message: string;
}

export interface StorageStatusState {
  problem: StorageProblem | null;
  /** Keys of problems the user dismissed and has not seen succeed since. */
  dismissed: ReadonlySet<string>;
  /** Shows a storage error; `note` adds what the app did about it. */
  report(error: StorageError, note?: string): void;
  /** Records that an operation worked: its problem goes away and may be shown again later. */
  succeeded(operation: StorageOperation): void;
  dismiss(): void;
}

export type StorageStatus = StoreApi<StorageStatusState>;

/** A fresh status store. */
export function createStorageStatus(): StorageStatus {
  return createStore<StorageStatusState>()((set, get) => ({
    problem: null,
    dismissed: new Set(),
    report(error, note) {
      const key = `${error.operation}:${error.failure}`;
      if (get().dismissed.has(key)) return;
      const message = note === undefined ? error.message : `${error.message} ${note}`;
      set({ problem: { key, operation: error.operation, message } });
    },
    succeeded(operation) {
      const { problem, dismissed } = get();
      const prefix = `${operation}:`;
      const stillDismissed = [...dismissed].filter((k) => !k.startsWith(prefix));
      set({
        problem: problem?.operation === operation ? null : problem,
        dismissed: stillDismissed.length === dismissed.size ? dismissed : new Set(stillDismissed),
      });
    },
    dismiss() {
      const { problem, dismissed } = get();
      if (!problem) return;
      set({ problem: null, dismissed: new Set([...dismissed, problem.key]) });
    },
  }));
}
