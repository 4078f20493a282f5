/**
 * The nodes and edges the canvas shows: the mapping of the store's document and selection, kept
 * stable object by object so React Flow re-renders only what changed (see `flowMapper`). A drag in
 * progress does not go through here (see `useNodeDrag`): the document changes when the node drops.
 */
import { useMemo, useState } from 'react';
import { useDesign } from '../store/context';
import { createFlowMapper } from './flowMapper';
import type { FlowElements } from './flowTypes';

export function useFlowElements(): FlowElements {
  const file = useDesign((s) => s.file);
  const selection = useDesign((s) => s.selection);
  const [mapper] = useState(createFlowMapper);
  return useMemo(() => mapper.map(file, selection), [mapper, file, selection]);
}
