/**
 * Drawing a connection as a pure edit of a design file, when the rules of `canConnect` allow it.
 * Apart from `connections` (listing and removing), so that opening a design does not load the
 * rules: the canvas loads this module when a connection is first drawn.
 */
import { canConnect, proposedRoute } from './canConnect';
import { isPropertyKind, isRelationKind, propertyConnectionId, routeConnectionId, writeProperty, type Connection, type ConnectionKind } from './connectionCatalogue';
import { newPoolMember, newRelation, type PoolMemberProps, type RelationProps } from './connectionDefaults';
import { replaceResource, withDesign } from './connections';
import { findOfKind, findResource } from './placement';
import type { DesignFile, RelationId, RelationKind, ResourceId, Router, StaticRoute } from './types';

/** What a drawn connection created. */
export interface Created {
  /** The edges now drawn for it (two for a new pool member: `memberOf` and `memberTarget`). */
  connections: Connection[];
  /** The appended relation, for relation kinds. */
  relationId?: RelationId;
  /** The created resource: the pool member of the `poolMember` gesture. */
  resourceId?: ResourceId;
}

export type ConnectResult = { ok: true; file: DesignFile; created: Created } | { ok: false; reason: string };

/** The optional properties `connect` accepts for a kind. */
export type ConnectProps<K extends ConnectionKind> = K extends RelationKind
  ? RelationProps<K>
  : K extends 'poolMember'
    ? PoolMemberProps
    : K extends 'staticRoute'
      ? Partial<StaticRoute>
      : never;

/**
 * Draws a connection of `kind` from `from` to `to` when {@link canConnect} allows it: appends a
 * relation, sets a property (replacing the old target where re-pointing is allowed), creates a pool
 * member, or appends a static route to the source router. Pure: returns a new file that shares
 * every unchanged part with `file`. Invalid `props` (e.g. a malformed IP) are refused too.
 */
export function connect<K extends ConnectionKind>(
  file: DesignFile,
  from: ResourceId,
  to: ResourceId,
  kind: K,
  props?: ConnectProps<K>,
): ConnectResult {
  try {
    return applyConnection(file, from, to, kind, props);
  } catch (error: unknown) {
    // Only invalid caller-supplied props make the factories throw.
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

function applyConnection<K extends ConnectionKind>(
  file: DesignFile,
  from: ResourceId,
  to: ResourceId,
  kind: K,
  props?: ConnectProps<K>,
): ConnectResult {
  const design = file.design;
  const verdict = canConnect(design, from, to, kind);
  if (!verdict.allowed.includes(kind)) {
    return { ok: false, reason: verdict.refused[0]?.reason ?? 'This connection cannot be drawn.' };
  }
  if (isRelationKind(kind)) {
    const relation = newRelation(design, kind, from, to, (props ?? {}) as RelationProps<typeof kind>);
    const connection: Connection = { id: relation.id, kind, from, to, relationId: relation.id };
    return {
      ok: true,
      file: withDesign(file, { relations: [...design.relations, relation] }),
      created: { connections: [connection], relationId: relation.id },
    };
  }
  const source = findResource(design, from);
  if (!source) return { ok: false, reason: 'One of these resources no longer exists.' };
  if (isPropertyKind(kind)) {
    const updated = writeProperty(source, kind, to);
    const connection: Connection = { id: propertyConnectionId(kind, from, to), kind, from, to };
    return {
      ok: true,
      file: withDesign(file, { resources: replaceResource(design.resources, updated) }),
      created: { connections: [connection] },
    };
  }
  if (kind === 'poolMember') {
    const member = newPoolMember(design, from, to, props as PoolMemberProps | undefined);
    const connections: Connection[] = [
      { id: propertyConnectionId('memberOf', member.id, from), kind: 'memberOf', from: member.id, to: from },
      { id: propertyConnectionId('memberTarget', member.id, to), kind: 'memberTarget', from: member.id, to },
    ];
    return {
      ok: true,
      file: withDesign(file, { resources: [...design.resources, member] }),
      created: { connections, resourceId: member.id },
    };
  }
  const target = findOfKind(design, to, 'router');
  if (source.kind !== 'router' || !target) return { ok: false, reason: 'A static route joins two routers.' };
  const proposed = proposedRoute(design, source, target);
  if (typeof proposed === 'string') return { ok: false, reason: proposed };
  const route: StaticRoute = { ...proposed, ...(props as Partial<StaticRoute> | undefined) };
  const routeIndex = source.routes.length;
  const router: Router = { ...source, routes: [...source.routes, route] };
  return {
    ok: true,
    file: withDesign(file, { resources: replaceResource(design.resources, router) }),
    created: { connections: [{ id: routeConnectionId(from, routeIndex), kind: 'staticRoute', from, to, routeIndex }] },
  };
}
