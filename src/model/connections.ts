/**
 * Connections: listing the edges the canvas draws, and removing one as a pure edit of a design
 * file. The catalogue lives in `connectionCatalogue`; drawing a connection (`connect`, which needs
 * the rules of `canConnect`) lives in `connect`, loaded by the canvas when a connection is first
 * drawn.
 */
import {
  isPropertyKind,
  propertyConnectionId,
  readProperty,
  REQUIRED_PROPERTY_KINDS,
  routeConnectionId,
  writeProperty,
  type Connection,
  type ConnectionKind,
  type PropertyConnectionKind,
} from './connectionCatalogue';
import { findOfKind, findResource, resourceIndex } from './placement';
import type { Design, DesignFile, Resource, ResourceId, Router, StaticRoute } from './types';

export * from './connectionCatalogue';
export type { PoolMemberProps, RelationProps } from './connectionDefaults';

const PROPERTY_KINDS: readonly PropertyConnectionKind[] = [
  'subnetOf',
  'vip',
  'listenerOf',
  'defaultPool',
  'poolOf',
  'monitors',
  'memberOf',
  'memberTarget',
  'recordOf',
  'publicPortOf',
];

/** The router that owns a static route's next hop, preferring one on a subnet the source is on. */
function nextHopRouter(design: Design, source: Router, route: StaticRoute): ResourceId | null {
  const holders = design.relations.filter(
    (r) => r.kind === 'routerInterface' && r.ip === route.nextHop && r.from !== source.id,
  );
  const onShared = holders.find((h) =>
    design.relations.some((r) => r.kind === 'routerInterface' && r.from === source.id && r.to === h.to),
  );
  const holder = onShared ?? holders[0];
  return holder && findOfKind(design, holder.from, 'router') ? holder.from : null;
}

function propertyConnections(design: Design, r: Resource): Connection[] {
  const out: Connection[] = [];
  for (const kind of PROPERTY_KINDS) {
    const to = readProperty(r, kind);
    if (to !== undefined && to !== null) out.push({ id: propertyConnectionId(kind, r.id, to), kind, from: r.id, to });
  }
  if (r.kind === 'router') {
    r.routes.forEach((route, routeIndex) => {
      const to = nextHopRouter(design, r, route);
      if (to !== null) out.push({ id: routeConnectionId(r.id, routeIndex), kind: 'staticRoute', from: r.id, to, routeIndex });
    });
  }
  return out;
}

/**
 * Every edge to draw: each relation (its id is the relation id), each set property reference
 * (`<kind>:<from>-><to>`), and each static route whose next hop is an interface IP of another
 * router (`staticRoute:<router>:<index>`). Edges whose ends do not exist are left out: there is
 * nothing to draw them to (the findings report dangling references). `poolMember` is never listed:
 * the member is a resource with its own `memberOf` and `memberTarget` edges.
 */
export function listConnections(design: Design): Connection[] {
  const index = resourceIndex(design);
  const out: Connection[] = design.relations.map((rel) => ({
    id: rel.id,
    kind: rel.kind,
    from: rel.from,
    to: rel.to,
    relationId: rel.id,
  }));
  for (const r of design.resources) out.push(...propertyConnections(design, r));
  return out.filter((c) => index.has(c.from) && index.has(c.to));
}

export type { ConnectProps, ConnectResult, Created } from './connect';

/** `file` with parts of its design replaced. */
export function withDesign(file: DesignFile, design: Partial<Design>): DesignFile {
  return { ...file, design: { ...file.design, ...design } };
}

/** `resources` with the one of `next`'s id replaced by `next`. */
export function replaceResource(resources: readonly Resource[], next: Resource): Resource[] {
  return resources.map((r) => (r.id === next.id ? next : r));
}

export type DisconnectResult = { ok: true; file: DesignFile } | { ok: false; reason: string };

/** Why a required parent reference cannot be removed (the child cannot exist without it). */
const REQUIRED_REASONS: Partial<Record<ConnectionKind, string>> = {
  subnetOf: 'A subnet always belongs to a network; delete it instead.',
  listenerOf: 'A listener always belongs to a load balancer; delete it instead.',
  poolOf: 'A pool always belongs to a load balancer; delete it instead.',
  monitors: 'A health monitor always belongs to a pool; delete it instead.',
  memberOf: 'A pool member always belongs to a pool; delete it instead.',
};

/**
 * Removes the connection with this id (an id from {@link listConnections}): deletes a relation,
 * clears a nullable reference, or deletes a static route. Required parent references are refused
 * with a reason: the child has to be deleted instead.
 */
export function disconnect(file: DesignFile, connectionId: string): DisconnectResult {
  const design = file.design;
  if (design.relations.some((r) => r.id === connectionId)) {
    return { ok: true, file: withDesign(file, { relations: design.relations.filter((r) => r.id !== connectionId) }) };
  }
  const connection = listConnections(design).find((c) => c.id === connectionId);
  const source = connection ? findResource(design, connection.from) : undefined;
  if (!connection || !source) return { ok: false, reason: 'This connection no longer exists.' };
  if (REQUIRED_PROPERTY_KINDS.has(connection.kind)) {
    return { ok: false, reason: REQUIRED_REASONS[connection.kind] ?? 'This connection cannot be removed.' };
  }
  if (isPropertyKind(connection.kind)) {
    const updated = writeProperty(source, connection.kind, null);
    return { ok: true, file: withDesign(file, { resources: replaceResource(design.resources, updated) }) };
  }
  if (source.kind === 'router' && connection.routeIndex !== undefined) {
    const index = connection.routeIndex;
    const router: Router = { ...source, routes: source.routes.filter((_, i) => i !== index) };
    return { ok: true, file: withDesign(file, { resources: replaceResource(design.resources, router) }) };
  }
  return { ok: false, reason: 'This connection cannot be removed.' };
}
