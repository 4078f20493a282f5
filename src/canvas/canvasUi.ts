/**
 * Passing canvas state that is no part of the document and never an undo step: the message in the
 * status area, the container a drag hovers, the connection kind chooser, the legend toggle, the
 * nodes being dragged.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ConnectionKind } from '../model/connections';
import type { ResourceId } from '../model/types';

export interface StatusMessage {
  /** Increments with every message, so the same text shown twice is announced twice. */
  id: number;
  text: string;
  tone: 'info' | 'refusal';
}

/** The open kind chooser: a drawn connection that could mean several kinds. */
export interface ChooserState {
  from: ResourceId;
  to: ResourceId;
  kinds: readonly ConnectionKind[];
  /** Where to show it, relative to the canvas element. */
  x: number;
  y: number;
}

export interface CanvasUiState {
  status: StatusMessage | null;
  /** The container a palette item or a node is being dragged over. */
  dropTarget: string | null;
  chooser: ChooserState | null;
  legendOpen: boolean;
  /**
   * The resource nodes being dragged (a few, not containers), or null: their edges are drawn on
   * layers of their own while the drag lasts.
   */
  dragging: ReadonlySet<string> | null;
  showStatus(text: string, tone?: StatusMessage['tone']): void;
  clearStatus(): void;
  setDropTarget(id: string | null): void;
  openChooser(chooser: ChooserState): void;
  closeChooser(): void;
  toggleLegend(): void;
  setDragging(ids: ReadonlySet<string> | null): void;
}

export type CanvasUiStore = StoreApi<CanvasUiState>;

/** A fresh canvas UI store (one per canvas). */
export function createCanvasUiStore(): CanvasUiStore {
  return createStore<CanvasUiState>()((set, get) => ({
    status: null,
    dropTarget: null,
    chooser: null,
    legendOpen: false,
    dragging: null,
    showStatus(text, tone = 'info') {
      set({ status: { id: (get().status?.id ?? 0) + 1, text, tone } });
    },
    clearStatus() {
      set({ status: null });
    },
    setDropTarget(id) {
      if (get().dropTarget !== id) set({ dropTarget: id });
    },
    openChooser(chooser) {
      set({ chooser });
    },
    closeChooser() {
      set({ chooser: null });
    },
    toggleLegend() {
      set({ legendOpen: !get().legendOpen });
    },
    setDragging(ids) {
      if (get().dragging !== ids) set({ dragging: ids });
    },
  }));
}
