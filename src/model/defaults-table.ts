/**
 * The defaults of every resource and relation kind as plain objects, without the zod schemas, so that
 * creating a resource on the canvas or in a template does not load the schemas at start-up.
 *
 * They must stay what the schemas (`schema-resources.ts`, `schema-relations.ts`) fill in when they
 * restore the same partial input; `defaults-table.test.ts` parses each kind with its schema and
 * compares. Defaults that depend on other fields of the same entry (a name from the id, a subnet's
 * gateway, an AZ's external network) are derived in `defaults.ts`, as the schemas' transforms do.
 */
import type { DependencyVia, DnsTargetRole, RelationKind, RelationOfKind, ResourceKind, ResourceOfKind } from './types';

/** The title of a design that was never named. */
export const UNTITLED_DESIGN = 'Untitled design';

/** A kind's own fields: everything but the identity and the free texts every entry has. */
type OwnResourceFields<K extends ResourceKind> = Omit<ResourceOfKind<K>, 'id' | 'kind' | 'name' | 'description'>;
type OwnRelationFields<K extends RelationKind> = Omit<RelationOfKind<K>, 'id' | 'kind' | 'from' | 'to'>;

/** What a kind needs from the caller (`required`) and what it gets when left out (`defaults`). */
export interface KindDefaults<Fields> {
  readonly required: readonly (keyof Fields)[];
  readonly defaults: Readonly<Partial<Fields>>;
}

/**
 * Per resource kind: the fields without a default and the fixed defaults. Fields whose default is
 * derived (an AZ's `order` and `externalNetworks`, a subnet's `gatewayIp`, an endpoint's `url`) are in
 * neither list.
 */
export const RESOURCE_DEFAULTS: { readonly [K in ResourceKind]: KindDefaults<OwnResourceFields<K>> } = {
  region: { required: [], defaults: {} },
  availabilityZone: { required: ['region'], defaults: {} },
  network: { required: ['region'], defaults: { availabilityZoneHints: [], mtu: 1450, portSecurity: true } },
  subnet: {
    required: ['network', 'cidr'],
    defaults: { enableDhcp: true, allocationPools: [], dnsNameservers: [], hostRoutes: [], role: 'workload' },
  },
  router: { required: [], defaults: { availabilityZoneHints: [], externalNetwork: null, enableSnat: true, routes: [] } },
  floatingIp: { required: ['pool'], defaults: { address: null } },
  publicPort: { required: ['network'], defaults: { instance: null, address: null } },
  instance: { required: [], defaults: { availabilityZone: null, flavor: 'standard', role: 'other', serverGroup: null } },
  volume: { required: [], defaults: { availabilityZone: null, sizeGb: 20, volumeType: 'ssd', backupEnabled: false } },
  loadBalancer: { required: [], defaults: { availabilityZone: null, vipSubnet: null, vipAddress: null } },
  listener: {
    required: ['loadBalancer'],
    defaults: {
      protocol: 'HTTP',
      protocolPort: 80,
      defaultPool: null,
      tlsCertificateRef: null,
      allowedCidrs: ['0.0.0.0/0'],
      insertHeaders: [],
      l7Policies: [],
    },
  },
  pool: {
    required: ['loadBalancer'],
    defaults: { protocol: 'HTTP', lbAlgorithm: 'ROUND_ROBIN', sessionPersistence: 'none', cookieName: null },
  },
  poolMember: {
    required: ['pool'],
    defaults: {
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
  },
  healthMonitor: {
    required: ['pool'],
    defaults: {
      type: 'HTTP',
      delay: 5,
      timeout: 10,
      maxRetries: 4,
      urlPath: '/',
      httpMethod: 'GET',
      expectedCodes: '200',
      adminStateUp: true,
    },
  },
  globalLoadBalancer: { required: [], defaults: { method: 'dns', healthCheck: 'HTTP GET /' } },
  dnsZone: { required: [], defaults: { email: null, ttl: 3600 } },
  dnsRecord: { required: [], defaults: { zone: null, recordType: 'A', ttl: 300, mode: 'single' } },
  objectStorageEndpoint: { required: [], defaults: { availabilityZone: null, api: 's3', replicated: false } },
};

/**
 * Per relation kind: the fixed defaults. A dependency's `via` and a DNS target's `role` depend on the
 * ends; without them they fall back to `private` and `primary`, as the schemas do.
 */
export const RELATION_DEFAULTS: { readonly [K in RelationKind]: KindDefaults<OwnRelationFields<K>> } = {
  routerInterface: { required: [], defaults: { ip: null } },
  port: { required: [], defaults: { fixedIp: null, primary: false } },
  fipAssociation: { required: [], defaults: { portSubnet: null, fixedIp: null } },
  volumeAttachment: { required: [], defaults: {} },
  dependsOn: { required: [], defaults: { required: true, via: 'private', failoverGroup: null, label: '' } },
  replicatesWith: { required: [], defaults: {} },
  glbTarget: { required: [], defaults: {} },
  dnsTarget: { required: [], defaults: { role: 'primary' } },
};

/** The default `via` of a dependency: private to instances and load balancers, public otherwise. */
export function defaultDependencyVia(targetKind: ResourceKind): DependencyVia {
  return targetKind === 'instance' || targetKind === 'loadBalancer' ? 'private' : 'public';
}

/** The default role of a DNS target: the one answer of a single record, a member of a multi record. */
export function defaultDnsTargetRole(recordMode: 'single' | 'multi'): DnsTargetRole {
  return recordMode === 'single' ? 'primary' : 'member';
}
