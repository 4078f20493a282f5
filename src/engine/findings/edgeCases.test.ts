/**
 * The readings chosen where DOMAIN.md section 3 leaves a trigger open, one test per decision.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cidrsOverlap, formatCidr, parseCidr } from '../../model/cidr';
import { resourceId } from '../../model/ids';
import type { Relation, Resource } from '../../model/types';
import { designOf, fip, gateway, instance, port, rel, res, router, subnet, zones, A, B, xA, xB } from '../testing/build';
import { findingsOf, linkSubnet, loadBalancer, singleZone, twoZones } from './caseKit';
import type { Finding } from './index';

function only(id: string, resources: Resource[], relations: Relation[] = []): Finding[] {
  return findingsOf(designOf(resources, relations)).filter((f) => f.id === id);
}

const subjectsOf = (found: Finding[]): string[][] => found.map((f) => f.subjects);

describe('placement that rests on an assumption is marked inferred', () => {
  it('F04: hints [B, A] land in europe-se-1a by region order, an inferred reading', () => {
    const [f] = only('F04', [...zones(), res('router', 'rM', { availabilityZoneHints: [B, A], externalNetwork: xA })]);
    expect(f?.inferred).toBe(true);
    expect(f?.message).toContain('runs in europe-se-1a only');
    expect(f?.message).toContain('Assumption: router rM lists several zones and is taken to run in europe-se-1a, the first zone of its region.');
  });

  it('F07: an instance without zone is assumed to be in europe-se-1a', () => {
    const found = only('F07', [...zones(), ...subnet('s1', 45), router('rB', B), instance('i0', null)], [gateway('rB', 's1', 45), port('i0', 's1')]);
    expect(found.map((f) => [f.subjects, f.inferred])).toEqual([[['i0'], true]]);
    expect(found[0]?.message).toMatch(/ Assumption: instance i0 has no zone set and is taken to run in europe-se-1a\.$/);
  });
});

describe('floating IPs', () => {
  it('F03 does not fire when no router can serve the floating IP at all (that is F02)', () => {
    const design = designOf([...zones(), ...subnet('sB', 46), router('rA', A), instance('iB', B), fip('fB', B)], [
      gateway('rA', 'sB', 46),
      port('iB', 'sB'),
      rel('fipAssociation', 'fB', 'iB'),
    ]);
    expect(findingsOf(design).map((f) => f.id)).toEqual(['F02', 'F07']);
  });

  it('F13 also compares the router serving the load balancer’s floating IP', () => {
    const base = singleZone();
    const resources = [...base.resources, router('rB', B), fip('fLB', B), instance('iA2', A), ...loadBalancer(A, [{ id: 'm1', instance: 'iA' }, { id: 'm2', instance: 'iA2' }])];
    const relations = [...base.relations, port('iA2', 'sA'), gateway('rB', 'sA', 45, 2), rel('fipAssociation', 'fLB', 'l1')];
    const [f] = only('F13', resources, relations);
    expect(f?.subjects).toEqual(['l1']);
    expect(f?.message).toContain('router rB in europe-se-1b (router serving floating IP fLB)');
  });

  it('F23 also flags a load balancer whose VIP address is a directly attached IP', () => {
    const base = singleZone();
    const lb = { ...res('loadBalancer', 'l1', { availabilityZone: A, vipSubnet: resourceId('sA') }), vipAddress: '192.0.2.10' };
    const pp = res('publicPort', 'pp1', { network: xA, instance: resourceId('iA'), address: '192.0.2.10' });
    expect(subjectsOf(only('F23', [...base.resources, lb, pp], base.relations))).toEqual([['l1', 'pp1']]);
  });
});

describe('load balancers and pools', () => {
  const lbFragment = (members: Resource[], monitorUp = true): { resources: Resource[]; relations: Relation[] } => {
    const base = singleZone();
    const lb = loadBalancer(A, [], 'HTTP').map((r) => (r.kind === 'healthMonitor' ? { ...r, adminStateUp: monitorUp } : r));
    return { resources: [...base.resources, ...lb, ...members], relations: base.relations };
  };
  const member = (id: string, props: { backup?: boolean; adminStateUp?: boolean } = {}): Resource =>
    res('poolMember', id, { pool: resourceId('p1'), instance: resourceId('iA'), ...props });

  it('F15 treats a disabled health monitor as no monitor', () => {
    const { resources, relations } = lbFragment([member('m1'), member('m2')], false);
    const [f] = only('F15', resources, relations);
    expect(f?.message).toContain('only has a disabled health monitor');
  });

  it('F18 counts a pool whose members are all switched off as empty', () => {
    const { resources, relations } = lbFragment([member('m1', { adminStateUp: false })]);
    expect(only('F18', resources, relations).map((f) => f.rule)).toEqual(['POOL_EMPTY']);
  });

  it('F18 counts one normal member plus a backup as a single member', () => {
    const { resources, relations } = lbFragment([member('m1'), member('m2', { backup: true })]);
    expect(only('F18', resources, relations).map((f) => f.rule)).toEqual(['POOL_SINGLE_MEMBER']);
  });

  it('F20 still fires when the only L7 policy sends some requests to a pool', () => {
    const { resources, relations } = lbFragment([member('m1'), member('m2')]);
    const listener = res('listener', 'li2', {
      loadBalancer: resourceId('l1'),
      defaultPool: null,
      l7Policies: [{ action: 'REDIRECT_TO_POOL', value: 'p1' }],
    });
    expect(subjectsOf(only('F20', [...resources, listener], relations))).toEqual([['li2']]);
  });

  it('F41 also flags another load balancer’s VIP address as a member', () => {
    const { resources, relations } = lbFragment([member('m1'), member('m2')]);
    const other = { ...res('loadBalancer', 'lB', { availabilityZone: B, vipSubnet: resourceId('sA') }), vipAddress: '172.29.45.50' };
    const viaVip = res('poolMember', 'mv', { pool: resourceId('p1'), instance: null, address: '172.29.45.50', backup: true });
    expect(subjectsOf(only('F41', [...resources, other, viaVip], relations))).toEqual([['p1', 'mv']]);
  });
});

describe('routes and subnets', () => {
  it('F35 is satisfied by one return route covering any of the sender’s own subnets', () => {
    const base = twoZones();
    const extra = [...subnet('sA2', 47)];
    const relations = [...base.relations, gateway('rA', 'sA2', 47)];
    expect(only('F35', [...base.resources, ...extra], relations)).toEqual([]);
  });

  it('F35 is reported once per router pair even with several routes through the peer', () => {
    const base = twoZones({ returnRoute: false });
    const resources = base.resources.map((r) =>
      r.id === 'rA' && r.kind === 'router' ? { ...r, routes: [...r.routes, { destinationCidr: '10.0.0.0/8', nextHop: '172.29.254.2' }] } : r,
    );
    expect(subjectsOf(only('F35', resources, base.relations))).toEqual([['rA', 'rB']]);
  });

  it('F37 also compares subnets of routers joined by static routes', () => {
    const base = twoZones({ cidrB: '172.29.45.128/25' });
    expect(subjectsOf(only('F37', base.resources, base.relations))).toEqual([['sA', 'sB']]);
  });

  it('F37 ignores overlapping subnets of routers that are not linked', () => {
    const base = twoZones({ cidrB: '172.29.45.128/25' });
    const resources = base.resources.map((r) => (r.kind === 'router' ? { ...r, routes: [] } : r));
    expect(only('F37', resources, base.relations)).toEqual([]);
  });

  it('F37 reports every overlapping pair on one router, nested and identical blocks included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 22, max: 26 })), { minLength: 1, maxLength: 10 }),
        (blocks) => {
          // parseCidr clears host bits, so every generated block is a valid network address.
          const cidrs = blocks.map(([third, prefix]) => {
            const c = parseCidr(`10.0.${third * 4}.0/${prefix}`);
            return c ? formatCidr(c) : '';
          });
          const resources: Resource[] = [...zones(), router('rA', A), res('network', 'n', { region: resourceId('europe-se-1') })];
          const relations: Relation[] = [];
          cidrs.forEach((cidr, k) => {
            resources.push(res('subnet', `s${k}`, { network: resourceId('n'), cidr, gatewayIp: null }));
            relations.push(rel('routerInterface', 'rA', `s${k}`, { ip: null }));
          });
          const expected: string[][] = [];
          cidrs.forEach((a, x) =>
            cidrs.forEach((b, y) => {
              const ca = parseCidr(a);
              const cb = parseCidr(b);
              if (x < y && ca && cb && cidrsOverlap(ca, cb)) expected.push([`s${x}`, `s${y}`]);
            }),
          );
          const key = (p: string[]) => p.join('|');
          expect(subjectsOf(only('F37', resources, relations)).map(key).sort()).toEqual(expected.map(key).sort());
        },
      ),
      { numRuns: 200 },
    );
  });

  it('F36 accepts a custom-router instance on a link network', () => {
    const base = twoZones();
    const fw = res('instance', 'fw', { availabilityZone: A, role: 'custom-router' });
    expect(only('F36', [...base.resources, fw], [...base.relations, port('fw', 'sL')])).toEqual([]);
  });

  it('F39 applies to link subnets as well', () => {
    expect(subjectsOf(only('F39', [...zones(), ...linkSubnet('172.29.254.0/29')]))).toEqual([['sL']]);
  });
});

describe('zones, storage and entry points', () => {
  it('F06 for a router without hint states the assumed zone', () => {
    const [f] = only('F06', [...zones(), res('router', 'r0', { availabilityZoneHints: [], externalNetwork: xB })]);
    expect([f?.subjects, f?.inferred]).toEqual([['r0'], true]);
    expect(f?.message).toBe(
      'Router r0 runs in europe-se-1a but its external gateway is europe-se-1-1b-net0, which belongs to europe-se-1b. ' +
        'Assumption: router r0 has no zone hint and is taken to run in europe-se-1a, the first zone of its region.',
    );
  });

  it('F26 needs at least one instance', () => {
    expect(only('F26', [...zones(), router('rA', A), fip('fA', A)])).toEqual([]);
  });

  it('F27 counts a DNS record that points at a global load balancer spanning both zones', () => {
    const base = twoZones();
    const resources = [...base.resources, res('globalLoadBalancer', 'g1'), res('dnsRecord', 'www')];
    const relations = [...base.relations, rel('glbTarget', 'g1', 'fA'), rel('glbTarget', 'g1', 'fB'), rel('dnsTarget', 'www', 'g1')];
    expect(only('F27', resources, relations)).toEqual([]);
  });

  it('F27 fires when the entry point covers one zone only', () => {
    const base = twoZones();
    const resources = [...base.resources, res('globalLoadBalancer', 'g1')];
    expect(subjectsOf(only('F27', resources, [...base.relations, rel('glbTarget', 'g1', 'fA')]))).toEqual([['fA', 'fB']]);
  });

  it('F33 covers NVMe volumes too, by their zone', () => {
    const found = only('F33', [
      ...zones(),
      res('volume', 'nA', { availabilityZone: A, volumeType: 'nvme' }),
      res('volume', 'nB', { availabilityZone: B, volumeType: 'nvme' }),
    ]);
    expect(found.map((f) => [f.rule, f.severity, f.subjects])).toEqual([
      ['NVME_OUTSIDE_1A', 'error', ['nB']],
      ['NVME_NOT_REPLICATED', 'info', ['nA']],
    ]);
  });

  it('F40 ignores volumes without backups', () => {
    expect(only('F40', [...zones(), res('volume', 'vB', { availabilityZone: B, backupEnabled: false })])).toEqual([]);
  });

  it('F09 skips dependencies whose target is in the same zone, F10 endpoints of the same zone', () => {
    const base = singleZone();
    const s3 = res('objectStorageEndpoint', 's3A', { availabilityZone: A, url: 'https://object-eu-se-1a.binero.cloud' });
    const relations = [...base.relations, port('iA2', 'sA'), rel('dependsOn', 'iA', 'iA2'), rel('dependsOn', 'iA', 's3A', { via: 'public' })];
    const found = findingsOf(designOf([...base.resources, instance('iA2', A), s3], relations));
    expect(found.filter((f) => f.id === 'F09' || f.id === 'F10')).toEqual([]);
  });

  it('F24 uses the external network of the instance zone in its fix', () => {
    const [f] = only('F24', [...zones(), instance('iB', B), res('publicPort', 'ppA', { network: xA, instance: resourceId('iB') })]);
    expect(f?.fix).toBe(`Attach the address from ${xB} instead.`);
  });
});
