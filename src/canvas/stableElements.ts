/**
 * Keeps node and edge objects stable across mappings: a node whose position, size, parent,
 * selection and data did not change is the very same object as before, so React Flow skips it and
 * its memoized component does not re-render. A drag then re-renders only the dragged nodes.
 */
import type { ConnectionFlowEdge, FlowElements, FlowNode } from './flowTypes';

function shallowEqual(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.is(a[k], b[k]));
}

function sameNode(a: FlowNode, b: FlowNode): boolean {
  return (
    a.type === b.type &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.width === b.width &&
    a.height === b.height &&
    a.parentId === b.parentId &&
    a.selected === b.selected &&
    a.ariaLabel === b.ariaLabel &&
    a.handles === b.handles &&
    shallowEqual(a.data, b.data)
  );
}

function sameEdge(a: ConnectionFlowEdge, b: ConnectionFlowEdge): boolean {
  return (
    a.source === b.source &&
    a.target === b.target &&
    a.selected === b.selected &&
    a.ariaLabel === b.ariaLabel &&
    a.data !== undefined &&
    b.data !== undefined &&
    shallowEqual(a.data, b.data)
  );
}

function reuse<T extends { id: string }>(previous: readonly T[], next: readonly T[], same: (a: T, b: T) => boolean): readonly T[] {
  // Usually (a drag, an edit of one resource) the elements come in the same order: compare them
  // place by place, and look up by id only when the order differs.
  let byId: Map<string, T> | null = null;
  const oldOf = (e: T, i: number): T | undefined => {
    const atSamePlace = previous[i];
    if (atSamePlace?.id === e.id) return atSamePlace;
    byId ??= new Map(previous.map((p) => [p.id, p]));
    return byId.get(e.id);
  };
  let changed = previous.length !== next.length;
  const out = next.map((e, i) => {
    const old = oldOf(e, i);
    const kept = old && (old === e || same(old, e)) ? old : e;
    if (kept !== previous[i]) changed = true;
    return kept;
  });
  return changed ? out : previous;
}

/** A cache that returns elements equal to the previous ones as the previous objects (and arrays). */
export interface StableElements {
  /** Elements equal to the previous ones, as the previous objects. */
  update(next: FlowElements): FlowElements;
  /** Takes `elements`, made from the last ones by the caller, as they are (nothing to compare). */
  adopt(elements: FlowElements): void;
  /** The elements last returned. */
  current(): FlowElements;
}

export function createStableElements(): StableElements {
  let current: FlowElements = { nodes: [], edges: [] };
  // The arrays last given: the same array again (edges while only positions change) is not re-compared.
  let input: FlowElements = current;
  return {
    update(next) {
      const nodes = next.nodes === input.nodes ? current.nodes : (reuse(current.nodes, next.nodes, sameNode) as FlowNode[]);
      const edges = next.edges === input.edges ? current.edges : (reuse(current.edges, next.edges, sameEdge) as ConnectionFlowEdge[]);
      input = next;
      if (nodes !== current.nodes || edges !== current.edges) current = { nodes, edges };
      return current;
    },
    adopt(elements) {
      current = elements;
      input = elements;
    },
    current: () => current,
  };
}
