/**
 * Auto-layout with ELK (loaded lazily, only when asked for): each zone's resources are laid out,
 * then each region's zones, networks and subnets, then the regions and global resources. Every
 * resource stays in its region and zone; edges between containers are lifted to the containers
 * they cross, so that layering still follows the connections.
 */
import type { ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api';
import { setLayout } from '../model/edit';
import type { DesignFile, NodeLayout, ResourceId } from '../model/types';
import type { FlowNode } from './flowTypes';
import { AZ_MIN, CONTAINER_HEADER, CONTAINER_PADDING, REGION_MIN, snap, type Size } from './geometry';
import { mapEdges, mapNodes } from './mapping';

const PADDING = `[top=${CONTAINER_HEADER + CONTAINER_PADDING},left=${CONTAINER_PADDING},bottom=${CONTAINER_PADDING},right=${CONTAINER_PADDING}]`;

const COMMON: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'POLYLINE',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.separateConnectedComponents': 'true',
};

/** Spacing per level: tight inside zones, roomier between zones and between regions. */
const OPTIONS: Readonly<Record<'zone' | 'region' | 'top', LayoutOptions>> = {
  zone: { ...COMMON, 'elk.padding': PADDING, 'elk.spacing.nodeNode': '20', 'elk.layered.spacing.nodeNodeBetweenLayers': '44', 'elk.spacing.componentComponent': '20', 'elk.aspectRatio': '1.4' },
  region: {
    ...COMMON,
    'elk.padding': PADDING,
    'elk.spacing.nodeNode': '40',
    'elk.layered.spacing.nodeNodeBetweenLayers': '60',
    'elk.separateConnectedComponents': 'false',
    'elk.partitioning.activate': 'true',
  },
  top: { ...COMMON, 'elk.padding': '[top=40,left=40,bottom=40,right=40]', 'elk.spacing.nodeNode': '80', 'elk.layered.spacing.nodeNodeBetweenLayers': '80', 'elk.spacing.componentComponent': '80' },
};

const TOP = '';

/** Children align on their top edge (zones of different heights start on one line). */
function childOptions(level: 'zone' | 'region' | 'top', node: FlowNode): LayoutOptions {
  return level === 'region' ? { 'elk.alignment': 'TOP', 'elk.partitioning.partition': String(regionRow(node)) } : { 'elk.alignment': 'TOP' };
}

/**
 * Rows inside a region: the zones side by side on top, then the networks, then their subnets (as
 * the examples draw them). Edges between zones are left out so that no zone is pushed below another.
 */
const REGION_ROWS: Readonly<Partial<Record<string, number>>> = { availabilityZone: 0, network: 1, subnet: 2 };

function regionRow(node: FlowNode): number {
  return node.type === 'availabilityZone' ? 0 : node.type === 'resource' ? (REGION_ROWS[node.data.kind] ?? 1) : 1;
}

/** The chain of containers above a node, nearest first. */
function ancestors(id: string, parentOf: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (let p = parentOf.get(id); p !== undefined; p = parentOf.get(p)) out.push(p);
  return out;
}

/** The edge lifted to the children of `container`: the two children the ends lie in, or null. */
function lift(source: string, target: string, container: string, parentOf: ReadonlyMap<string, string>): [string, string] | null {
  const childIn = (id: string): string | null => {
    const chain = [id, ...ancestors(id, parentOf)];
    const at = chain.findIndex((x) => (parentOf.get(x) ?? TOP) === container);
    return at < 0 ? null : (chain[at] ?? null);
  };
  const s = childIn(source);
  const t = childIn(target);
  return s !== null && t !== null && s !== t ? [s, t] : null;
}

/**
 * New positions (relative to each node's container) for every node of the design, container
 * sizes left for the canvas to fit. Loads ELK on first use.
 */
export async function computeAutoLayout(file: DesignFile): Promise<Map<ResourceId, NodeLayout>> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const nodes = mapNodes(file);
  const edges = mapEdges(file.design);
  const parentOf = new Map(nodes.flatMap((n) => (n.parentId === undefined ? [] : [[n.id, n.parentId] as const])));
  const childrenOf = new Map<string, FlowNode[]>();
  for (const n of nodes) {
    const key = n.parentId ?? TOP;
    childrenOf.set(key, [...(childrenOf.get(key) ?? []), n]);
  }
  const sizes = new Map<string, Size>(nodes.filter((n) => n.type === 'resource').map((n) => [n.id, { width: n.width ?? 0, height: n.height ?? 0 }]));
  const zones = nodes.filter((n) => n.type === 'availabilityZone').map((n) => ({ id: n.id, level: 'zone' as const, min: AZ_MIN }));
  const regions = nodes.filter((n) => n.type === 'region').map((n) => ({ id: n.id, level: 'region' as const, min: REGION_MIN }));
  const result = new Map<ResourceId, NodeLayout>();

  for (const container of [...zones, ...regions, { id: TOP, level: 'top' as const, min: { width: 0, height: 0 } }]) {
    const kids = childrenOf.get(container.id) ?? [];
    const seen = new Set<string>();
    const elkEdges: ElkExtendedEdge[] = [];
    const kidsById = new Map(kids.map((k) => [k.id, k]));
    for (const e of edges) {
      const lifted = lift(e.source, e.target, container.id, parentOf);
      const key = lifted?.join('→');
      if (!lifted || key === undefined || seen.has(key)) continue;
      const zones = lifted.filter((end) => kidsById.get(end)?.type === 'availabilityZone').length;
      if (container.level === 'region' && zones === 2) continue;
      seen.add(key);
      elkEdges.push({ id: `${container.id}:${key}`, sources: [lifted[0]], targets: [lifted[1]] });
    }
    const graph: ElkNode = {
      id: container.id === TOP ? 'root' : container.id,
      layoutOptions: OPTIONS[container.level],
      children: kids.map((k) => ({
        id: k.id,
        ...(sizes.get(k.id) ?? { width: 0, height: 0 }),
        layoutOptions: childOptions(container.level, k),
      })),
      edges: elkEdges,
    };
    const out = await elk.layout(graph);
    for (const child of out.children ?? []) {
      const x = snap(child.x ?? 0);
      const y = snap(child.y ?? 0);
      result.set(child.id as ResourceId, container.id === TOP ? { x, y } : { x, y, parent: container.id as ResourceId });
    }
    if (container.id !== TOP) {
      sizes.set(container.id, { width: Math.max(container.min.width, snap(out.width ?? 0)), height: Math.max(container.min.height, snap(out.height ?? 0)) });
    }
  }
  return result;
}

/** The file with the computed positions applied (stored container sizes dropped, so they fit). */
export function applyAutoLayout(file: DesignFile, layout: ReadonlyMap<ResourceId, NodeLayout>): DesignFile {
  let next = file;
  for (const [id, entry] of layout) next = setLayout(next, id, entry);
  return next;
}
