/**
 * The in-app clipboard: holds the last copy for paste, counts pastes (each one lands a step
 * further away), and mirrors the copy to the system clipboard as JSON where the browser allows.
 */
import type { ClipboardContent } from '../model/clipboard';

/** Writes text to the system clipboard; rejects when the browser does not allow it. */
export type SystemClipboardWriter = (text: string) => Promise<void>;

export interface AppClipboard {
  /** The last copy, or null before the first one. */
  content: () => ClipboardContent | null;
  /** Stores a copy (and resets the paste count). */
  set: (content: ClipboardContent) => void;
  /** Counts a paste of the current content and returns how many there have been (1 for the first). */
  notePaste: () => number;
  /** Calls `listener` whenever the content changes; returns the unsubscribe function. */
  subscribe: (listener: () => void) => () => void;
}

function browserWriter(): SystemClipboardWriter | null {
  // The Clipboard API is missing outside secure contexts although the DOM types always declare it.
  if (typeof navigator === 'undefined' || !('clipboard' in navigator)) return null;
  return (text) => navigator.clipboard.writeText(text);
}

/**
 * A new in-app clipboard. `writer` defaults to the browser's `navigator.clipboard.writeText`;
 * failures there (no permission, no focus, insecure context) are ignored on purpose: the in-app
 * copy is what paste uses, the system copy is only a convenience for other apps.
 */
export function createAppClipboard(writer: SystemClipboardWriter | null = browserWriter()): AppClipboard {
  let current: ClipboardContent | null = null;
  let pastes = 0;
  const listeners = new Set<() => void>();
  return {
    content: () => current,
    set(content) {
      current = content;
      pastes = 0;
      for (const listener of listeners) listener();
      if (writer) {
        try {
          writer(JSON.stringify(content)).catch(() => undefined);
        } catch {
          // A synchronous refusal is just as unimportant as an asynchronous one.
        }
      }
    },
    notePaste() {
      pastes += 1;
      return pastes;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
