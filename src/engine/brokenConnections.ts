/**
 * Broken connections (DOMAIN.md 2.9): the connections that can no longer carry traffic in an
 * evaluated scenario — static routes whose next hop died, floating IP associations whose serving
 * router died, pool members the load balancer cannot reach, dependencies whose path or egress died.
 */
import type { ResourceId } from '../model/types';
import { memberAt } from './ruleTables';
import { NONE, type Topology } from './topology';
import { FAILED, OK, type BrokenConnection, type Reason, type ReasonCode } from './types';

/** Lists the broken connections, given the final statuses and reasons of a scenario. */
export function brokenConnections(topo: Topology, status: Uint8Array, reasons: readonly (readonly Reason[] | undefined)[]): BrokenConnection[] {
  const out: BrokenConnection[] = [];
  const id = (i: number): ResourceId => topo.ids[i] as ResourceId;
  const deadAt = (i: number): boolean => i !== NONE && (status[i] ?? 0) >= 2;
  // Only routers with static routes, associated floating IPs and pool members can hold one of the
  // first three kinds; they are listed once per design, in index order.
  const candidates = topo.tables.brokenCandidates;
  for (let k = 0; k < candidates.length; k++) {
    const r = candidates[k] as number;
    const routes = topo.routing.routes[r];
    if (routes && routes.length > 0) {
      for (const route of routes) {
        if (deadAt(route.nextHop)) {
          out.push({ id: `staticRoute:${id(r)}:${route.routeIndex}`, kind: 'staticRoute', from: id(r), to: id(route.nextHop), code: 'PATH_LOST' });
        }
      }
    }
    // The checks below need a reason on the resource itself, and OK resources have none.
    if (status[r] === OK) continue;
    const rel = topo.fipRelation[r];
    if (rel && status[r] !== FAILED && hasCode(reasons[r], 'SERVING_ROUTER_LOST')) {
      out.push({ id: rel, kind: 'fipAssociation', from: id(r), to: id(topo.fipTarget[r] ?? NONE), code: 'SERVING_ROUTER_LOST' });
    }
    const member = memberAt(topo.tables, r);
    if (member && member.backend !== NONE && hasCode(reasons[r], 'MEMBER_UNREACHABLE')) {
      out.push({ id: `memberTarget:${id(r)}->${id(member.backend)}`, kind: 'memberTarget', from: id(r), to: id(member.backend), code: 'MEMBER_UNREACHABLE' });
    }
  }
  for (const d of topo.dependencies) {
    const sourceStatus = status[d.source];
    if (sourceStatus === FAILED || sourceStatus === OK) continue;
    const lost = lostPathReason(topo, d, reasons[d.source]);
    if (lost) out.push({ id: d.relationId, kind: 'dependsOn', from: id(d.source), to: id(d.target), code: lost.code });
  }
  return out;
}

// Plain loops below: this runs for every scenario over every affected resource, and closures per
// call showed up as megabytes of garbage per matrix on large designs.
function hasCode(reasons: readonly Reason[] | undefined, code: ReasonCode): boolean {
  if (reasons) for (const r of reasons) if (r.code === code) return true;
  return false;
}

/** The reason that says a dependency's own path or egress was lost, if any. */
function lostPathReason(topo: Topology, d: Topology['dependencies'][number], reasons: readonly Reason[] | undefined): Reason | undefined {
  if (reasons) for (const x of reasons) if ((x.code === 'PATH_LOST' || x.code === 'EGRESS_LOST') && pathMentions(topo, d, x)) return x;
  return undefined;
}

function pathMentions(topo: Topology, d: Topology['dependencies'][number], r: Reason): boolean {
  if (r.code === 'EGRESS_LOST') return d.via === 'public';
  if (d.via !== 'private') return false;
  if (r.causes.length === 0) return !d.path?.exists;
  const nodes = d.path?.nodes;
  if (!nodes) return false;
  for (const c of r.causes) if (nodes.includes(topo.indexOf.get(c) ?? NONE)) return true;
  return false;
}
