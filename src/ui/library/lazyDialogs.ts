/**
 * The library and shortcut dialogs, loaded when first opened (see `lazyPart`): the first screen
 * shows neither.
 */
import { lazyPart } from '../lazyPart';

export const LibraryDialog = lazyPart(() => import('./LibraryDialog').then((m) => m.LibraryDialog), 'design library');
export const ShortcutSheet = lazyPart(() => import('../ShortcutSheet').then((m) => m.ShortcutSheet), 'shortcut sheet');
