/**
 * The browser test hook: `window.__faultline`, through which end-to-end tests read and replace
 * the document. Installed only in builds made with `--mode test`; in a production build the
 * constant is false and this module is dropped.
 */
import type { DesignFile } from './model/types';
import type { DesignState, DesignStore } from './store/designStore';

/** What the tests can do through the hook. */
export interface FaultlineTestHook {
  /** The current document (a structured clone, so tests cannot mutate the store). */
  getDocument(): DesignFile;
  /** Replaces the document, clearing undo history (as opening a design does). */
  loadDocument(file: DesignFile): void;
  /** A snapshot of the store's plain state: revisions, history sizes, selection, scenario. */
  getState(): TestStateSnapshot;
  /**
   * Applies an edit through the store, as one undo step (as the app's own edits do; used by the
   * browser benchmark). Returns false when the edit changed nothing.
   */
  commit(label: string, update: (file: DesignFile) => DesignFile): boolean;
}

export interface TestStateSnapshot {
  revision: number;
  designRevision: number;
  undoSteps: number;
  redoSteps: number;
  undoLabels: string[];
  gestureInProgress: boolean;
  selection: DesignState['selection'];
  scenario: DesignState['scenario'];
}

declare global {
  interface Window {
    __faultline?: FaultlineTestHook;
  }
}

/** Installs `window.__faultline` for the given store. */
export function installTestHook(store: DesignStore): void {
  window.__faultline = {
    getDocument: () => structuredClone(store.getState().file),
    loadDocument: (file) => store.getState().load(file),
    commit: (label, update) => store.getState().commit(label, update),
    getState: () => {
      const s = store.getState();
      return {
        revision: s.revision,
        designRevision: s.designRevision,
        undoSteps: s.history.past.length,
        redoSteps: s.history.future.length,
        undoLabels: s.history.past.map((h) => h.label),
        gestureInProgress: s.gestureBase !== null,
        selection: structuredClone(s.selection),
        scenario: structuredClone(s.scenario),
      };
    },
  };
}
