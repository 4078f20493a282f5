/**
 * Provides the canvas UI store (status messages, drop highlight, kind chooser, legend) to the
 * canvas and to the chrome around it (the palette reports refusals in the same status area).
 */
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createCanvasUiStore, type CanvasUiState, type CanvasUiStore } from './canvasUi';

const CanvasUiContext = createContext<CanvasUiStore | null>(null);

export function CanvasUiProvider({ children }: { children: ReactNode }) {
  const [store] = useState(createCanvasUiStore);
  return <CanvasUiContext.Provider value={store}>{children}</CanvasUiContext.Provider>;
}

/** The canvas UI store itself, for event handlers. */
export function useCanvasUiApi(): CanvasUiStore {
  const store = useContext(CanvasUiContext);
  if (!store) throw new Error('useCanvasUiApi must be used inside <CanvasUiProvider>.');
  return store;
}

/** Subscribes to a slice of the canvas UI store. */
export function useCanvasUi<T>(selector: (state: CanvasUiState) => T): T {
  return useStore(useCanvasUiApi(), selector);
}
