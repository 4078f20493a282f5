/**
 * Keeps two tabs with the same design open from overwriting each other's work.
 *
 * When another tab saves the design open here:
 * - with nothing unsaved here, this tab quietly takes the saved version (both tabs show the same);
 * - with unsaved changes here, autosave is held (nothing is saved over the other tab's version) and
 *   the user chooses: take the saved version (dropping the changes made here) or keep this tab's
 *   version as a new design in the library. Closing the tab meanwhile asks first.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { designId, newId, type DesignId } from '../model/ids';
import type { DesignFile } from '../model/types';
import type { DesignStore } from '../store/designStore';
import type { Autosave } from './autosave';
import type { DesignRepository } from './designRepository';
import type { LibraryChange, OtherTabs } from './otherTabs';

/** Why saving stops while the conflict stands (shown when switching designs is refused). */
export const HELD_REASON =
  'Saving is paused because another tab saved this design too. Choose which version to keep in the banner above the canvas first.';

export interface TabConflict {
  designId: DesignId;
  /** The design's name in this tab. */
  name: string;
}

export interface TabGuardState {
  conflict: TabConflict | null;
}

export interface TabGuard {
  state: StoreApi<TabGuardState>;
  /** Replaces this tab's design with the version another tab saved; this tab's changes are dropped. */
  takeSaved(): Promise<void>;
  /** Keeps this tab's version as a new design (the other tab's version stays as it is); returns its name. */
  keepMineAsCopy(): string;
  /** Starts listening to the other tabs (again, after a stop). */
  start(): void;
  stop(): void;
}

export interface TabGuardOptions {
  store: DesignStore;
  autosave: Autosave;
  tabs: OtherTabs;
  repository: Pick<DesignRepository, 'load'>;
  /** Short notices for the user ("updated with the changes saved in another tab"). */
  notify?: (text: string) => void;
  /** Where to ask before the tab closes with changes held back (none in tests without a DOM). */
  target?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
}

/** The name of the copy kept from this tab. */
export function copyName(name: string): string {
  return `${name} (kept from another tab)`;
}

/** A guard that does nothing until {@link TabGuard.start}. */
export function createTabGuard({ store, autosave, tabs, repository, notify, target }: TabGuardOptions): TabGuard {
  const state = createStore<TabGuardState>()(() => ({ conflict: null }));
  const openId = (): DesignId => store.getState().file.design.id;

  // One undo step: Ctrl+Z brings back this tab's version (which is then saved like any edit).
  const take = (file: DesignFile): void => {
    autosave.markSaved(file);
    store.getState().load(file, { keepHistory: true, label: 'Take the version saved in another tab' });
  };

  const onSavedElsewhere = async (id: DesignId): Promise<void> => {
    if (state.getState().conflict !== null) return;
    if (autosave.dirty()) {
      autosave.hold(HELD_REASON);
      state.setState({ conflict: { designId: id, name: store.getState().file.design.name } });
      return;
    }
    const before = store.getState().file;
    let file: DesignFile;
    try {
      file = (await repository.load(id)).file;
    } catch {
      // Deleted or damaged since: this tab keeps what it has, and saves it with its next change.
      return;
    }
    // Edited here while the saved version was read: that is a conflict after all.
    if (store.getState().file !== before || openId() !== id) {
      if (openId() === id && state.getState().conflict === null) {
        autosave.hold(HELD_REASON);
        state.setState({ conflict: { designId: id, name: store.getState().file.design.name } });
      }
      return;
    }
    take(file);
    notify?.(`“${file.design.name}” was updated with the changes saved in another tab.`);
  };

  const onChange = (change: LibraryChange): void => {
    if (change.designId !== openId()) return;
    if (change.kind === 'saved') void onSavedElsewhere(change.designId);
    else notify?.(`“${store.getState().file.design.name}” was deleted in another tab. It stays open here and is stored again with your next change.`);
  };
  const onBeforeUnload = (event: Event): void => {
    if (state.getState().conflict !== null && autosave.dirty()) event.preventDefault();
  };
  let stopListening: (() => void) | null = null;

  const resolve = (): void => {
    state.setState({ conflict: null });
    autosave.release();
  };

  return {
    state,
    async takeSaved() {
      const conflict = state.getState().conflict;
      if (!conflict) return;
      const { file } = await repository.load(conflict.designId);
      take(file);
      resolve();
    },
    keepMineAsCopy() {
      const mine = store.getState().file;
      const name = copyName(mine.design.name);
      // A new design, without this tab's history: an undo must not bring back the original's id.
      store.getState().load({ ...mine, design: { ...mine.design, id: designId(newId('design')), name } });
      resolve();
      return name;
    },
    start() {
      if (stopListening) return;
      stopListening = tabs.listen(onChange);
      target?.addEventListener('beforeunload', onBeforeUnload);
    },
    stop() {
      if (!stopListening) return;
      stopListening();
      stopListening = null;
      target?.removeEventListener('beforeunload', onBeforeUnload);
    },
  };
}
