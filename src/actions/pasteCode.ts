/**
 * The paste side of the clipboard (`model/clipboardPaste`) is not needed to open a design: it is
 * loaded after the first copy (a paste always follows one), or by the first paste or duplicate.
 * A paste asked for before it has arrived is done when it arrives, in the order asked.
 */
import type * as PasteModule from '../model/clipboardPaste';
import { loadOnce } from '../ui/loadOnce';

/** The loaded paste code: `pasteClipboard` and `duplicateResources`. */
export type PasteCode = typeof PasteModule;

/** Told to the user when the paste code could not be loaded. */
export const PASTE_LOAD_FAILURE = 'Faultline could not load its paste code, so nothing was pasted. Reload the page to try again; your design is kept.';

const paste = loadOnce(() => import('../model/clipboardPaste'));

/** Loads the paste code once; later calls share the load, and a failed load is tried again by the next call. */
export function loadPasteCode(): Promise<PasteCode> {
  return paste.load();
}

/** Starts loading the paste code (if needed) without waiting for it. */
export function preloadPasteCode(): void {
  paste.preload();
}

/**
 * Runs `run` with the paste code: at once when it is loaded, otherwise when it arrives (runs asked
 * for meanwhile keep their order); calls `failed` with {@link PASTE_LOAD_FAILURE} when it cannot be
 * loaded.
 */
export function withPasteCode(run: (loaded: PasteCode) => void, failed: (message: string) => void): void {
  paste.withModule(run, () => failed(PASTE_LOAD_FAILURE));
}
