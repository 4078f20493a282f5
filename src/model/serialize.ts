/**
 * Stable serialization of design files: the same design always gives the same bytes, so saved files
 * diff cleanly and content hashes are meaningful. Keys follow the schema's order (id, kind, name,
 * description, then the kind's own fields; kept without zod in `keyOrder.ts`), layout nodes are
 * sorted by id, fields the schema does not know are left out, and the text is indented by 2 spaces
 * with a trailing newline.
 */
import { DESIGN_KEYS, FILE_KEYS, LAYOUT_KEYS, NESTED_KEYS, NODE_KEYS, RELATION_KEYS, RESOURCE_KEYS, VIEWPORT_KEYS } from './keyOrder';
import type { DesignFile, Layout, Relation, Resource } from './types';

type Plain = Record<string, unknown>;

/** `value`'s fields in the order of `keys` (absent ones skipped), nested objects ordered too. */
function ordered(value: object, keys: readonly string[]): Plain {
  const source = value as Plain;
  const out: Plain = {};
  for (const key of keys) {
    const field = source[key];
    if (field === undefined) continue;
    const nestedKeys = NESTED_KEYS[key];
    out[key] = nestedKeys ? orderNested(field, nestedKeys) : field;
  }
  return out;
}

/** A nested object (or list of them, or null) in canonical order. */
function orderNested(field: unknown, keys: readonly string[]): unknown {
  if (Array.isArray(field)) return field.map((item: unknown) => orderNested(item, keys));
  return typeof field === 'object' && field !== null ? ordered(field, keys) : field;
}

function orderResource(r: Resource): Plain {
  return ordered(r, RESOURCE_KEYS[r.kind]);
}

function orderRelation(r: Relation): Plain {
  return ordered(r, RELATION_KEYS[r.kind]);
}

function orderLayout(layout: Layout): Plain {
  const nodes: Plain = {};
  for (const id of Object.keys(layout.nodes).sort()) {
    const node = layout.nodes[id];
    if (node) nodes[id] = ordered(node, NODE_KEYS);
  }
  const viewport = layout.viewport ? ordered(layout.viewport, VIEWPORT_KEYS) : undefined;
  return ordered({ nodes, viewport }, LAYOUT_KEYS);
}

/** The canonical plain-object form of a design file (what {@link serializeDesignFile} writes). */
export function canonicalDesignFile(file: DesignFile): Plain {
  const design = ordered(
    {
      ...file.design,
      resources: file.design.resources.map(orderResource),
      relations: file.design.relations.map(orderRelation),
    },
    DESIGN_KEYS,
  );
  return ordered({ ...file, design, layout: orderLayout(file.layout) }, FILE_KEYS);
}

/** The text of a design file: canonical key order, 2-space indentation, trailing newline. */
export function serializeDesignFile(file: DesignFile): string {
  return `${JSON.stringify(canonicalDesignFile(file), null, 2)}\n`;
}
