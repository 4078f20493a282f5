/**
 * The design store: one zustand store per open design, made by a factory so that tests (and
 * several designs) get fresh instances without React. Slices: document (the truth), history
 * (undo/redo, one gesture = one step), and ui (selection, simulation scenario — never undo steps).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { emptyDesignFile } from '../model/defaults';
import type { DesignFile, ResourceId, Viewport } from '../model/types';
import { emptyHistory, record, redo, undo, type HistoryState } from './history';

export interface Selection {
  resources: readonly ResourceId[];
  /** Connection ids as listed by the model (`listConnections`). */
  connections: readonly string[];
}

export interface ScenarioState {
  failedAzs: readonly ResourceId[];
  failedRegions: readonly ResourceId[];
}

export interface DesignState {
  file: DesignFile;
  /** Increments on every change of the document (semantics or layout). */
  revision: number;
  /** Increments only when the semantics (`file.design`) change: what analysis is keyed by. */
  designRevision: number;
  history: HistoryState;
  /** The document before the gesture in progress, or null when none is. */
  gestureBase: { label: string; file: DesignFile } | null;
  selection: Selection;
  scenario: ScenarioState;
  viewport: Viewport | null;

  /** Applies an edit as one undo step. Returns false when the edit changed nothing. */
  commit(label: string, update: (file: DesignFile) => DesignFile): boolean;
  /** Starts a gesture (a drag): changes until `endGesture` form one undo step. */
  beginGesture(label: string): void;
  /** Applies a change inside the current gesture (or, without one, as its own step). */
  updateGesture(update: (file: DesignFile) => DesignFile): void;
  endGesture(): void;
  /** Abandons the gesture in progress and restores the document as it was before it. */
  cancelGesture(): void;
  undo(): void;
  redo(): void;
  /** Replaces the document, e.g. when opening a design; clears history unless told otherwise. */
  load(file: DesignFile, options?: { keepHistory?: boolean; label?: string }): void;

  select(selection: Partial<Selection>): void;
  clearSelection(): void;
  setScenario(scenario: ScenarioState): void;
  toggleFailedAz(az: ResourceId, additive: boolean): void;
  toggleFailedRegion(region: ResourceId, additive: boolean): void;
  clearScenario(): void;
  setViewport(viewport: Viewport): void;
}

export type DesignStore = StoreApi<DesignState>;

const NO_SELECTION: Selection = { resources: [], connections: [] };
const NO_SCENARIO: ScenarioState = { failedAzs: [], failedRegions: [] };

const toggle = (list: readonly ResourceId[], id: ResourceId, additive: boolean): ResourceId[] => {
  if (list.includes(id)) return list.filter((x) => x !== id);
  return additive ? [...list, id] : [id];
};

export function createDesignStore(initial: DesignFile = emptyDesignFile()): DesignStore {
  return createStore<DesignState>()((set, get) => {
    /** Moves to `next`, bumping revisions as needed; history is handled by the caller. */
    const changed = (next: DesignFile): Partial<DesignState> => {
      const { file, revision, designRevision } = get();
      return {
        file: next,
        revision: revision + 1,
        designRevision: next.design === file.design ? designRevision : designRevision + 1,
        // The resources only change with the semantics: a layout change (a drop) keeps the selection.
        selection: next.design === file.design ? get().selection : pruneSelection(get().selection, next),
      };
    };

    return {
      file: initial,
      revision: 0,
      designRevision: 0,
      history: emptyHistory,
      gestureBase: null,
      selection: NO_SELECTION,
      scenario: NO_SCENARIO,
      viewport: initial.layout.viewport ?? null,

      commit(label, update) {
        const { file, history, gestureBase } = get();
        const next = update(file);
        if (next === file) return false;
        // Inside a gesture the change joins the gesture's step.
        if (gestureBase) set(changed(next));
        else set({ ...changed(next), history: record(history, label, file) });
        return true;
      },

      beginGesture(label) {
        if (get().gestureBase) return;
        set({ gestureBase: { label, file: get().file } });
      },

      updateGesture(update) {
        const { file, gestureBase } = get();
        if (!gestureBase) {
          get().commit('Edit', update);
          return;
        }
        const next = update(file);
        if (next !== file) set(changed(next));
      },

      endGesture() {
        const { gestureBase, file, history } = get();
        if (!gestureBase) return;
        if (gestureBase.file === file) set({ gestureBase: null });
        else set({ gestureBase: null, history: record(history, gestureBase.label, gestureBase.file) });
      },

      cancelGesture() {
        const { gestureBase } = get();
        if (!gestureBase) return;
        if (gestureBase.file === get().file) set({ gestureBase: null });
        else set({ ...changed(gestureBase.file), gestureBase: null });
      },

      undo() {
        get().endGesture();
        const step = undo(get().history, get().file);
        if (step) set({ ...changed(step.file), history: step.history });
      },

      redo() {
        get().endGesture();
        const step = redo(get().history, get().file);
        if (step) set({ ...changed(step.file), history: step.history });
      },

      load(file, options) {
        const { history, file: before } = get();
        set({
          ...changed(file),
          gestureBase: null,
          history: options?.keepHistory ? record(history, options.label ?? 'Replace design', before) : emptyHistory,
          selection: NO_SELECTION,
          viewport: file.layout.viewport ?? null,
        });
      },

      select(selection) {
        set({ selection: { ...get().selection, ...selection } });
      },
      clearSelection() {
        set({ selection: NO_SELECTION });
      },
      setScenario(scenario) {
        set({ scenario });
      },
      toggleFailedAz(az, additive) {
        const s = get().scenario;
        set({ scenario: { failedAzs: toggle(s.failedAzs, az, additive), failedRegions: additive ? s.failedRegions : [] } });
      },
      toggleFailedRegion(region, additive) {
        const s = get().scenario;
        set({ scenario: { failedRegions: toggle(s.failedRegions, region, additive), failedAzs: additive ? s.failedAzs : [] } });
      },
      clearScenario() {
        set({ scenario: NO_SCENARIO });
      },
      setViewport(viewport) {
        set({ viewport });
      },
    };
  });
}

/** Drops selected ids that no longer exist (after undo, delete, load). */
function pruneSelection(selection: Selection, file: DesignFile): Selection {
  if (selection.resources.length === 0) return selection;
  const ids = new Set<string>(file.design.resources.map((r) => r.id));
  const kept = selection.resources.filter((id) => ids.has(id));
  return kept.length === selection.resources.length ? selection : { ...selection, resources: kept };
}
