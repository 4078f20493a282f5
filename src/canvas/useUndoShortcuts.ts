/**
 * Undo and redo from the keyboard: Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y. Text fields keep their
 * own undo. (To be folded into the actions registry with the other shortcuts.)
 */
import { useEffect } from 'react';
import { useDesignStoreApi } from '../store/context';

/** True when a key press belongs to a text field (or a menu) rather than to the design. */
export function isEditingText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

export function useUndoShortcuts(): void {
  const store = useDesignStoreApi();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // A key another handler (the actions registry) has taken is left alone.
      if (event.defaultPrevented || !(event.ctrlKey || event.metaKey) || event.altKey || isEditingText(event.target)) return;
      const key = event.key.toLowerCase();
      const redo = (key === 'z' && event.shiftKey) || (key === 'y' && event.ctrlKey && !event.shiftKey);
      const undo = key === 'z' && !event.shiftKey;
      if (!undo && !redo) return;
      event.preventDefault();
      if (redo) store.getState().redo();
      else store.getState().undo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
