/**
 * Where the connection chooser goes: it is needed only when a drawn connection fits several kinds,
 * so its code is loaded the first time that happens (see `lazyPart`).
 */
import { lazyPart } from '../ui/lazyPart';
import { useCanvasUi } from './CanvasUiContext';

const ConnectionChooser = lazyPart(() => import('./ConnectionChooser').then((m) => m.ConnectionChooser), 'connection chooser');

export function ConnectionChooserSlot() {
  const open = useCanvasUi((s) => s.chooser !== null);
  return open ? <ConnectionChooser /> : null;
}
