/**
 * Entry point findings: F26 (everything in one zone), F27 (per-zone floating IPs without a global
 * entry), F28 (DNS record re-pointed by hand), F29 (DNS record with several A records).
 */
import type { DnsRecord, Resource, ResourceKind } from '../../model/types';
import { NONE, type Topology } from '../topology';
import { at, azOf, finding, listOf, nameOf, zoneName } from './support';
import type { Finding, FindingRule } from './types';

/** Kinds that live in one AZ. LB children inherit their LB's zone and add nothing. */
const AZ_SCOPED: ReadonlySet<ResourceKind> = new Set<ResourceKind>([
  'router',
  'instance',
  'volume',
  'floatingIp',
  'publicPort',
  'loadBalancer',
  'objectStorageEndpoint',
]);

/** F26: every AZ-scoped resource sits in one zone, and there is at least one instance. */
export const singleAzDeployment: FindingRule = (topo) => {
  const zones = new Set<number>();
  const placed: number[] = [];
  let instances = 0;
  for (let i = 0; i < topo.n; i++) {
    const r = topo.resources[i] as Resource;
    if (!AZ_SCOPED.has(r.kind)) continue;
    if (r.kind === 'instance') instances++;
    const az = azOf(topo, i);
    if (az === NONE) continue;
    zones.add(az);
    // A second zone settles it: the rule only fires for exactly one.
    if (zones.size > 1) return [];
    placed.push(i);
  }
  const [zone] = [...zones];
  if (instances === 0 || zones.size !== 1 || zone === undefined) return [];
  return [
    finding(topo, {
      id: 'F26',
      rule: 'SINGLE_AZ_DEPLOYMENT',
      severity: 'info',
      subjects: [zone],
      message: `Everything in this design runs in ${zoneName(topo, zone)}: an outage of that zone takes the whole service down.`,
      fix: 'If the service must survive a zone outage, build a second stack in another zone and put a global entry point in front.',
      placed: [...placed],
    }),
  ];
};

/** The zones of the floating IPs and directly attached IPs a GLB or DNS record reaches (through a GLB too). */
function entryZones(topo: Topology, entry: number, seen: Set<number> = new Set<number>()): Set<number> {
  const zones = new Set<number>();
  if (seen.has(entry)) return zones;
  seen.add(entry);
  for (const t of topo.targetsOf[entry] ?? []) {
    const kind = topo.resources[t.target]?.kind;
    if (kind === 'globalLoadBalancer') for (const z of entryZones(topo, t.target, seen)) zones.add(z);
    // A directly attached IP is a per-zone entry just like a floating IP.
    else if ((kind === 'floatingIp' || kind === 'publicPort') && azOf(topo, t.target) !== NONE) zones.add(azOf(topo, t.target));
  }
  return zones;
}

/** F27: associated floating IPs in two or more zones, and no GLB or DNS record spanning two zones. */
export const noGlobalEntry: FindingRule = (topo) => {
  const fips: number[] = [];
  const all = topo.ofKind('floatingIp');
  for (let k = 0; k < all.length; k++) {
    const i = all[k] as number;
    if (at(topo.fipTarget, i) !== NONE && azOf(topo, i) !== NONE) fips.push(i);
  }
  const zones = [...new Set(fips.map((i) => azOf(topo, i)))];
  if (zones.length < 2) return [];
  for (const kind of ['globalLoadBalancer', 'dnsRecord'] as const) {
    const entries = topo.ofKind(kind);
    for (let k = 0; k < entries.length; k++) if (entryZones(topo, entries[k] as number).size >= 2) return [];
  }
  return [
    finding(topo, {
      id: 'F27',
      rule: 'NO_GLOBAL_ENTRY',
      severity: 'info',
      subjects: fips,
      message:
        `Floating IPs ${listOf(fips.map((i) => nameOf(topo, i)))} serve from ${listOf(zones.map((z) => zoneName(topo, z)))}, ` +
        `but nothing sends clients to the surviving zone when one fails.`,
      fix: 'Put a global load balancer, or at least a DNS record, in front of the floating IPs of every zone.',
    }),
  ];
};

/** F28: a single-answer DNS record must be re-pointed by hand when its target's zone fails. */
export const dnsManualFailover: FindingRule = (topo) => {
  const out: Finding[] = [];
  const records = topo.ofKind('dnsRecord');
  for (let k = 0; k < records.length; k++) {
    const i = records[k] as number;
    const record = topo.resources[i] as DnsRecord;
    if (record.mode !== 'single') continue;
    out.push(
      finding(topo, {
        id: 'F28',
        rule: 'DNS_MANUAL_FAILOVER',
        severity: 'info',
        subjects: [i],
        message:
          `DNS record ${nameOf(topo, i)} returns a single answer: if its target fails, someone has to change the record, ` +
          `and clients keep the old answer for up to ${record.ttl} seconds after that.`,
        fix: 'Keep the TTL short and the re-pointing procedure ready, or use a global load balancer with health checks.',
      }),
    );
  }
  return out;
};

/** F29: a multi-answer DNS record hands out dead addresses during an outage. */
export const dnsMultiA: FindingRule = (topo) => {
  const out: Finding[] = [];
  const records = topo.ofKind('dnsRecord');
  for (let k = 0; k < records.length; k++) {
    const i = records[k] as number;
    if ((topo.resources[i] as DnsRecord).mode !== 'multi') continue;
    out.push(
      finding(topo, {
        id: 'F29',
        rule: 'DNS_MULTI_A',
        severity: 'info',
        subjects: [i],
        message:
          `DNS record ${nameOf(topo, i)} returns several addresses: when a zone fails its address stays in the answers, ` +
          `so some clients connect slowly and clients that do not retry fail.`,
        fix: 'Use a global load balancer that health-checks the targets and answers only with live ones.',
      }),
    );
  }
  return out;
};
