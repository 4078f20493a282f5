/**
 * Rule cases for zone and region spread (F26, F27, F30, F31), DNS (F28, F29) and storage (F32, F33,
 * F40). Test-only.
 */
import { resourceId } from '../../model/ids';
import type { Resource } from '../../model/types';
import { designOf, instance, port, rel, res, subnet, zones, A, B } from '../testing/build';
import { NORTH, NORTH_A, northRegion, singleZone, toDesign as d, twoZones, xN, type Fragment, type RuleCase } from './caseKit';

/** The two-zone design with a global load balancer (or nothing) in front of both floating IPs. */
function fronted(withGlb: boolean): Fragment {
  const base = twoZones();
  if (!withGlb) return base;
  return {
    resources: [...base.resources, res('globalLoadBalancer', 'g1')],
    relations: [...base.relations, rel('glbTarget', 'g1', 'fA'), rel('glbTarget', 'g1', 'fB')],
  };
}

/** The two-zone design with DNS record d1 over both floating IPs. */
function dnsRecord(mode: 'single' | 'multi'): Fragment {
  const base = twoZones();
  return {
    resources: [...base.resources, res('dnsZone', 'z1'), res('dnsRecord', 'd1', { zone: resourceId('z1'), mode })],
    relations: [
      ...base.relations,
      rel('dnsTarget', 'd1', 'fA', { role: mode === 'single' ? 'primary' : 'member' }),
      rel('dnsTarget', 'd1', 'fB', { role: mode === 'single' ? 'standby' : 'member' }),
    ],
  };
}

/** Instance iN in eu-north-1a with a port on sA (europe-se-1) or on its own region's subnet sN. */
function portAcrossRegions(across: boolean): Fragment {
  return {
    resources: [
      ...zones(),
      ...northRegion(),
      ...subnet('sA', 45),
      res('network', 'sN-net', { region: NORTH }),
      res('subnet', 'sN', { network: resourceId('sN-net'), cidr: '10.20.0.0/24', gatewayIp: '10.20.0.1' }),
      instance('iN', NORTH_A),
    ],
    relations: [port('iN', across ? 'sA' : 'sN')],
  };
}

/** S1 with a dependency of iA on floating IP fN of eu-north-1. */
function dependsOnOtherRegion(required: boolean): Fragment {
  const base = singleZone();
  return {
    resources: [...base.resources, ...northRegion(), res('floatingIp', 'fN', { pool: xN })],
    relations: [...base.relations, rel('dependsOn', 'iA', 'fN', { required, via: 'public' })],
  };
}

/** S10a: instance iB (1b) with volume v1 in `volumeAz` attached. */
function attachedVolume(volumeAz: typeof A): Fragment {
  return {
    resources: [...zones(), instance('iB', B), res('volume', 'v1', { availabilityZone: volumeAz })],
    relations: [rel('volumeAttachment', 'v1', 'iB')],
  };
}

function flavored(id: string, az: typeof A, flavor: string): Resource[] {
  return [...zones(), res('instance', id, { availabilityZone: az, flavor })];
}

export const ZONE_CASES: RuleCase[] = [
  {
    id: 'F26', rule: 'SINGLE_AZ_DEPLOYMENT', severity: 'info', subjects: ['europe-se-1a'], inferred: false,
    title: 'everything in europe-se-1a',
    fires: d(singleZone()), quiet: d(twoZones()),
  },
  {
    id: 'F27', rule: 'NO_GLOBAL_ENTRY', severity: 'info', subjects: ['fA', 'fB'], inferred: false,
    title: 'floating IPs in both zones without a global entry point',
    fires: d(fronted(false)), quiet: d(fronted(true)),
  },
  {
    id: 'F28', rule: 'DNS_MANUAL_FAILOVER', severity: 'info', subjects: ['d1'], inferred: false,
    title: 'single-answer DNS record',
    fires: d(dnsRecord('single')), quiet: d(dnsRecord('multi')),
  },
  {
    id: 'F29', rule: 'DNS_MULTI_A', severity: 'info', subjects: ['d1'], inferred: false,
    title: 'multi-answer DNS record',
    fires: d(dnsRecord('multi')), quiet: d(dnsRecord('single')),
  },
  {
    id: 'F30', rule: 'CROSS_REGION_PRIVATE_LINK', severity: 'error', subjects: ['iN', 'sA'], inferred: false,
    title: 'instance port on a subnet of another region',
    fires: d(portAcrossRegions(true)), quiet: d(portAcrossRegions(false)),
  },
  {
    id: 'F31', rule: 'CROSS_REGION_DEPENDENCY', severity: 'warning', subjects: ['iA', 'fN'], inferred: false,
    title: 'required dependency on a floating IP of another region',
    fires: d(dependsOnOtherRegion(true)), quiet: d(dependsOnOtherRegion(false)),
  },
  {
    id: 'F32', rule: 'VOLUME_AZ_MISMATCH', severity: 'error', subjects: ['v1', 'iB'], inferred: false,
    title: 'volume of 1a attached to an instance in 1b',
    fires: d(attachedVolume(A)), quiet: d(attachedVolume(B)),
  },
  {
    id: 'F33', rule: 'NVME_OUTSIDE_1A', severity: 'error', subjects: ['iB'], inferred: false,
    title: 'NVMe flavor in europe-se-1b',
    fires: designOf(flavored('iB', B, 'nvme.4x16')), quiet: designOf(flavored('iB', B, 'gp.4x16')),
  },
  {
    id: 'F33', rule: 'NVME_NOT_REPLICATED', severity: 'info', subjects: ['iA'], inferred: false,
    title: 'NVMe flavor in europe-se-1a',
    fires: designOf(flavored('iA', A, 'hw.NVMe.8x32')), quiet: designOf(flavored('iA', A, 'hw.8x32')),
  },
  {
    id: 'F40', rule: 'BACKUP_SAME_AZ', severity: 'info', subjects: ['vB'], inferred: false,
    title: 'backed-up volume in europe-se-1b',
    fires: designOf([...zones(), res('volume', 'vB', { availabilityZone: B, backupEnabled: true })]),
    quiet: designOf([...zones(), res('volume', 'vB', { availabilityZone: A, backupEnabled: true })]),
  },
];
