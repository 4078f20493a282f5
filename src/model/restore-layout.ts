/**
 * Restore of the canvas layout. The layout never rejects a file: a bad entry only loses a position,
 * so it is dropped with a warning and the canvas places that resource afresh.
 */
import type { z } from 'zod';
import { check, warnUnknownFields } from './restore-entries';
import { describeFound, joinPath, noun, type WarningList } from './restore-issues';
import { isRecord } from './restore-sanitize';
import { nodeLayoutSchema, viewportSchema } from './schema';
import type { Layout, NodeLayout, Resource } from './types';

const LAYOUT_FIELDS = ['nodes', 'viewport'];
const NODE_FIELDS = Object.keys(nodeLayoutSchema.shape);
const VIEWPORT_FIELDS = Object.keys(viewportSchema.shape);

/**
 * The layout of the restored resources. `resources` are the resources kept (by id); `removed` are
 * ids restore removed, whose positions are dropped without another warning.
 */
export function restoreLayout(
  raw: unknown,
  resources: ReadonlyMap<string, Resource>,
  removed: ReadonlySet<string>,
  warnings: WarningList,
): Layout {
  if (raw === undefined) return { nodes: {} };
  if (!isRecord(raw)) {
    warnings.add('layout', `The layout must be an object, found ${describeFound(raw)}; every resource will be placed afresh`);
    return { nodes: {} };
  }
  warnUnknownFields(raw, LAYOUT_FIELDS, 'layout', 'The layout', warnings);
  const layout: Layout = { nodes: restoreNodes(raw.nodes, resources, removed, warnings) };
  if (raw.viewport !== undefined) {
    const viewport = restoreObject(viewportSchema, raw.viewport, 'layout.viewport', 'The viewport', VIEWPORT_FIELDS, warnings, {
      consequence: 'the canvas will fit the design into view instead',
    });
    if (viewport) layout.viewport = viewport;
  }
  return layout;
}

function restoreNodes(
  raw: unknown,
  resources: ReadonlyMap<string, Resource>,
  removed: ReadonlySet<string>,
  warnings: WarningList,
): Record<string, NodeLayout> {
  const nodes: Record<string, NodeLayout> = {};
  if (raw === undefined) return nodes;
  if (!isRecord(raw)) {
    warnings.add('layout.nodes', `The node positions must be an object keyed by resource id, found ${describeFound(raw)}`);
    return nodes;
  }
  for (const [id, entry] of Object.entries(raw)) {
    const path = joinPath('layout.nodes', id);
    const resource = resources.get(id);
    if (!resource) {
      if (!removed.has(id)) warnings.add(path, `Dropped the position of ${JSON.stringify(id)}: no resource has this id`);
      continue;
    }
    const who = `The position of ${noun(resource.kind)} ${JSON.stringify(resource.id)}`;
    const node = restoreObject(nodeLayoutSchema, entry, path, who, NODE_FIELDS, warnings, {
      consequence: 'it was dropped and the canvas will place the resource afresh',
    });
    if (!node) continue;
    if (node.parent !== undefined && (node.parent === id || !resources.has(node.parent))) {
      const why = node.parent === id ? 'is the resource itself' : 'is not a resource of the design';
      warnings.add(joinPath(path, 'parent'), `${who}: its container ${JSON.stringify(node.parent)} ${why}, so it was left out`);
      const { parent: _dropped, ...rest } = node;
      nodes[id] = rest;
    } else {
      nodes[id] = node;
    }
  }
  return nodes;
}

/** The parsed object, or null after one warning naming its first wrong field and the consequence. */
function restoreObject<T>(
  schema: z.ZodType<T>,
  raw: unknown,
  path: string,
  who: string,
  fields: readonly string[],
  warnings: WarningList,
  { consequence }: { consequence: string },
): T | null {
  if (!isRecord(raw)) {
    warnings.add(path, `${who} must be an object, found ${describeFound(raw)}; ${consequence}`);
    return null;
  }
  warnUnknownFields(raw, fields, path, who, warnings);
  const result = check(schema, raw, path, who);
  if (result.ok) return result.value;
  warnings.add(result.issue.path, `${result.issue.message}; ${consequence}`);
  return null;
}
