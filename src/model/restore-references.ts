/**
 * The reference pass of restore, after every entry is valid on its own: resources whose defining
 * parent is missing are removed (and whatever hangs below them, in cascade), optional references to
 * missing resources are set to null, and relations whose ends are missing or of the wrong kind are
 * removed. Each repair is reported with the path of the field it changed.
 */
import type { ResourceId } from './ids';
import type { Entry } from './restore-entries';
import { joinPath, noun, orList, subject, withArticle, type WarningList } from './restore-issues';
import { RELATION_ENDPOINTS } from './schema';
import type { L7Policy, Relation, Resource, ResourceKind } from './types';

interface ParentRef {
  field: string;
  id: ResourceId;
  kind: ResourceKind;
}

/** The reference that defines what a resource is part of; without it the resource cannot exist. */
function parentOf(r: Resource): ParentRef | null {
  switch (r.kind) {
    case 'availabilityZone':
    case 'network':
      return { field: 'region', id: r.region, kind: 'region' };
    case 'subnet':
      return { field: 'network', id: r.network, kind: 'network' };
    case 'listener':
    case 'pool':
      return { field: 'loadBalancer', id: r.loadBalancer, kind: 'loadBalancer' };
    case 'poolMember':
    case 'healthMonitor':
      return { field: 'pool', id: r.pool, kind: 'pool' };
    default:
      return null;
  }
}

class References {
  readonly alive: Map<string, Resource>;
  readonly removed: Set<string>;

  constructor(
    entries: readonly Entry<Resource>[],
    skipped: ReadonlySet<string>,
    private readonly warnings: WarningList,
  ) {
    this.alive = new Map(entries.map((e) => [e.value.id, e.value]));
    this.removed = new Set(skipped);
  }

  /** What is wrong with a reference to `id` that must be one of `kinds`, or null when it is fine. */
  problem(id: string, kinds: readonly ResourceKind[]): string | null {
    const target = this.alive.get(id);
    if (target) {
      return kinds.includes(target.kind) ? null : `is ${withArticle(target.kind)}, not ${orList(kinds.map(withArticle))}`;
    }
    return this.removed.has(id) ? 'was removed' : 'does not exist in the design';
  }

  /** `id` when it refers to a resource of `kind`; otherwise null, with a warning. */
  optional(id: ResourceId | null, kind: ResourceKind, who: string, field: string, path: string): ResourceId | null {
    if (id === null) return null;
    const problem = this.problem(id, [kind]);
    if (problem === null) return id;
    this.warnings.add(path, `${who}: ${field} ${JSON.stringify(id)} ${problem}, so it was set to null`);
    return null;
  }

  /** The ids of `list` that refer to resources of `kind`; each other entry is dropped with a warning. */
  filter(list: readonly ResourceId[], kind: ResourceKind, who: string, field: string, path: string): ResourceId[] {
    return list.filter((id, i) => {
      const problem = this.problem(id, [kind]);
      if (problem !== null) {
        this.warnings.add(joinPath(path, i), `${who}: ${field} entry ${JSON.stringify(id)} ${problem}, so it was left out`);
      }
      return problem === null;
    });
  }

  /** Removes, until nothing changes, every resource whose parent is missing. */
  cascade(entries: readonly Entry<Resource>[]): void {
    let changed = true;
    while (changed) {
      changed = false;
      for (const { value, path } of entries) {
        const parent = this.alive.has(value.id) ? parentOf(value) : null;
        const problem = parent ? this.problem(parent.id, [parent.kind]) : null;
        if (!parent || problem === null) continue;
        this.alive.delete(value.id);
        this.removed.add(value.id);
        this.warnings.add(
          joinPath(path, parent.field),
          `Removed ${noun(value.kind)} ${JSON.stringify(value.id)}: its ${noun(parent.kind)} ${JSON.stringify(parent.id)} ${problem}`,
        );
        changed = true;
      }
    }
  }

  /** The resource with every optional reference to a missing resource cleared. */
  repair(r: Resource, path: string): Resource {
    const who = subject(r.kind, r.id);
    const at = (field: string) => joinPath(path, field);
    switch (r.kind) {
      case 'network':
      case 'router': {
        const hints = this.filter(r.availabilityZoneHints, 'availabilityZone', who, 'availabilityZoneHints', at('availabilityZoneHints'));
        return hints.length === r.availabilityZoneHints.length ? r : { ...r, availabilityZoneHints: hints };
      }
      case 'instance':
      case 'volume':
      case 'objectStorageEndpoint':
        return { ...r, availabilityZone: this.optional(r.availabilityZone, 'availabilityZone', who, 'availabilityZone', at('availabilityZone')) };
      case 'loadBalancer':
        return {
          ...r,
          availabilityZone: this.optional(r.availabilityZone, 'availabilityZone', who, 'availabilityZone', at('availabilityZone')),
          vipSubnet: this.optional(r.vipSubnet, 'subnet', who, 'vipSubnet', at('vipSubnet')),
        };
      case 'listener':
        return {
          ...r,
          defaultPool: this.optional(r.defaultPool, 'pool', who, 'defaultPool', at('defaultPool')),
          l7Policies: r.l7Policies.map((p, i) => this.repairPolicy(p, who, joinPath(at('l7Policies'), i))),
        };
      case 'poolMember':
        return {
          ...r,
          instance: this.optional(r.instance, 'instance', who, 'instance', at('instance')),
          subnet: this.optional(r.subnet, 'subnet', who, 'subnet', at('subnet')),
        };
      case 'publicPort':
        return { ...r, instance: this.optional(r.instance, 'instance', who, 'instance', at('instance')) };
      case 'dnsRecord':
        return { ...r, zone: this.optional(r.zone, 'dnsZone', who, 'zone', at('zone')) };
      default:
        return r;
    }
  }

  /** A redirect to a pool that is gone loses its target. */
  private repairPolicy(p: L7Policy, who: string, path: string): L7Policy {
    if (p.action !== 'REDIRECT_TO_POOL' || p.value === null) return p;
    const problem = this.problem(p.value, ['pool']);
    if (problem === null) return p;
    this.warnings.add(joinPath(path, 'value'), `${who}: the pool ${JSON.stringify(p.value)} of this redirect ${problem}, so it was set to null`);
    return { ...p, value: null };
  }

  /** The relation when both ends exist with fitting kinds (repaired), or null with a warning. */
  relation(rel: Relation, path: string): Relation | null {
    const ends = RELATION_ENDPOINTS[rel.kind];
    const removed = (why: string, field: string): null => {
      this.warnings.add(joinPath(path, field), `Removed ${noun(rel.kind)} ${JSON.stringify(rel.id)}: ${why}`);
      return null;
    };
    const fromProblem = this.problem(rel.from, ends.from);
    if (fromProblem !== null) return removed(`its source ${JSON.stringify(rel.from)} ${fromProblem}`, 'from');
    const toProblem = this.problem(rel.to, ends.to);
    if (toProblem !== null) return removed(`its target ${JSON.stringify(rel.to)} ${toProblem}`, 'to');
    if (rel.from === rel.to) return removed(`it connects ${JSON.stringify(rel.from)} to itself`, 'to');
    if (rel.kind !== 'fipAssociation') return rel;
    const who = subject(rel.kind, rel.id);
    return { ...rel, portSubnet: this.optional(rel.portSubnet, 'subnet', who, 'portSubnet', joinPath(path, 'portSubnet')) };
  }
}

/**
 * The design's resources and relations with every reference resolved. `skipped` holds the ids of
 * entries restore left out (unknown kinds), so that references to them say they were removed.
 */
export function resolveReferences(
  resources: readonly Entry<Resource>[],
  relations: readonly Entry<Relation>[],
  skipped: ReadonlySet<string>,
  warnings: WarningList,
): { resources: Resource[]; relations: Relation[] } {
  const refs = new References(resources, skipped, warnings);
  refs.cascade(resources);
  const keptResources = resources
    .filter((e) => refs.alive.has(e.value.id))
    .map((e) => refs.repair(e.value, e.path));
  const keptRelations: Relation[] = [];
  for (const e of relations) {
    const rel = refs.relation(e.value, e.path);
    if (rel) keptRelations.push(rel);
  }
  return { resources: keptResources, relations: keptRelations };
}
