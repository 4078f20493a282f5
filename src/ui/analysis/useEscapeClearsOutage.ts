/**
 * Esc stops the simulation. Escape already clears the selection (the `clearSelection` action), so
 * the two are layered: with something selected Esc clears the selection (the action does that);
 * with nothing selected it clears the outage. The listener runs in the capture phase, before the
 * keyboard dispatcher, so it sees the selection as it was before that Esc press.
 */
import { useEffect } from 'react';
import { isTextEntry } from '../../actions/dispatcher';
import { useDesignStoreApi } from '../../store/context';

const insideDialog = (target: EventTarget | null): boolean =>
  target instanceof Element && target.closest('[aria-modal="true"], dialog[open]') !== null;

/** Installs the Esc handling described above for as long as the calling component is mounted. */
export function useEscapeClearsOutage(): void {
  const store = useDesignStoreApi();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.isComposing || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (isTextEntry(event.target) || insideDialog(event.target)) return;
      const state = store.getState();
      const { selection, scenario } = state;
      if (selection.resources.length > 0 || selection.connections.length > 0) return;
      if (scenario.failedAzs.length === 0 && scenario.failedRegions.length === 0) return;
      state.clearScenario();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [store]);
}
