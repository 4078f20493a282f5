/**
 * Copy, paste and duplicate as pure operations on design files.
 *
 * The rule (what a copy takes along, what a paste keeps):
 * 1. The copied set is the selection plus every resource that cannot exist without a selected one
 *    (the same cascade as deletion: a load balancer takes its listeners, pools, members and
 *    monitors; a network its subnets; a region its zones and networks).
 * 2. Relations (ports, interfaces, associations, dependencies, targets…) are copied only when both
 *    ends are in the copied set. A copied instance alone comes without its ports.
 * 3. References held as properties (a subnet's network, a load balancer's VIP subnet, an
 *    instance's zone, a router's zone hints…) point at the new copy when their target was copied
 *    too; otherwise they keep pointing at the original when the design pasted into has it (with the
 *    right kind): a pasted subnet stays in its network, a pasted instance in its zone.
 * 4. When such a target does not exist there, an optional reference becomes empty (a zone hint is
 *    dropped); a resource whose required parent (region, network, load balancer, pool) is missing is
 *    not pasted, and neither is anything that needs it.
 * 5. Everything pasted gets a new id. Addresses that must stay unique are cleared: floating IP and
 *    public port addresses (a copy is a new allocation), and a VIP address on a subnet that was not
 *    copied with it.
 * 6. Canvas positions move by an offset (40 px for the first paste); nodes inside a copied container
 *    keep their place in it.
 *
 * Copying is here; pasting (rules 3 to 6) is in `clipboardPaste`, which the app loads after the
 * first copy, so that opening a design does not load it.
 */
import { removalClosure } from './removal';
import type { DesignFile, DesignId, NodeLayout, Relation, Resource, ResourceId } from './types';

/** The format tag of clipboard content (also what goes to the system clipboard as JSON). */
export const CLIPBOARD_FORMAT = 'faultline.clipboard';

/** How far each paste moves the copies, in canvas pixels. */
export const PASTE_OFFSET = 40;

/** A copied node position: as stored, and in canvas coordinates (for when its container is gone). */
export interface CopiedNode {
  node: NodeLayout;
  absolute: { x: number; y: number };
}

/** What a copy holds. Plain data, independent of the design it came from. */
export interface ClipboardContent {
  format: typeof CLIPBOARD_FORMAT;
  version: 1;
  sourceDesign: DesignId;
  resources: Resource[];
  relations: Relation[];
  layout: Record<string, CopiedNode>;
}

/** What a paste did. */
export interface PasteResult {
  file: DesignFile;
  /** The new resources, in clipboard order (they become the selection). */
  pasted: ResourceId[];
  /** Copied resources left out because something they need is not in the design. */
  skipped: Resource[];
}

function absolutePosition(file: DesignFile, id: string): { x: number; y: number } {
  let x = 0;
  let y = 0;
  const seen = new Set<string>();
  let current: string | undefined = id;
  while (current !== undefined && !seen.has(current)) {
    seen.add(current);
    const entry: NodeLayout | undefined = file.layout.nodes[current];
    if (!entry) break;
    x += entry.x;
    y += entry.y;
    current = entry.parent;
  }
  return { x, y };
}

/**
 * Copies resources: the ones with these ids, everything that cannot exist without them, the
 * relations between them, and their canvas positions. Null when none of the ids exists.
 */
export function copyResources(file: DesignFile, ids: Iterable<ResourceId>): ClipboardContent | null {
  const set = removalClosure(file.design.resources, ids);
  if (set.size === 0) return null;
  const layout: Record<string, CopiedNode> = {};
  for (const id of set) {
    const node = file.layout.nodes[id];
    if (node) layout[id] = { node, absolute: absolutePosition(file, id) };
  }
  return {
    format: CLIPBOARD_FORMAT,
    version: 1,
    sourceDesign: file.design.id,
    resources: file.design.resources.filter((r) => set.has(r.id)),
    relations: file.design.relations.filter((r) => set.has(r.from) && set.has(r.to)),
    layout,
  };
}
