/**
 * Pure edit operations on a design file. None mutates its input: each returns a new file that
 * shares every unchanged part with the old one, or the very same file when nothing changes (so
 * callers can skip re-rendering and undo entries by reference comparison).
 */
import { clearReferences, removalClosure, survivingLayout, survivingRelations } from './removal';
import type {
  DesignFile,
  NodeLayout,
  RelationId,
  RelationKind,
  RelationOfKind,
  Resource,
  ResourceId,
  ResourceKind,
  ResourceOfKind,
} from './types';

/** The fields of a resource an edit may change: everything but `id` and `kind`. */
export type ResourcePatch<K extends ResourceKind = ResourceKind> = {
  [P in K]: Partial<Omit<ResourceOfKind<P>, 'id' | 'kind'>>;
}[K];

type RelationFields<P extends RelationKind> = Omit<RelationOfKind<P>, 'id' | 'kind' | 'from' | 'to'>;

/**
 * The fields of a relation an edit may change: everything but `id`, `kind` and its two ends. Kinds
 * without such fields accept only an empty patch (a plain `{}` type would accept any object).
 */
export type RelationPatch<K extends RelationKind = RelationKind> = {
  [P in K]: keyof RelationFields<P> extends never ? Record<string, never> : Partial<RelationFields<P>>;
}[K];

/** A new position for a node on the canvas. */
export interface NodePosition {
  id: ResourceId;
  x: number;
  y: number;
}

const FIXED_RESOURCE_KEYS = new Set(['id', 'kind']);
const FIXED_RELATION_KEYS = new Set(['id', 'kind', 'from', 'to']);

/**
 * `target` with `patch` applied, ignoring the fixed keys (in case a cast slipped one through);
 * `target` itself when no value changes.
 */
function patched<T extends object>(target: T, patch: object, fixed: ReadonlySet<string>): T {
  const current = target as Record<string, unknown>;
  const changes = Object.entries(patch).filter(([key, value]) => !fixed.has(key) && current[key] !== value);
  return changes.length === 0 ? target : { ...target, ...Object.fromEntries(changes) };
}

/**
 * Adds a resource, and its canvas position when given. Throws when the id is already used: that is
 * a programming error, ids are generated.
 */
export function addResource(file: DesignFile, resource: Resource, layout?: NodeLayout): DesignFile {
  if (file.design.resources.some((r) => r.id === resource.id)) {
    throw new Error(`A resource with id ${resource.id} already exists.`);
  }
  return {
    ...file,
    design: { ...file.design, resources: [...file.design.resources, resource] },
    layout: layout ? { ...file.layout, nodes: { ...file.layout.nodes, [resource.id]: layout } } : file.layout,
  };
}

/**
 * Changes fields of a resource. The patch is typed per kind (`updateResource<'subnet'>(…)` checks
 * it against subnets) and can never change `id` or `kind`. Unknown ids and patches that change
 * nothing return `file` itself.
 */
export function updateResource<K extends ResourceKind = ResourceKind>(
  file: DesignFile,
  id: ResourceId,
  patch: ResourcePatch<K>,
): DesignFile {
  const index = file.design.resources.findIndex((r) => r.id === id);
  const current = file.design.resources[index];
  if (!current) return file;
  const next = patched(current, patch, FIXED_RESOURCE_KEYS);
  if (next === current) return file;
  const resources = file.design.resources.slice();
  resources[index] = next;
  return { ...file, design: { ...file.design, resources } };
}

/**
 * Removes resources with everything that depends on them: the relations touching them, their
 * layout entries, and, recursively, the resources that cannot exist without them (see
 * {@link removalClosure}). Nullable references to them become null; static routes through a
 * removed router stay, dangling, for the findings to report.
 */
export function removeResources(file: DesignFile, ids: Iterable<ResourceId>): DesignFile {
  const removed = removalClosure(file.design.resources, ids);
  if (removed.size === 0) return file;
  const resources = file.design.resources.filter((r) => !removed.has(r.id)).map((r) => clearReferences(r, removed));
  return {
    ...file,
    design: { ...file.design, resources, relations: survivingRelations(file.design.relations, removed) },
    layout: survivingLayout(file.layout, removed),
  };
}

/**
 * Changes fields of a relation; its id, kind and ends never change (re-drawing a connection goes
 * through `connect`, which checks the rules). Unknown ids and no-op patches return `file` itself.
 */
export function updateRelation<K extends RelationKind = RelationKind>(
  file: DesignFile,
  relationId: RelationId,
  patch: RelationPatch<K>,
): DesignFile {
  const index = file.design.relations.findIndex((r) => r.id === relationId);
  const current = file.design.relations[index];
  if (!current) return file;
  const next = patched(current, patch, FIXED_RELATION_KEYS);
  if (next === current) return file;
  const relations = file.design.relations.slice();
  relations[index] = next;
  return { ...file, design: { ...file.design, relations } };
}

function sameLayout(a: NodeLayout | undefined, b: NodeLayout): boolean {
  return (
    a !== undefined && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height && a.parent === b.parent
  );
}

/** Sets the whole canvas layout of one resource. Unknown resources and no-op changes return `file`. */
export function setLayout(file: DesignFile, id: ResourceId, nodeLayout: NodeLayout): DesignFile {
  if (!file.design.resources.some((r) => r.id === id) || sameLayout(file.layout.nodes[id], nodeLayout)) return file;
  return { ...file, layout: { ...file.layout, nodes: { ...file.layout.nodes, [id]: nodeLayout } } };
}

/**
 * Moves nodes: sets `x` and `y`, keeping size and parent. Nodes without a layout entry get one.
 * Unknown resources are skipped; when nothing moves, `file` itself is returned.
 */
export function moveNodes(file: DesignFile, positions: readonly NodePosition[]): DesignFile {
  const known = new Set(file.design.resources.map((r) => r.id));
  let nodes: Record<string, NodeLayout> | null = null;
  for (const { id, x, y } of positions) {
    const current = (nodes ?? file.layout.nodes)[id];
    if (!known.has(id) || (current?.x === x && current.y === y)) continue;
    nodes ??= { ...file.layout.nodes };
    nodes[id] = current ? { ...current, x, y } : { x, y };
  }
  return nodes ? { ...file, layout: { ...file.layout, nodes } } : file;
}

/** Renames the design; the same name returns `file` itself. */
export function renameDesign(file: DesignFile, name: string): DesignFile {
  return file.design.name === name ? file : { ...file, design: { ...file.design, name } };
}
