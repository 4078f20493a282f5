/**
 * Plain-object builders for the model's unit tests: every resource and relation kind with plain
 * defaults, and a small two-region world. The id of a built resource doubles as its name, so
 * refusal texts in tests read like the design.
 */
import { designId, relationId, resourceId } from './ids';
import type { Design, DesignFile, Relation, RelationKind, RelationOfKind, Resource, ResourceKind, ResourceOfKind } from './types';
import { FORMAT_TAG, FORMAT_VERSION } from './types';

type Props<K extends ResourceKind> = Omit<ResourceOfKind<K>, 'id' | 'kind' | 'name'>;

const DEFAULTS: { [K in ResourceKind]: Props<K> } = {
  region: {},
  availabilityZone: { region: resourceId('se'), order: 0, externalNetworks: [] },
  network: { region: resourceId('se'), availabilityZoneHints: [], mtu: 1450, portSecurity: true },
  subnet: {
    network: resourceId('net-1'),
    cidr: '10.0.1.0/24',
    gatewayIp: '10.0.1.1',
    enableDhcp: true,
    allocationPools: [],
    dnsNameservers: [],
    hostRoutes: [],
    role: 'workload',
  },
  router: { availabilityZoneHints: [], externalNetwork: null, enableSnat: true, routes: [] },
  instance: { availabilityZone: null, flavor: 'gp.1x2', role: 'web', serverGroup: null },
  volume: { availabilityZone: null, sizeGb: 20, volumeType: 'ssd', backupEnabled: false },
  floatingIp: { pool: 'europe-se-1-1a-net0', address: null },
  publicPort: { network: 'europe-se-1-1a-net0', instance: null, address: null },
  loadBalancer: { availabilityZone: null, vipSubnet: null, vipAddress: null },
  listener: {
    loadBalancer: resourceId('lb-1'),
    protocol: 'HTTPS',
    protocolPort: 443,
    defaultPool: null,
    tlsCertificateRef: null,
    allowedCidrs: [],
    insertHeaders: [],
    l7Policies: [],
  },
  pool: { loadBalancer: resourceId('lb-1'), protocol: 'HTTP', lbAlgorithm: 'ROUND_ROBIN', sessionPersistence: 'none', cookieName: null },
  poolMember: {
    pool: resourceId('pool-a'),
    instance: null,
    protocolPort: 80,
    subnet: null,
    weight: 1,
    backup: false,
    adminStateUp: true,
    address: null,
    monitorAddress: null,
    monitorPort: null,
  },
  healthMonitor: {
    pool: resourceId('pool-a'),
    type: 'HTTP',
    delay: 5,
    timeout: 10,
    maxRetries: 4,
    urlPath: '/',
    httpMethod: 'GET',
    expectedCodes: '200',
    adminStateUp: true,
  },
  globalLoadBalancer: { method: 'dns', healthCheck: 'HTTP /' },
  dnsZone: { email: null, ttl: 3600 },
  dnsRecord: { zone: null, recordType: 'A', ttl: 300, mode: 'single' },
  objectStorageEndpoint: { availabilityZone: null, api: 's3', replicated: false, url: 'https://s3.example' },
};

/** A resource of `kind` whose id and name are `id`, with defaults overridden by `props`. */
export function res<K extends ResourceKind>(kind: K, id: string, props: Partial<Props<K>> = {}): ResourceOfKind<K> {
  return { ...DEFAULTS[kind], ...props, kind, id: resourceId(id), name: id } as unknown as ResourceOfKind<K>;
}

type RelProps<K extends RelationKind> = Omit<RelationOfKind<K>, 'id' | 'kind' | 'from' | 'to'>;

const REL_DEFAULTS: { [K in RelationKind]: RelProps<K> } = {
  routerInterface: { ip: null },
  port: { fixedIp: null, primary: true },
  fipAssociation: { portSubnet: null, fixedIp: null },
  volumeAttachment: {},
  dependsOn: { required: true, via: 'private', failoverGroup: null, label: '' },
  replicatesWith: {},
  glbTarget: {},
  dnsTarget: { role: 'primary' },
};

/** A relation of `kind` with id `id` from `from` to `to`. */
export function rel<K extends RelationKind>(
  kind: K,
  id: string,
  from: string,
  to: string,
  props: Partial<RelProps<K>> = {},
): RelationOfKind<K> {
  return { ...REL_DEFAULTS[kind], ...props, kind, id: relationId(id), from: resourceId(from), to: resourceId(to) } as unknown as RelationOfKind<K>;
}

/** A design of these resources and relations. */
export function designOf(resources: Resource[], relations: Relation[] = []): Design {
  return { id: designId('d1'), name: 'Test design', description: '', resources, relations };
}

/** A design file around a design, with an empty layout. */
export function fileOf(design: Design): DesignFile {
  return { format: FORMAT_TAG, version: FORMAT_VERSION, design, layout: { nodes: {} } };
}

/**
 * Two regions: europe-se-1 (AZs europe-se-1a and -1b) and eu-north-1 (AZ eu-north-1a), one
 * resource or more of every kind, and no connections except the required parent references.
 */
export function world(): Resource[] {
  const az = (id: string, region: string, order: number, net: string) =>
    res('availabilityZone', id, { region: resourceId(region), order, externalNetworks: [net] });
  const inAz = (id: string) => ({ availabilityZone: resourceId(id) });
  return [
    res('region', 'europe-se-1'),
    res('region', 'eu-north-1'),
    az('europe-se-1a', 'europe-se-1', 0, 'europe-se-1-1a-net0'),
    az('europe-se-1b', 'europe-se-1', 1, 'europe-se-1-1b-net0'),
    az('eu-north-1a', 'eu-north-1', 0, 'eu-north-1-1a-net0'),
    res('network', 'net-1', { region: resourceId('europe-se-1') }),
    res('network', 'link-net', { region: resourceId('europe-se-1') }),
    res('network', 'net-no', { region: resourceId('eu-north-1') }),
    res('subnet', 's1', { network: resourceId('net-1') }),
    res('subnet', 's2', { network: resourceId('net-1'), cidr: '10.0.2.0/24', gatewayIp: '10.0.2.1' }),
    res('subnet', 'link', { network: resourceId('link-net'), cidr: '10.255.0.0/29', gatewayIp: null, role: 'link' }),
    res('subnet', 'db-subnet', { network: resourceId('net-no'), cidr: '10.9.0.0/24', gatewayIp: '10.9.0.1' }),
    res('router', 'rA', { availabilityZoneHints: [resourceId('europe-se-1a')], externalNetwork: 'europe-se-1-1a-net0' }),
    res('router', 'rB', { availabilityZoneHints: [resourceId('europe-se-1b')] }),
    res('router', 'rN', { availabilityZoneHints: [resourceId('eu-north-1a')] }),
    res('instance', 'web-1', inAz('europe-se-1a')),
    res('instance', 'db-1', { ...inAz('europe-se-1a'), role: 'db' }),
    res('instance', 'app-2', { ...inAz('europe-se-1b'), role: 'app' }),
    res('instance', 'web-n', inAz('eu-north-1a')),
    res('volume', 'vol-1', inAz('europe-se-1a')),
    res('floatingIp', 'fip-1', { pool: 'europe-se-1-1a-net0' }),
    res('floatingIp', 'fip-b', { pool: 'europe-se-1-1b-net0' }),
    res('floatingIp', 'fip-n', { pool: 'eu-north-1-1a-net0' }),
    res('publicPort', 'pp-1', { network: 'europe-se-1-1a-net0' }),
    res('loadBalancer', 'lb-1', inAz('europe-se-1a')),
    res('loadBalancer', 'lb-2', inAz('europe-se-1b')),
    res('listener', 'https', { loadBalancer: resourceId('lb-1') }),
    res('pool', 'pool-a', { loadBalancer: resourceId('lb-1') }),
    res('pool', 'pool-b', { loadBalancer: resourceId('lb-2') }),
    res('healthMonitor', 'hm-1', { pool: resourceId('pool-a') }),
    res('poolMember', 'm1', { pool: resourceId('pool-a') }),
    res('globalLoadBalancer', 'glb'),
    res('dnsZone', 'example.com'),
    res('dnsRecord', 'www'),
    res('objectStorageEndpoint', 's3-a', inAz('europe-se-1a')),
  ];
}

/** Replaces resources of the same id in a resource list (for per-test variations of the world). */
export function withResources(resources: Resource[], ...replacements: Resource[]): Resource[] {
  return [
    ...resources.map((r) => replacements.find((x) => x.id === r.id) ?? r),
    ...replacements.filter((x) => !resources.some((r) => r.id === x.id)),
  ];
}

/** A design with a bit of everything, and a canvas layout with nesting. */
export function sample(): DesignFile {
  const id = resourceId;
  const design = designOf(
    withResources(
      world(),
      res('router', 'rA', {
        availabilityZoneHints: [id('europe-se-1a'), id('europe-se-1b')],
        routes: [{ destinationCidr: '10.0.2.0/24', nextHop: '10.255.0.2' }],
      }),
      res('network', 'net-1', { region: id('europe-se-1'), availabilityZoneHints: [id('europe-se-1b')] }),
      res('loadBalancer', 'lb-1', { availabilityZone: id('europe-se-1a'), vipSubnet: id('s1'), vipAddress: '10.0.1.50' }),
      res('listener', 'https', {
        loadBalancer: id('lb-1'),
        defaultPool: id('pool-a'),
        l7Policies: [{ action: 'REDIRECT_TO_POOL', value: 'pool-a' }, { action: 'REJECT', value: null }],
      }),
      res('listener', 'http-b', { loadBalancer: id('lb-2'), protocolPort: 80, defaultPool: id('pool-b') }),
      res('poolMember', 'm1', { pool: id('pool-a'), instance: id('web-1'), subnet: id('s1') }),
      res('poolMember', 'm-b', { pool: id('pool-b'), instance: id('app-2'), subnet: id('s2') }),
      res('dnsRecord', 'www', { zone: id('example.com') }),
      res('publicPort', 'pp-1', { instance: id('web-1') }),
    ),
    [
      rel('routerInterface', 'ri-a-s1', 'rA', 's1', { ip: '10.0.1.1' }),
      rel('routerInterface', 'ri-a-link', 'rA', 'link', { ip: '10.255.0.1' }),
      rel('routerInterface', 'ri-b-link', 'rB', 'link', { ip: '10.255.0.2' }),
      rel('port', 'port-web', 'web-1', 's1'),
      rel('port', 'port-app', 'app-2', 's2'),
      rel('fipAssociation', 'fip-web', 'fip-1', 'web-1', { portSubnet: id('s1') }),
      rel('dependsOn', 'dep', 'web-1', 'db-1'),
    ],
  );
  const file = fileOf(design);
  return {
    ...file,
    layout: {
      nodes: {
        'europe-se-1': { x: 100, y: 100, width: 800, height: 600 },
        'europe-se-1a': { x: 20, y: 30, width: 300, height: 300, parent: id('europe-se-1') },
        'web-1': { x: 5, y: 7, parent: id('europe-se-1a') },
        rB: { x: 400, y: 400 },
      },
      viewport: { x: 0, y: 0, zoom: 1 },
    },
  };
}
