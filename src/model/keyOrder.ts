/**
 * The canonical key order of every object in a design file, without the zod schemas, so that
 * serializing a design (export, share links, comparisons) does not load them at start-up. It is the
 * order of the schemas' shapes (id, kind, name, description, then the kind's own fields);
 * `keyOrder.test.ts` checks each list against its schema.
 */
import type { Design, DesignFile, Layout, NodeLayout, RelationKind, RelationOfKind, ResourceKind, ResourceOfKind, Viewport } from './types';

export const FILE_KEYS: readonly (keyof DesignFile)[] = ['format', 'version', 'design', 'layout'];
export const DESIGN_KEYS: readonly (keyof Design)[] = ['id', 'name', 'description', 'resources', 'relations'];
export const LAYOUT_KEYS: readonly (keyof Layout)[] = ['nodes', 'viewport'];
export const NODE_KEYS: readonly (keyof NodeLayout)[] = ['x', 'y', 'width', 'height', 'parent'];
export const VIEWPORT_KEYS: readonly (keyof Viewport)[] = ['x', 'y', 'zoom'];

/** The keys of the objects nested inside resources and relations, by the field that holds them. */
export const NESTED_KEYS: Readonly<Record<string, readonly string[]>> = {
  allocationPools: ['start', 'end'],
  hostRoutes: ['destinationCidr', 'nextHop'],
  routes: ['destinationCidr', 'nextHop'],
  l7Policies: ['action', 'value'],
  failoverGroup: ['group', 'order', 'failover'],
};

/** The keys of each resource kind. */
export const RESOURCE_KEYS: { readonly [K in ResourceKind]: readonly (keyof ResourceOfKind<K>)[] } = {
  region: ['id', 'kind', 'name', 'description'],
  availabilityZone: ['id', 'kind', 'name', 'description', 'region', 'order', 'externalNetworks'],
  network: ['id', 'kind', 'name', 'description', 'region', 'availabilityZoneHints', 'mtu', 'portSecurity'],
  subnet: ['id', 'kind', 'name', 'description', 'network', 'cidr', 'gatewayIp', 'enableDhcp', 'allocationPools', 'dnsNameservers', 'hostRoutes', 'role'],
  router: ['id', 'kind', 'name', 'description', 'availabilityZoneHints', 'externalNetwork', 'enableSnat', 'routes'],
  floatingIp: ['id', 'kind', 'name', 'description', 'pool', 'address'],
  publicPort: ['id', 'kind', 'name', 'description', 'network', 'instance', 'address'],
  instance: ['id', 'kind', 'name', 'description', 'availabilityZone', 'flavor', 'role', 'serverGroup'],
  volume: ['id', 'kind', 'name', 'description', 'availabilityZone', 'sizeGb', 'volumeType', 'backupEnabled'],
  loadBalancer: ['id', 'kind', 'name', 'description', 'availabilityZone', 'vipSubnet', 'vipAddress'],
  listener: ['id', 'kind', 'name', 'description', 'loadBalancer', 'protocol', 'protocolPort', 'defaultPool', 'tlsCertificateRef', 'allowedCidrs', 'insertHeaders', 'l7Policies'],
  pool: ['id', 'kind', 'name', 'description', 'loadBalancer', 'protocol', 'lbAlgorithm', 'sessionPersistence', 'cookieName'],
  poolMember: ['id', 'kind', 'name', 'description', 'pool', 'instance', 'protocolPort', 'subnet', 'weight', 'backup', 'adminStateUp', 'address', 'monitorAddress', 'monitorPort'],
  healthMonitor: ['id', 'kind', 'name', 'description', 'pool', 'type', 'delay', 'timeout', 'maxRetries', 'urlPath', 'httpMethod', 'expectedCodes', 'adminStateUp'],
  globalLoadBalancer: ['id', 'kind', 'name', 'description', 'method', 'healthCheck'],
  dnsZone: ['id', 'kind', 'name', 'description', 'email', 'ttl'],
  dnsRecord: ['id', 'kind', 'name', 'description', 'zone', 'recordType', 'ttl', 'mode'],
  objectStorageEndpoint: ['id', 'kind', 'name', 'description', 'availabilityZone', 'api', 'replicated', 'url'],
};

/** The keys of each relation kind. */
export const RELATION_KEYS: { readonly [K in RelationKind]: readonly (keyof RelationOfKind<K>)[] } = {
  routerInterface: ['id', 'kind', 'from', 'to', 'ip'],
  port: ['id', 'kind', 'from', 'to', 'fixedIp', 'primary'],
  fipAssociation: ['id', 'kind', 'from', 'to', 'portSubnet', 'fixedIp'],
  volumeAttachment: ['id', 'kind', 'from', 'to'],
  dependsOn: ['id', 'kind', 'from', 'to', 'required', 'via', 'failoverGroup', 'label'],
  replicatesWith: ['id', 'kind', 'from', 'to'],
  glbTarget: ['id', 'kind', 'from', 'to'],
  dnsTarget: ['id', 'kind', 'from', 'to', 'role'],
};
