/**
 * Per-kind rules of DOMAIN.md 2.3 for load balancers: LB aggregation, listeners, pools with and
 * without health monitors, backup members and member reachability.
 */
import { describe, expect, it } from 'vitest';
import { resourceId } from '../model/ids';
import type { Relation, Resource } from '../model/types';
import { A, B, C, gateway, instance, port, reasonOf, rel, res, router, run, subnet, summary, zones } from './testing/build';

const id = resourceId;

/** LB `lb` in B on VIP subnet s1 (gateway rB in B), listener li → pool p, members as given. */
function lbDesign(
  members: { id: string; az: typeof A; backup?: boolean; adminStateUp?: boolean }[],
  options: { monitor?: boolean | 'down' } = {},
): { rs: Resource[]; rels: Relation[] } {
  const rs: Resource[] = [
    ...zones(3),
    ...subnet('s1', 1),
    router('rB', B),
    res('loadBalancer', 'lb', { availabilityZone: B, vipSubnet: id('s1') }),
    res('listener', 'li', { loadBalancer: id('lb'), defaultPool: id('p') }),
    res('pool', 'p', { loadBalancer: id('lb') }),
  ];
  const rels: Relation[] = [gateway('rB', 's1', 1)];
  if (options.monitor !== false) rs.push(res('healthMonitor', 'h', { pool: id('p'), adminStateUp: options.monitor !== 'down' }));
  for (const m of members) {
    rs.push(instance(`i-${m.id}`, m.az));
    rels.push(port(`i-${m.id}`, 's1'));
    rs.push(res('poolMember', m.id, { pool: id('p'), instance: id(`i-${m.id}`), backup: m.backup ?? false, adminStateUp: m.adminStateUp ?? true }));
  }
  return { rs, rels };
}

describe('listener and load balancer', () => {
  const lb = [...zones(2), ...subnet('s1', 1), router('rA', A), res('loadBalancer', 'lb', { availabilityZone: B, vipSubnet: id('s1') })];

  it('an LB without listeners is OK', () => {
    expect(summary(run(lb, [gateway('rA', 's1', 1)], [A]), 'lb')).toBe('OK');
  });

  it('a listener without a default pool is down; so is an LB whose only listener is down', () => {
    const e = run([...lb, res('listener', 'li', { loadBalancer: id('lb') })], []);
    expect(summary(e, 'li')).toBe('DOWN NO_POOL');
    expect(summary(e, 'lb')).toBe('DOWN NO_POOL');
    expect(reasonOf(e, 'lb', 'NO_POOL').causes).toEqual(['li']);
  });

  it('a redirect or reject listener needs no pool; a redirect to a pool does', () => {
    const withPolicy = (action: 'REDIRECT_TO_URL' | 'REDIRECT_PREFIX' | 'REJECT' | 'REDIRECT_TO_POOL') =>
      run([...lb, res('listener', 'li', { loadBalancer: id('lb'), l7Policies: [{ action, value: 'https://example.com' }] })], []);
    expect(summary(withPolicy('REDIRECT_TO_URL'), 'li')).toBe('OK');
    expect(summary(withPolicy('REDIRECT_PREFIX'), 'li')).toBe('OK');
    expect(summary(withPolicy('REJECT'), 'li')).toBe('OK');
    expect(summary(withPolicy('REDIRECT_TO_POOL'), 'li')).toBe('DOWN NO_POOL');
  });

  it('an LB with one listener down and another fine is degraded', () => {
    const rs = [
      ...lb,
      res('listener', 'redirect', { loadBalancer: id('lb'), l7Policies: [{ action: 'REDIRECT_PREFIX', value: 'https://' }] }),
      res('listener', 'broken', { loadBalancer: id('lb') }),
    ];
    expect(summary(run(rs, []), 'lb')).toBe('DEGRADED NO_POOL');
  });

  it('a listener whose pool is down is down with the pool\'s reasons; the LB too', () => {
    const { rs, rels } = lbDesign([{ id: 'm1', az: A }]);
    const e = run(rs, rels, [A]);
    expect(summary(e, 'p')).toBe('DOWN NO_HEALTHY_MEMBERS');
    expect(summary(e, 'li')).toBe('DOWN NO_HEALTHY_MEMBERS');
    expect(reasonOf(e, 'li', 'NO_HEALTHY_MEMBERS').causes).toEqual(['p']);
    expect(summary(e, 'lb')).toBe('DOWN NO_HEALTHY_MEMBERS');
  });
});

describe('pool with a health monitor', () => {
  it('with no members (or only disabled ones) is down: empty pool', () => {
    const empty = lbDesign([]);
    expect(summary(run(empty.rs, empty.rels), 'p')).toBe('DOWN EMPTY_POOL');
    const { rs, rels } = lbDesign([{ id: 'm1', az: B, adminStateUp: false }]);
    expect(summary(run(rs, rels), 'p')).toBe('DOWN EMPTY_POOL');
  });

  it('losing some normal members costs capacity, counted over normal members', () => {
    const { rs, rels } = lbDesign([
      { id: 'm1', az: A },
      { id: 'm2', az: B },
      { id: 'm3', az: C },
      { id: 'bk', az: A, backup: true },
    ]);
    const e = run(rs, rels, [A]);
    expect(reasonOf(e, 'p', 'MEMBERS_LOST')).toEqual({ code: 'MEMBERS_LOST', causes: ['m1'], inferred: false, detail: '2/3' });
    expect(summary(e, 'p')).toBe('DEGRADED MEMBERS_LOST');
  });

  it('losing only a backup member is noted', () => {
    const { rs, rels } = lbDesign([
      { id: 'm1', az: B },
      { id: 'bk', az: A, backup: true },
    ]);
    const e = run(rs, rels, [A]);
    expect(summary(e, 'p')).toBe('DEGRADED BACKUP_LOST');
    expect(reasonOf(e, 'p', 'BACKUP_LOST').causes).toEqual(['bk']);
  });

  it('serves from backup members when every normal member is dead', () => {
    const { rs, rels } = lbDesign([
      { id: 'm1', az: A },
      { id: 'bk', az: B, backup: true },
    ]);
    const e = run(rs, rels, [A]);
    expect(summary(e, 'p')).toBe('DEGRADED SERVING_FROM_BACKUP');
    expect(reasonOf(e, 'p', 'SERVING_FROM_BACKUP').causes).toEqual(['m1']);
  });

  it('is down when normal and backup members are all dead', () => {
    const { rs, rels } = lbDesign([
      { id: 'm1', az: A },
      { id: 'bk', az: A, backup: true },
    ]);
    const e = run(rs, rels, [A]);
    expect(reasonOf(e, 'p', 'NO_HEALTHY_MEMBERS')).toEqual({ code: 'NO_HEALTHY_MEMBERS', causes: ['m1', 'bk'], inferred: false });
  });

  it('ignores disabled members', () => {
    const { rs, rels } = lbDesign([
      { id: 'm1', az: B },
      { id: 'off', az: A, adminStateUp: false },
    ]);
    expect(summary(run(rs, rels, [A]), 'p')).toBe('OK');
  });
});

describe('pool without a (working) health monitor', () => {
  it('keeps dead members in rotation (an assumption from the HAProxy configuration)', () => {
    const { rs, rels } = lbDesign([{ id: 'm1', az: A }, { id: 'm2', az: B }], { monitor: false });
    const e = run(rs, rels, [A]);
    expect(reasonOf(e, 'p', 'DEAD_MEMBERS_IN_ROTATION')).toEqual({
      code: 'DEAD_MEMBERS_IN_ROTATION',
      causes: ['m1'],
      inferred: true,
      detail: '1/2',
    });
  });

  it('a disabled monitor counts as no monitor', () => {
    const { rs, rels } = lbDesign([{ id: 'm1', az: A }, { id: 'm2', az: B }], { monitor: 'down' });
    expect(summary(run(rs, rels, [A]), 'p')).toBe('DEGRADED DEAD_MEMBERS_IN_ROTATION');
  });

  it('never activates backup members: all normal dead is down, and that is an assumption', () => {
    const { rs, rels } = lbDesign([{ id: 'm1', az: A }, { id: 'bk', az: C, backup: true }], { monitor: false });
    const e = run(rs, rels, [A]);
    expect(reasonOf(e, 'p', 'NO_HEALTHY_MEMBERS')).toEqual({ code: 'NO_HEALTHY_MEMBERS', causes: ['m1'], inferred: true });
    expect(summary(run(rs, rels, [C]), 'p')).toBe('OK');
  });

  it('without backups, all normal members dead is down as a plain fact', () => {
    const { rs, rels } = lbDesign([{ id: 'm1', az: A }], { monitor: false });
    expect(reasonOf(run(rs, rels, [A]), 'p', 'NO_HEALTHY_MEMBERS').inferred).toBe(false);
  });
});

describe('pool member', () => {
  it('is down when its instance is down, and OK when its instance is only degraded', () => {
    const { rs, rels } = lbDesign([{ id: 'm1', az: B }]);
    const withVolume = [...rs, res('volume', 'v', { availabilityZone: A })];
    const e = run(withVolume, [...rels, rel('volumeAttachment', 'v', 'i-m1')], [A]);
    expect(summary(e, 'i-m1')).toBe('DOWN VOLUME_LOST');
    expect(summary(e, 'm1')).toBe('DOWN TARGET_LOST');
    const replica = run([...rs, instance('peer', A)], [...rels, rel('replicatesWith', 'i-m1', 'peer')], [A]);
    expect(summary(replica, 'i-m1')).toBe('DEGRADED REPLICA_LOST');
    expect(summary(replica, 'm1')).toBe('OK');
  });

  /** LB in 1a with VIP on sV (gateway rV in 1a); the member's instance in 1c sits on sM. */
  function routedMember(reach: 'interface' | 'route', memberSubnet: string | null) {
    const rs: Resource[] = [
      ...zones(3),
      ...subnet('sV', 1),
      ...subnet('sM', 2),
      ...subnet('sL', 9, null),
      router('rV', A),
      router('rM', B),
      instance('iM', C),
      res('loadBalancer', 'lb', { availabilityZone: A, vipSubnet: id('sV') }),
      res('listener', 'li', { loadBalancer: id('lb'), defaultPool: id('p') }),
      res('pool', 'p', { loadBalancer: id('lb') }),
      res('healthMonitor', 'h', { pool: id('p') }),
      res('poolMember', 'm', { pool: id('p'), instance: id('iM'), subnet: memberSubnet === null ? null : id(memberSubnet) }),
    ];
    const rels: Relation[] = [gateway('rV', 'sV', 1), gateway('rM', 'sM', 2), port('iM', 'sM')];
    if (reach === 'interface') rels.push(gateway('rV', 'sM', 2, 254));
    else {
      rels.push(gateway('rV', 'sL', 9, 1), gateway('rM', 'sL', 9, 2));
      rs[rs.findIndex((r) => r.id === 'rV')] = router('rV', A, { routes: [{ destinationCidr: '172.29.2.0/24', nextHop: '172.29.9.2' }] });
    }
    return { rs, rels };
  }

  it('is unreachable when the router between the VIP subnet and the member fails (routed via static route)', () => {
    const { rs, rels } = routedMember('route', null);
    expect(summary(run(rs, rels), 'm')).toBe('OK');
    const e = run(rs, rels, [B]);
    expect(summary(e, 'm')).toBe('DOWN MEMBER_UNREACHABLE');
    expect(reasonOf(e, 'm', 'MEMBER_UNREACHABLE').causes).toEqual(['rM']);
    expect(e.broken.filter((b) => b.kind === 'memberTarget')).toEqual([
      { id: 'memberTarget:m->iM', kind: 'memberTarget', from: 'm', to: 'iM', code: 'MEMBER_UNREACHABLE' },
    ]);
    expect(summary(e, 'p')).toBe('DOWN NO_HEALTHY_MEMBERS');
  });

  it('needs only the forward path from the VIP subnet (no return route required)', () => {
    const { rs, rels } = routedMember('route', null);
    const rM = rs.find((r) => r.id === 'rM');
    expect(rM?.kind === 'router' && rM.routes).toEqual([]);
    expect(summary(run(rs, rels), 'm')).toBe('OK');
  });

  it('is unreachable when the VIP subnet\'s gateway router, which has an interface on the member subnet, fails', () => {
    const { rs, rels } = routedMember('interface', null);
    const moved = rs.map((r) => (r.id === 'lb' ? res('loadBalancer', 'lb', { availabilityZone: C, vipSubnet: id('sV') }) : r));
    const e = run(moved, rels, [A]);
    expect(reasonOf(e, 'm', 'MEMBER_UNREACHABLE').causes).toEqual(['rV']);
  });

  it('is reached directly when the member names its subnet (the amphora is plugged into it)', () => {
    const { rs, rels } = routedMember('route', 'sM');
    expect(summary(run(rs, rels, [B]), 'm')).toBe('OK');
  });

  it('with no route at all from the VIP subnet is unreachable even without an outage', () => {
    const { rs } = routedMember('route', null);
    const e = run(rs, [gateway('rV', 'sV', 1), gateway('rM', 'sM', 2), port('iM', 'sM')]);
    expect(summary(e, 'm')).toBe('DOWN MEMBER_UNREACHABLE');
    expect(reasonOf(e, 'm', 'MEMBER_UNREACHABLE').causes).toEqual([]);
  });
});
