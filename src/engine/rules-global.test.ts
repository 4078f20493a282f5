/**
 * Per-kind rules of DOMAIN.md 2.3 for global entry points and storage: global load balancers, DNS
 * zones and records (single and multi answer, records in front of a GLB), object storage endpoints.
 */
import { describe, expect, it } from 'vitest';
import { resourceId } from '../model/ids';
import type { Relation, Resource } from '../model/types';
import { A, B, C, fip, gateway, instance, port, R1, reasonOf, rel, res, router, run, subnet, summary, xB, zones } from './testing/build';

const id = resourceId;

/** One web stack per zone: subnet, router, instance and floating IP `f<zone>` (zones 1a, 1b, 1c). */
function stacks(): { rs: Resource[]; rels: Relation[] } {
  const rs: Resource[] = [...zones(3)];
  const rels: Relation[] = [];
  [A, B, C].forEach((az, k) => {
    const z = az.slice(-1).toUpperCase();
    rs.push(...subnet(`s${z}`, k + 1), router(`r${z}`, az), instance(`i${z}`, az), fip(`f${z}`, az));
    rels.push(gateway(`r${z}`, `s${z}`, k + 1), port(`i${z}`, `s${z}`), rel('fipAssociation', `f${z}`, `i${z}`));
  });
  // iB replicates with iC: when 1c fails, fB is degraded through its target.
  rels.push(rel('replicatesWith', 'iB', 'iC'));
  return { rs, rels };
}

describe('global load balancer', () => {
  const { rs, rels } = stacks();
  const glb = [...rs, res('globalLoadBalancer', 'g')];
  const targets = (...ids: string[]) => [...rels, ...ids.map((t) => rel('glbTarget', 'g', t))];

  it('fences the dead targets and keeps serving from the others', () => {
    const e = run(glb, targets('fA', 'fB'), [A]);
    expect(reasonOf(e, 'g', 'TARGETS_FENCED')).toEqual({ code: 'TARGETS_FENCED', causes: ['fA'], inferred: false });
  });

  it('is down when every target is dead, and never FAILED itself', () => {
    const e = run(glb, targets('fA', 'fB'), [], [R1]);
    expect(summary(e, 'g')).toBe('DOWN ALL_TARGETS_DOWN');
    expect(reasonOf(e, 'g', 'ALL_TARGETS_DOWN').causes).toEqual(['fA', 'fB']);
  });

  it('is degraded when all targets are alive but one is degraded', () => {
    const e = run(glb, targets('fA', 'fB'), [C]);
    expect(summary(e, 'fB')).toBe('DEGRADED TARGET_DEGRADED');
    expect(reasonOf(e, 'g', 'TARGET_DEGRADED').causes).toEqual(['fB']);
  });

  it('without targets is down', () => {
    expect(summary(run(glb, rels), 'g')).toBe('DOWN ALL_TARGETS_DOWN');
  });

  it('can target a directly attached IP', () => {
    const withPort = [...glb, res('publicPort', 'pp', { network: xB, instance: id('iB') })];
    expect(summary(run(withPort, targets('fA', 'pp'), [B]), 'g')).toBe('DEGRADED TARGETS_FENCED');
    expect(summary(run(withPort, targets('pp'), [B]), 'g')).toBe('DOWN ALL_TARGETS_DOWN');
  });
});

describe('DNS record, single answer ("manual GLB")', () => {
  const { rs, rels } = stacks();
  const dns = [...rs, res('dnsZone', 'z'), res('dnsRecord', 'd', { zone: id('z'), mode: 'single' })];
  const answer = (primary: string, ...standby: string[]) => [
    ...rels,
    rel('dnsTarget', 'd', primary, { role: 'primary' }),
    ...standby.map((s) => rel('dnsTarget', 'd', s, { role: 'standby' })),
  ];

  it('is OK while the primary lives and no standby is lost', () => {
    expect(summary(run(dns, answer('fA', 'fB'), [C]), 'd')).toBe('OK');
  });

  it('notes a lost standby while the primary lives', () => {
    const e = run(dns, answer('fA', 'fB'), [B]);
    expect(reasonOf(e, 'd', 'STANDBY_LOST')).toEqual({ code: 'STANDBY_LOST', causes: ['fB'], inferred: false });
  });

  it('needs a manual re-point when the primary is dead and a standby lives', () => {
    const e = run(dns, answer('fA', 'fB'), [A]);
    expect(summary(e, 'd')).toBe('DEGRADED MANUAL_FAILOVER_REQUIRED');
    expect(reasonOf(e, 'd', 'MANUAL_FAILOVER_REQUIRED').causes).toEqual(['fA']);
  });

  it('is down when the primary is dead and no standby is declared or alive', () => {
    expect(summary(run(dns, answer('fA'), [A]), 'd')).toMatch(/^DOWN /);
    expect(summary(run(dns, answer('fA', 'fB'), [A, B]), 'd')).toMatch(/^DOWN /);
  });

  it('with a degraded primary and a dead standby reports both', () => {
    const e = run(dns, answer('fB', 'fC'), [C]);
    expect(summary(e, 'd')).toBe('DEGRADED TARGET_DEGRADED,STANDBY_LOST');
    expect(reasonOf(e, 'd', 'STANDBY_LOST').causes).toEqual(['fC']);
  });

  it('with several primaries, a healthy one wins (losing a degraded primary never improves the record)', () => {
    const twoPrimaries = [...rels, rel('dnsTarget', 'd', 'fB', { role: 'primary' }), rel('dnsTarget', 'd', 'fA', { role: 'primary' })];
    expect(summary(run(dns, twoPrimaries, [C]), 'fB')).toBe('DEGRADED TARGET_DEGRADED');
    expect(summary(run(dns, twoPrimaries, [C]), 'd')).toBe('OK');
    expect(summary(run(dns, twoPrimaries, [B, C]), 'd')).toBe('OK');
    expect(summary(run(dns, twoPrimaries, [A, C]), 'd')).toBe('DEGRADED TARGET_DEGRADED');
  });

  it('never fails itself, and its zone is always OK', () => {
    const e = run(dns, answer('fA', 'fB'), [], [R1]);
    expect(summary(e, 'd')).toMatch(/^DOWN /);
    expect(summary(e, 'z')).toBe('OK');
  });
});

describe('DNS record, several answers', () => {
  const { rs, rels } = stacks();
  const dns = [...rs, res('dnsRecord', 'd', { mode: 'multi' })];
  const answers = (...ids: string[]) => [...rels, ...ids.map((t) => rel('dnsTarget', 'd', t, { role: 'member' }))];

  it('serves dead answers to some clients when some targets are dead', () => {
    const e = run(dns, answers('fA', 'fB'), [A]);
    expect(reasonOf(e, 'd', 'PARTIAL_ANSWERS_DEAD')).toEqual({ code: 'PARTIAL_ANSWERS_DEAD', causes: ['fA'], inferred: false });
  });

  it('is down when every answer is dead', () => {
    expect(summary(run(dns, answers('fA', 'fB'), [A, B]), 'd')).toBe('DOWN ALL_TARGETS_DOWN');
  });

  it('is degraded when all answers live but one is degraded', () => {
    expect(summary(run(dns, answers('fA', 'fB'), [C]), 'd')).toBe('DEGRADED TARGET_DEGRADED');
  });
});

describe('DNS record in front of a global load balancer', () => {
  const { rs, rels } = stacks();
  const both = [...rs, res('globalLoadBalancer', 'g'), res('dnsRecord', 'd')];
  const wiring = [...rels, rel('glbTarget', 'g', 'fA'), rel('glbTarget', 'g', 'fB'), rel('dnsTarget', 'd', 'g', { role: 'primary' })];

  it('inherits the GLB\'s degradation and reasons', () => {
    const e = run(both, wiring, [A]);
    expect(summary(e, 'd')).toBe('DEGRADED TARGETS_FENCED');
    expect(reasonOf(e, 'd', 'TARGETS_FENCED').causes).toEqual(['g']);
  });

  it('is OK with the GLB and down with it', () => {
    expect(summary(run(both, wiring), 'd')).toBe('OK');
    expect(summary(run(both, wiring, [C]), 'd')).toBe('DEGRADED TARGET_DEGRADED');
    expect(summary(run(both, wiring, [A, B]), 'd')).toMatch(/^DOWN /);
  });
});

describe('object storage endpoint', () => {
  const endpoint = (replicated: boolean) => [...zones(3), res('objectStorageEndpoint', 'o', { availabilityZone: B, replicated })];

  it('fails with its zone', () => {
    expect(summary(run(endpoint(true), [], [B]), 'o')).toBe('FAILED AZ_FAILED');
  });

  it('replicated: loses its replication partner when another zone of the region fails', () => {
    const e = run(endpoint(true), [], [A]);
    expect(reasonOf(e, 'o', 'REPLICATION_PARTNER_LOST')).toEqual({ code: 'REPLICATION_PARTNER_LOST', causes: [A], inferred: false });
  });

  it('standalone: unaffected by other zones', () => {
    expect(summary(run(endpoint(false), [], [A]), 'o')).toBe('OK');
  });
});

describe('unrelated to any router', () => {
  it('a subnet\'s router failing does not touch a GLB that targets nothing in it', () => {
    const rs = [...zones(2), ...subnet('s1', 1), router('rA', A), fip('fB', B), res('globalLoadBalancer', 'g')];
    expect(summary(run(rs, [gateway('rA', 's1', 1), rel('glbTarget', 'g', 'fB')], [A]), 'g')).toBe('OK');
  });
});
