/**
 * The library and shortcut dialogs and the banner about another tab, loaded when first shown (see
 * `lazyPart`): the first screen shows none of them.
 */
import { lazyPart } from '../lazyPart';

export const LibraryDialog = lazyPart(() => import('./LibraryDialog').then((m) => m.LibraryDialog), 'design library');
export const ShortcutSheet = lazyPart(() => import('../ShortcutSheet').then((m) => m.ShortcutSheet), 'shortcut sheet');
export const TabConflictBanner = lazyPart(() => import('./TabConflictBanner').then((m) => m.TabConflictBanner), 'banner about the other tab');
