/**
 * Tidying the layout, as the canvas toolbar and the "Tidy the layout" command do it: ELK and the
 * layout code are loaded on first use (the first screen needs neither), and edits made while the
 * layout was computed win over it.
 */
import type { DesignStore } from '../store/designStore';

/** The undo label of a tidy. */
export const ARRANGE_LABEL = 'Tidy the layout';

/**
 * Arranges every resource inside its region and zone, as one undo step. Resolves false, changing
 * nothing, when the design changed while the layout was being computed.
 */
export async function arrangeDesign(store: DesignStore): Promise<boolean> {
  const before = store.getState().file;
  const { applyAutoLayout, computeAutoLayout } = await import('./autoLayout');
  const layout = await computeAutoLayout(before);
  if (store.getState().file !== before) return false;
  store.getState().commit(ARRANGE_LABEL, (file) => applyAutoLayout(file, layout));
  return true;
}
