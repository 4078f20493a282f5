/**
 * Canvas layout for templates built in code: the positions the canvas itself would choose (its
 * automatic slots, in document order), with container sizes rounded up to the grid, written down
 * so that the template opens exactly like that and round-trips byte for byte. Tooling only.
 */
import { GRID } from '../../canvas/geometry';
import { mapNodes } from '../../canvas/mapping';
import { resourceId } from '../../model/ids';
import type { DesignFile, Layout, NodeLayout } from '../../model/types';

const onGrid = (n: number): number => Math.ceil(n / GRID) * GRID;

/** One pass of the canvas's placement over `layout`, containers rounded up to the grid. */
function place(file: DesignFile, layout: Layout): Layout {
  const nodes: Record<string, NodeLayout> = {};
  for (const node of mapNodes({ ...file, layout })) {
    const entry: NodeLayout = { x: node.position.x, y: node.position.y };
    const container = node.type === 'region' || node.type === 'availabilityZone';
    if (container && node.width !== undefined && node.height !== undefined) {
      entry.width = onGrid(node.width);
      entry.height = onGrid(node.height);
    }
    if (node.parentId !== undefined) entry.parent = resourceId(node.parentId);
    nodes[node.id] = entry;
  }
  return { nodes };
}

/**
 * The layout of every node of `file` as the canvas places them. Zones are sized first and fed back
 * as stored sizes, so that what the canvas places below them (networks, subnets) starts on the grid.
 */
export function automaticLayout(file: DesignFile): Layout {
  let layout: Layout = { nodes: {} };
  for (let pass = 0; pass < 3; pass++) {
    const placed = place(file, layout);
    const containers = Object.entries(placed.nodes).filter(([, n]) => n.width !== undefined);
    layout = { nodes: Object.fromEntries(containers) };
  }
  return place(file, layout);
}
