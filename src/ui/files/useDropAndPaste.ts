/**
 * Files dropped on the canvas and design texts pasted on it become imports.
 *
 * Drops: only drags that carry files (`dataTransfer.types` includes `Files`) are taken, so the
 * palette's own drags onto the canvas are left alone.
 *
 * Pastes: the actions registry claims Ctrl/Cmd+V on key down (for its in-app paste), which would
 * keep the browser from firing `paste` with the clipboard's text. So this hook holds back that key
 * press from the registry (outside text fields and dialogs), lets the browser paste, and then
 * decides: a text that is meant as a design file is imported; anything else goes to the registry's
 * own paste action, exactly as if the key had reached it.
 */
import { useEffect, useRef } from 'react';
import { isTextEntry } from '../../actions/dispatcher';
import { looksLikeDesignText } from '../../files/importReview';

const CANVAS = '[data-testid="canvas"]';
/** How long to wait for the browser's `paste` event after the key press before pasting in-app anyway. */
const PASTE_EVENT_WAIT_MS = 150;

export interface DropAndPasteHandlers {
  importFile: (file: File) => void;
  importText: (text: string) => void;
  /** The registry's in-app paste (what Ctrl/Cmd+V does for anything but a design text). */
  pasteInApp: () => void;
  /** Shows or hides the "drop to open" hint over the canvas. */
  setDropHint: (visible: boolean) => void;
}

const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') === true;
const onCanvas = (target: EventTarget | null): boolean => target instanceof Element && target.closest(CANVAS) !== null;
const inModal = (target: EventTarget | null): boolean =>
  target instanceof Element && target.closest('[aria-modal="true"], dialog[open]') !== null;
const isPasteKey = (event: KeyboardEvent): boolean =>
  (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'v';

/** Installs the document listeners for as long as the component is mounted. */
export function useDropAndPaste(handlers: DropAndPasteHandlers): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  }, [handlers]);

  useEffect(() => {
    let depth = 0;
    const onDragEnter = (event: DragEvent) => {
      if (!carriesFiles(event) || !onCanvas(event.target)) return;
      depth += 1;
      ref.current.setDropHint(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (!carriesFiles(event) || !onCanvas(event.target)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) ref.current.setDropHint(false);
    };
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event) || !onCanvas(event.target)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event) || !onCanvas(event.target)) return;
      // Taken here, in the capture phase, before the canvas's own drop handling sees it.
      event.preventDefault();
      event.stopPropagation();
      depth = 0;
      ref.current.setDropHint(false);
      const file = event.dataTransfer?.files[0];
      if (file) ref.current.importFile(file);
    };

    let waiting: ReturnType<typeof setTimeout> | null = null;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isPasteKey(event) || event.defaultPrevented || isTextEntry(event.target) || inModal(event.target)) return;
      // Keep the key from the registry's dispatcher, so that the browser fires `paste`.
      event.stopImmediatePropagation();
      if (waiting !== null) clearTimeout(waiting);
      waiting = setTimeout(() => {
        waiting = null;
        ref.current.pasteInApp();
      }, PASTE_EVENT_WAIT_MS);
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isTextEntry(event.target) || inModal(event.target)) return;
      if (waiting !== null) clearTimeout(waiting);
      waiting = null;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      event.preventDefault();
      if (looksLikeDesignText(text)) ref.current.importText(text);
      else ref.current.pasteInApp();
    };

    document.addEventListener('dragenter', onDragEnter, true);
    document.addEventListener('dragleave', onDragLeave, true);
    document.addEventListener('dragover', onDragOver, true);
    document.addEventListener('drop', onDrop, true);
    window.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('paste', onPaste);
    return () => {
      if (waiting !== null) clearTimeout(waiting);
      document.removeEventListener('dragenter', onDragEnter, true);
      document.removeEventListener('dragleave', onDragLeave, true);
      document.removeEventListener('dragover', onDragOver, true);
      document.removeEventListener('drop', onDrop, true);
      window.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('paste', onPaste);
    };
  }, []);
}
