/**
 * Rule cases for dependencies (F09–F11) and load balancers (F12–F22, F41). Test-only.
 */
import { resourceId } from '../../model/ids';
import type { L7Policy, Resource } from '../../model/types';
import { fip, instance, port, rel, res, zones, A, B } from '../testing/build';
import { loadBalancer, singleZone, toDesign as d, type Fragment, type RuleCase } from './caseKit';

/** S1 plus instance iB (europe-se-1b) on sA, and extra resources and relations. */
function withSecondInstance(extra: Resource[], relations: Fragment['relations'] = []): Fragment {
  const base = singleZone();
  return {
    resources: [...base.resources, instance('iB', B), instance('iA2', A), ...extra],
    relations: [...base.relations, port('iB', 'sA'), port('iA2', 'sA'), ...relations],
  };
}

/** Instance iA depending on iB (`required` or not). */
function dependsOnOtherZone(required: boolean): Fragment {
  return withSecondInstance([], [rel('dependsOn', 'iA', 'iB', { required, via: 'private' })]);
}

function endpoint(id: string, az: typeof A, replicated = false): Resource {
  return res('objectStorageEndpoint', id, { availabilityZone: az, api: 's3', replicated, url: `https://${id}.example` });
}

/** iA uses an object storage endpoint in `az`. */
function s3User(az: typeof A): Fragment {
  return withSecondInstance([endpoint('s3', az)], [rel('dependsOn', 'iA', 's3', { required: true, via: 'public' })]);
}

/** iA (1a) and iB (1b) both use endpoint s3A in 1a. */
function s3SharedByZones(replicated: boolean): Fragment {
  return withSecondInstance(
    [endpoint('s3A', A, replicated)],
    [rel('dependsOn', 'iA', 's3A', { via: 'public' }), rel('dependsOn', 'iB', 's3A', { via: 'public' })],
  );
}

const twoMembers = [
  { id: 'm1', instance: 'iA' },
  { id: 'm2', instance: 'iA2' },
];

/** S1 plus iB and iA2 on sA and a load balancer built by `loadBalancer` (plus extra resources). */
function lbDesign(lb: Resource[], extra: Resource[] = []): Fragment {
  return withSecondInstance([...lb, ...extra]);
}

/** A second listener li2 on l1 without default pool, with these L7 policies. */
function bareListener(policies: L7Policy[]): Resource {
  return res('listener', 'li2', { loadBalancer: resourceId('l1'), protocol: 'HTTP', protocolPort: 8080, defaultPool: null, l7Policies: policies });
}

/** A TERMINATED_HTTPS listener li3 on l1 with this certificate reference. */
function tlsListener(cert: string | null): Resource {
  return res('listener', 'li3', {
    loadBalancer: resourceId('l1'),
    protocol: 'TERMINATED_HTTPS',
    protocolPort: 443,
    defaultPool: resourceId('p1'),
    tlsCertificateRef: cert,
  });
}

/** Load balancer l1 (1a) whose pool member m9 is the address of floating IP fX from `fipAz`. */
function lbOnFloatingIp(fipAz: typeof A): Fragment {
  return lbDesign(loadBalancer(A, twoMembers), [
    { ...fip('fX', fipAz), address: '198.51.100.7' },
    res('poolMember', 'm9', { pool: resourceId('p1'), instance: null, address: '198.51.100.7', protocolPort: 443, backup: true }),
  ]);
}

/** Load balancer l1 (1a) on sA, with or without router rA. */
function lbWithoutRouter(routed: boolean): Fragment {
  const resources = [...zones(), res('network', 'sA-net', { region: resourceId('europe-se-1') })];
  const base = singleZone();
  return routed
    ? { resources: [...base.resources, ...loadBalancer(A, [])], relations: base.relations }
    : {
        resources: [
          ...resources,
          res('subnet', 'sA', { network: resourceId('sA-net'), cidr: '172.29.45.0/24', gatewayIp: null }),
          ...loadBalancer(A, []),
        ],
        relations: [],
      };
}

export const SERVICE_CASES: RuleCase[] = [
  {
    id: 'F09', rule: 'CROSS_AZ_DEPENDENCY', severity: 'warning', subjects: ['iA', 'iB'], inferred: false,
    title: 'required dependency on an instance in the other zone',
    fires: d(dependsOnOtherZone(true)), quiet: d(dependsOnOtherZone(false)),
  },
  {
    id: 'F10', rule: 'S3_ENDPOINT_NOT_LOCAL', severity: 'warning', subjects: ['iA', 's3'], inferred: false,
    title: 'instance in 1a using the object storage endpoint of 1b',
    fires: d(s3User(B)), quiet: d(s3User(A)),
  },
  {
    id: 'F11', rule: 'S3_STANDALONE_MULTI_AZ', severity: 'info', subjects: ['s3A'], inferred: false,
    title: 'standalone endpoint used from both zones',
    fires: d(s3SharedByZones(false)), quiet: d(s3SharedByZones(true)),
  },
  {
    id: 'F12', rule: 'LB_DEFAULT_AZ', severity: 'info', subjects: ['l1'], inferred: false,
    title: 'load balancer without zone',
    fires: d(lbDesign(loadBalancer(null, twoMembers))), quiet: d(lbDesign(loadBalancer(A, twoMembers))),
  },
  {
    id: 'F13', rule: 'LB_ROUTER_AZ_MISMATCH', severity: 'warning', subjects: ['l1'], inferred: false,
    title: 'load balancer in 1b behind the 1a router of its VIP subnet',
    fires: d(lbDesign(loadBalancer(B, twoMembers))), quiet: d(lbDesign(loadBalancer(A, twoMembers))),
  },
  {
    id: 'F14', rule: 'LB_SINGLE_AZ_MULTI_AZ_POOL', severity: 'warning', subjects: ['l1'], inferred: false,
    title: 'load balancer in 1a with a member in 1b',
    fires: d(lbDesign(loadBalancer(A, [{ id: 'm1', instance: 'iA' }, { id: 'm2', instance: 'iB' }]))),
    quiet: d(lbDesign(loadBalancer(A, twoMembers))),
  },
  {
    id: 'F15', rule: 'POOL_WITHOUT_HEALTH_MONITOR', severity: 'warning', subjects: ['p1'], inferred: false,
    title: 'pool without health monitor',
    fires: d(lbDesign(loadBalancer(A, twoMembers, null))), quiet: d(lbDesign(loadBalancer(A, twoMembers, 'HTTP'))),
  },
  {
    id: 'F16', rule: 'MONITOR_PING', severity: 'warning', subjects: ['h1'], inferred: false,
    title: 'ping health monitor',
    fires: d(lbDesign(loadBalancer(A, twoMembers, 'PING'))), quiet: d(lbDesign(loadBalancer(A, twoMembers, 'HTTP'))),
  },
  {
    id: 'F17', rule: 'MONITOR_WEAKER_THAN_LISTENER', severity: 'info', subjects: ['h1', 'li1'], inferred: false,
    title: 'TCP monitor behind an HTTP listener',
    fires: d(lbDesign(loadBalancer(A, twoMembers, 'TCP'))), quiet: d(lbDesign(loadBalancer(A, twoMembers, 'HTTP'))),
  },
  {
    id: 'F18', rule: 'POOL_EMPTY', severity: 'warning', subjects: ['p1'], inferred: false,
    title: 'pool without members',
    fires: d(lbDesign(loadBalancer(A, []))), quiet: d(lbDesign(loadBalancer(A, twoMembers))),
  },
  {
    id: 'F18', rule: 'POOL_SINGLE_MEMBER', severity: 'info', subjects: ['p1'], inferred: false,
    title: 'pool with a single member',
    fires: d(lbDesign(loadBalancer(A, [{ id: 'm1', instance: 'iA' }]))), quiet: d(lbDesign(loadBalancer(A, twoMembers))),
  },
  {
    id: 'F19', rule: 'BACKUP_MEMBER_WITHOUT_MONITOR', severity: 'warning', subjects: ['p1', 'm2'], inferred: true,
    title: 'backup member in a pool without health monitor',
    fires: d(lbDesign(loadBalancer(A, [{ id: 'm1', instance: 'iA' }, { id: 'm2', instance: 'iA2', backup: true }], null))),
    quiet: d(lbDesign(loadBalancer(A, [{ id: 'm1', instance: 'iA' }, { id: 'm2', instance: 'iA2', backup: true }], 'HTTP'))),
  },
  {
    id: 'F20', rule: 'LISTENER_NO_POOL', severity: 'warning', subjects: ['li2'], inferred: false,
    title: 'listener without pool or redirect',
    fires: d(lbDesign(loadBalancer(A, twoMembers), [bareListener([])])),
    quiet: d(lbDesign(loadBalancer(A, twoMembers), [bareListener([{ action: 'REDIRECT_TO_URL', value: 'https://www.example.com' }])])),
  },
  {
    id: 'F21', rule: 'TLS_LISTENER_NO_CERT', severity: 'error', subjects: ['li3'], inferred: false,
    title: 'TLS-terminating listener without certificate',
    fires: d(lbDesign(loadBalancer(A, twoMembers), [tlsListener(null)])),
    quiet: d(lbDesign(loadBalancer(A, twoMembers), [tlsListener('https://secrets.example/v1/secrets/web-cert')])),
  },
  {
    id: 'F22', rule: 'LB_SUBNET_NO_ROUTER', severity: 'error', subjects: ['l1'], inferred: false,
    title: 'load balancer on a subnet without router',
    fires: d(lbWithoutRouter(false)), quiet: d(lbWithoutRouter(true)),
  },
  {
    id: 'F41', rule: 'LB_FAILOVER_PAIR', severity: 'info', subjects: ['p1', 'm9'], inferred: false,
    title: 'pool member that is a floating IP of the other zone',
    fires: d(lbOnFloatingIp(B)), quiet: d(lbOnFloatingIp(A)),
  },
];
