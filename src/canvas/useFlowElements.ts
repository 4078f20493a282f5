/**
 * The nodes and edges the canvas shows: the mapping of the store's document and selection, kept
 * stable object by object so React Flow re-renders only what changed.
 */
import { useMemo, useState } from 'react';
import { useDesign } from '../store/context';
import type { FlowElements } from './flowTypes';
import type { Size } from './geometry';
import { mapEdges } from './mapping';
import { createNodeMapper } from './nodeMapper';
import { createStableElements } from './stableElements';

export function useFlowElements(frozenSizes: ReadonlyMap<string, Size> | null): FlowElements {
  const file = useDesign((s) => s.file);
  const selection = useDesign((s) => s.selection);
  const [cache] = useState(createStableElements);
  const [mapper] = useState(createNodeMapper);
  const options = useMemo(() => (frozenSizes ? { selection, frozenSizes } : { selection }), [selection, frozenSizes]);
  // While dragging, the moved nodes are patched into the nodes already shown: nothing else changes.
  const nodes = useMemo(() => mapper.map(file, options, cache.current().nodes), [mapper, cache, file, options]);
  // Edges depend on the semantics only: a drag (a layout change) does not re-list the connections.
  const design = file.design;
  const edges = useMemo(() => mapEdges(design, { selection }), [design, selection]);
  return useMemo(() => cache.update({ nodes, edges }, mapper.patched), [cache, mapper, nodes, edges]);
}
