/**
 * The nodes and edges the canvas shows: the mapping of the store's document and selection, kept
 * stable object by object so React Flow re-renders only what changed.
 */
import { useMemo, useState } from 'react';
import { useDesign } from '../store/context';
import type { FlowElements } from './flowTypes';
import type { Size } from './geometry';
import { designToFlow } from './mapping';
import { createStableElements } from './stableElements';

export function useFlowElements(frozenSizes: ReadonlyMap<string, Size> | null): FlowElements {
  const file = useDesign((s) => s.file);
  const selection = useDesign((s) => s.selection);
  const [cache] = useState(createStableElements);
  return useMemo(
    () => cache.update(designToFlow(file, frozenSizes ? { selection, frozenSizes } : { selection })),
    [cache, file, selection, frozenSizes],
  );
}
