/**
 * Per-kind rules of DOMAIN.md 2.3 for the network layer: subnets, routers, floating IPs, directly
 * attached IPs, and the instance rules that do not involve dependencies.
 */
import { describe, expect, it } from 'vitest';
import { resourceId } from '../model/ids';
import {
  A,
  B,
  fip,
  gateway,
  instance,
  port,
  reasonOf,
  rel,
  res,
  router,
  run,
  subnet,
  summary,
  xA,
  zones,
} from './testing/build';

const F = 'FAILED AZ_FAILED';
const base = [...zones(2), ...subnet('s1', 1), router('rA', A), instance('iA', A), instance('iB', B)];
const baseRels = [gateway('rA', 's1', 1), port('iA', 's1'), port('iB', 's1')];

describe('subnet', () => {
  it('loses its gateway with the router holding the gateway IP; L2 still works so it is only degraded', () => {
    const e = run(base, baseRels, [A]);
    expect(summary(e, 's1')).toBe('DEGRADED GATEWAY_LOST');
    expect(reasonOf(e, 's1', 'GATEWAY_LOST')).toEqual({ code: 'GATEWAY_LOST', causes: ['rA'], inferred: false });
  });

  it('without a gateway IP (a non-routed back network) stays OK even when an attached router fails', () => {
    const rs = [...zones(2), ...subnet('back', 9, null), router('rA', A)];
    expect(summary(run(rs, [gateway('rA', 'back', 9)], [A]), 'back')).toBe('OK');
  });

  it('keeps its gateway when only a router holding another address on it fails', () => {
    const rs = [...base, router('rB', B)];
    const e = run(rs, [...baseRels, gateway('rB', 's1', 1, 254)], [B]);
    expect(summary(e, 's1')).toBe('OK');
    expect(summary(e, 'iA')).toBe('OK');
  });

  it('loses its gateway when the custom-router instance holding the gateway IP fails', () => {
    const rs = [...zones(2), ...subnet('s1', 1), instance('fw', A), instance('iB', B)];
    const rels = [port('fw', 's1', { fixedIp: '172.29.1.1' }), port('iB', 's1')];
    const e = run(rs, rels, [A]);
    expect(summary(e, 's1')).toBe('DEGRADED GATEWAY_LOST');
    expect(reasonOf(e, 's1', 'GATEWAY_LOST').causes).toEqual(['fw']);
    expect(reasonOf(e, 'iB', 'GATEWAY_LOST').causes).toEqual(['fw']);
    expect(summary(run(rs, rels, [B]), 'fw')).toBe('OK');
  });

  it('prefers a router over an instance holding the same gateway IP', () => {
    const rs = [...base, instance('fw', B)];
    const e = run(rs, [...baseRels, port('fw', 's1', { fixedIp: '172.29.1.1' })], [A]);
    expect(reasonOf(e, 's1', 'GATEWAY_LOST').causes).toEqual(['rA']);
  });
});

describe('router', () => {
  it('is down, as an assumption, when its external network lives in a zone that failed (F06)', () => {
    const rs = [...zones(2), router('rX', B, { externalNetwork: xA })];
    const e = run(rs, [], [A]);
    expect(summary(e, 'rX')).toBe('DOWN EXT_GATEWAY_LOST');
    expect(reasonOf(e, 'rX', 'EXT_GATEWAY_LOST')).toEqual({ code: 'EXT_GATEWAY_LOST', causes: [A], inferred: true });
    expect(summary(run(rs, [], [B]), 'rX')).toBe(F);
  });

  it('without an external gateway is unaffected by other zones', () => {
    const rs = [...zones(2), router('rX', B, { externalNetwork: null })];
    expect(summary(run(rs, [], [A]), 'rX')).toBe('OK');
  });

  it('that is down takes the gateway of its subnets with it', () => {
    const rs = [...zones(2), ...subnet('s1', 1), router('rX', B, { externalNetwork: xA }), instance('iB', B)];
    const e = run(rs, [gateway('rX', 's1', 1), port('iB', 's1')], [A]);
    expect(summary(e, 's1')).toBe('DEGRADED GATEWAY_LOST');
    expect(summary(e, 'iB')).toBe('DEGRADED GATEWAY_LOST');
  });
});

describe('floating IP', () => {
  it('unassociated is OK until its own zone fails', () => {
    const rs = [...zones(2), fip('f', A)];
    expect(summary(run(rs, []), 'f')).toBe('OK');
    expect(summary(run(rs, [], [B]), 'f')).toBe('OK');
    expect(summary(run(rs, [], [A]), 'f')).toBe(F);
  });

  it('is down without any router that has its gateway on the pool and an interface on the target subnet', () => {
    const rs = [...base, fip('fB', B)];
    const e = run(rs, [...baseRels, rel('fipAssociation', 'fB', 'iB')]);
    expect(summary(e, 'fB')).toBe('DOWN NO_SERVING_ROUTER');
    expect(reasonOf(e, 'fB', 'NO_SERVING_ROUTER').causes).toEqual([]);
  });

  it('is down when its serving router dies in another zone, and the association is broken', () => {
    // rX has its gateway on 1a's network but runs in 1b (F06): it serves the 1a floating IP.
    const rs = [...zones(2), ...subnet('s1', 1), router('rX', B, { externalNetwork: xA }), instance('iA', A), fip('fA', A)];
    const rels = [gateway('rX', 's1', 1), port('iA', 's1'), rel('fipAssociation', 'fA', 'iA')];
    const e = run(rs, rels, [B]);
    expect(summary(e, 'fA')).toBe('DOWN SERVING_ROUTER_LOST');
    expect(reasonOf(e, 'fA', 'SERVING_ROUTER_LOST').causes).toEqual(['rX']);
    expect(e.broken).toEqual([
      { id: 'fipAssociation:fA->iA', kind: 'fipAssociation', from: 'fA', to: 'iA', code: 'SERVING_ROUTER_LOST' },
    ]);
  });

  it('is served by the router holding the subnet gateway when several qualify, otherwise by the first', () => {
    const rs = [
      ...zones(2),
      ...subnet('s1', 1),
      router('rOther', B, { externalNetwork: xA }),
      router('rGw', A),
      instance('iA', A),
      fip('fA', A),
    ];
    const assoc = rel('fipAssociation', 'fA', 'iA');
    const gwHeldByRGw = [gateway('rOther', 's1', 1, 254), gateway('rGw', 's1', 1), port('iA', 's1'), assoc];
    expect(summary(run(rs, gwHeldByRGw, [B]), 'fA')).toBe('OK');
    const gwHeldByOther = [gateway('rOther', 's1', 1), gateway('rGw', 's1', 1, 254), port('iA', 's1'), assoc];
    expect(summary(run(rs, gwHeldByOther, [B]), 'fA')).toBe('DOWN SERVING_ROUTER_LOST');
  });

  it('is degraded when its target is degraded, with the target as the cause', () => {
    const rs = [...zones(2), ...subnet('sB', 2), router('rB', B), instance('iB', B), instance('peer', A), fip('fB', B)];
    const rels = [gateway('rB', 'sB', 2), port('iB', 'sB'), rel('fipAssociation', 'fB', 'iB'), rel('replicatesWith', 'iB', 'peer')];
    const e = run(rs, rels, [A]);
    expect(summary(e, 'iB')).toBe('DEGRADED REPLICA_LOST');
    expect(summary(e, 'fB')).toBe('DEGRADED TARGET_DEGRADED');
    expect(reasonOf(e, 'fB', 'TARGET_DEGRADED')).toEqual({ code: 'TARGET_DEGRADED', causes: ['iB'], inferred: false });
  });

  it('is down when its target is down', () => {
    const rs = [...zones(2), ...subnet('sB', 2), router('rB', B), instance('iB', B), res('volume', 'v', { availabilityZone: A }), fip('fB', B)];
    const rels = [gateway('rB', 'sB', 2), port('iB', 'sB'), rel('fipAssociation', 'fB', 'iB'), rel('volumeAttachment', 'v', 'iB')];
    const e = run(rs, rels, [A]);
    expect(summary(e, 'fB')).toBe('DOWN TARGET_LOST');
  });
});

describe('instance', () => {
  it('loses its gateway (an assumption: degraded, not down) and keeps L2 on its subnet', () => {
    const e = run(base, baseRels, [A]);
    expect(reasonOf(e, 'iB', 'GATEWAY_LOST')).toEqual({ code: 'GATEWAY_LOST', causes: ['rA'], inferred: true });
  });

  it('looks only at the gateway of its primary port', () => {
    const rs = [...base, ...subnet('s2', 2), router('rB', B)];
    const rels = [gateway('rA', 's1', 1), gateway('rB', 's2', 2), port('iB', 's1', { primary: false }), port('iB', 's2', { primary: true })];
    expect(summary(run(rs, rels, [A]), 'iB')).toBe('OK');
    const swapped = [gateway('rA', 's1', 1), gateway('rB', 's2', 2), port('iB', 's1', { primary: true }), port('iB', 's2', { primary: false })];
    expect(summary(run(rs, swapped, [A]), 'iB')).toBe('DEGRADED GATEWAY_LOST');
  });

  it('is down when an attached volume fails', () => {
    const rs = [...zones(2), instance('iB', B), res('volume', 'v', { availabilityZone: A })];
    const e = run(rs, [rel('volumeAttachment', 'v', 'iB')], [A]);
    expect(summary(e, 'iB')).toBe('DOWN VOLUME_LOST');
    expect(reasonOf(e, 'iB', 'VOLUME_LOST').causes).toEqual(['v']);
  });

  it('is degraded when a replication peer is dead, in both directions', () => {
    const rs = [...zones(2), instance('iA', A), instance('iB', B)];
    const rels = [rel('replicatesWith', 'iA', 'iB')];
    expect(reasonOf(run(rs, rels, [A]), 'iB', 'REPLICA_LOST').causes).toEqual(['iA']);
    expect(reasonOf(run(rs, rels, [B]), 'iA', 'REPLICA_LOST').causes).toEqual(['iB']);
  });

  it('is degraded when its directly attached IP\'s zone fails; the IP is down when the instance fails', () => {
    const rs = [...zones(2), instance('iB', B), res('publicPort', 'pp', { network: xA, instance: resourceId('iB') })];
    const e = run(rs, [], [A]);
    expect(summary(e, 'iB')).toBe('DEGRADED PUBLIC_IP_LOST');
    expect(reasonOf(e, 'iB', 'PUBLIC_IP_LOST').causes).toEqual(['pp']);
    const f = run(rs, [], [B]);
    expect(summary(f, 'pp')).toBe('DOWN TARGET_LOST');
    expect(reasonOf(f, 'pp', 'TARGET_LOST').inferred).toBe(true);
  });

  it('collects every degradation at once', () => {
    const rs = [...base, res('publicPort', 'pp', { network: xA, instance: resourceId('iB') })];
    const e = run(rs, [...baseRels, rel('replicatesWith', 'iB', 'iA')], [A]);
    expect(summary(e, 'iB')).toBe('DEGRADED GATEWAY_LOST,PUBLIC_IP_LOST,REPLICA_LOST');
  });

  it('reports only the reasons for being down when it is down', () => {
    const rs = [...base, res('volume', 'v', { availabilityZone: A })];
    const e = run(rs, [...baseRels, rel('volumeAttachment', 'v', 'iB')], [A]);
    expect(summary(e, 'iB')).toBe('DOWN VOLUME_LOST');
  });
});
