/**
 * The data of the bare React Flow page: the canvas's nodes with absolute positions and its edges,
 * written by the browser benchmark next to the build and fetched by the page.
 */

/** One node: a plain resource node, or a frame standing in for a region or zone container. */
export interface BareNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  frame: boolean;
  label: string;
}

export interface BareEdge {
  id: string;
  source: string;
  target: string;
}

export interface BareData {
  nodes: BareNode[];
  edges: BareEdge[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function isBareNode(v: unknown): v is BareNode {
  return (
    isRecord(v) &&
    typeof v.id === 'string' &&
    typeof v.x === 'number' &&
    typeof v.y === 'number' &&
    typeof v.width === 'number' &&
    typeof v.height === 'number' &&
    typeof v.frame === 'boolean' &&
    typeof v.label === 'string'
  );
}

function isBareEdge(v: unknown): v is BareEdge {
  return isRecord(v) && typeof v.id === 'string' && typeof v.source === 'string' && typeof v.target === 'string';
}

/** True when `v` has the shape of {@link BareData} (it comes over the network). */
export function isBareData(v: unknown): v is BareData {
  return isRecord(v) && Array.isArray(v.nodes) && Array.isArray(v.edges) && v.nodes.every(isBareNode) && v.edges.every(isBareEdge);
}

/** What the bare page exposes to the benchmark as `window.__bare` once React Flow is ready. */
export interface BareControls {
  /** Centres the node with this id at the given zoom, at once (no animation). */
  centre(id: string, zoom: number): void;
}

declare global {
  interface Window {
    __bare?: BareControls;
  }
}
