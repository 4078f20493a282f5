/**
 * The zod schema of every resource kind (DOMAIN.md 1.2). Each kind is a plain object schema (the
 * source of its key order and of the published JSON Schema) followed by a transform that fills the
 * defaults that depend on other fields of the same resource: `name` (the id), a subnet's gateway (the
 * first host of its CIDR, as Neutron does), an AZ's external network name.
 *
 * Defaults that depend on *other* resources (an AZ's `order`, an endpoint's `url`) are filled by
 * restore before parsing; the transforms only hold a neutral fallback for them.
 */
import { z } from 'zod';
import { firstHost, parseCidr } from './cidr';
import type { ResourceId } from './ids';
import { defaultExternalNetworkName } from './provider-names';
import {
  bool,
  cidr,
  ipv4,
  list,
  nonEmptyText,
  nullableIpv4,
  nullableRef,
  nullableText,
  oneOf,
  ref,
  resourceBase,
  text,
  wholeNumber,
} from './schema-primitives';
import {
  healthMonitorObject,
  l7Policy,
  listenerObject,
  loadBalancerObject,
  poolMemberObject,
  poolObject,
} from './schema-load-balancing';

/** Fills `name` with the id when it was left out. */
function named<T extends { id: ResourceId; name?: string | undefined }>(r: T): Omit<T, 'name'> & { name: string } {
  return { ...r, name: r.name ?? r.id };
}

const ttl = () => wholeNumber(1, 2147483647);
const azRefs = () => list(ref('an availability zone'), 'must be a list of availability zone ids');
const externalNetworkName = () => nonEmptyText('must be the name of an external network, such as europe-se-1-1a-net0');

const regionObject = z.object({ ...resourceBase('region') }).describe('A region with its own control plane.');

const availabilityZoneObject = z
  .object({
    ...resourceBase('availabilityZone'),
    region: ref('a region'),
    order: wholeNumber(0, 9999).optional().describe("Position in the region; defaults to the AZ's position in the file."),
    externalNetworks: list(externalNetworkName(), 'must be a list of external network names')
      .optional()
      .describe('Defaults to [<region>-<n>-<n><letter>-net0], e.g. europe-se-1-1a-net0 for europe-se-1a.'),
  })
  .describe('An availability zone of a region.');

const networkObject = z
  .object({
    ...resourceBase('network'),
    region: ref('a region'),
    availabilityZoneHints: azRefs().default([]),
    mtu: wholeNumber(68, 9000).default(1450), // Binero's private network MTU (DOMAIN.md 0.2)
    portSecurity: bool().default(true),
  })
  .describe('A private network; it stretches over every AZ of its region.');

const allocationPool = z.object(
  { start: ipv4(), end: ipv4() },
  { error: 'must be an object with start and end addresses' },
);
const route = z.object(
  { destinationCidr: cidr(), nextHop: ipv4() },
  { error: 'must be an object with destinationCidr and nextHop' },
);

const subnetObject = z
  .object({
    ...resourceBase('subnet'),
    network: ref('a network'),
    cidr: cidr(),
    gatewayIp: nullableIpv4()
      .optional()
      .describe('Defaults to the first host of the CIDR; null disables the gateway.'),
    enableDhcp: bool().default(true),
    allocationPools: list(allocationPool, 'must be a list of address ranges').default([]),
    dnsNameservers: list(ipv4(), 'must be a list of IPv4 addresses').default([]),
    hostRoutes: list(route, 'must be a list of routes').default([]),
    role: oneOf(['workload', 'link', 'back']).default('workload'),
  })
  .describe('A subnet of a private network.');

const routerObject = z
  .object({
    ...resourceBase('router'),
    availabilityZoneHints: azRefs().default([]),
    externalNetwork: externalNetworkName().nullable().default(null),
    enableSnat: bool().default(true), // on by default (DOMAIN.md 1.2 #6)
    routes: list(route, 'must be a list of routes').default([]),
  })
  .describe('A router; it lives in one AZ, chosen by its hints.');

const instanceObject = z
  .object({
    ...resourceBase('instance'),
    availabilityZone: nullableRef('an availability zone').default(null),
    flavor: text().default('standard'),
    role: oneOf(['web', 'app', 'db', 'bastion', 'vpn', 'custom-router', 'other']).default('other'),
    serverGroup: nullableText().default(null),
  })
  .describe('A compute instance in one AZ.');

const volumeObject = z
  .object({
    ...resourceBase('volume'),
    availabilityZone: nullableRef('an availability zone').default(null),
    sizeGb: wholeNumber(1, 100000).default(20),
    volumeType: oneOf(['ssd', 'hdd', 'nvme']).default('ssd'),
    backupEnabled: bool().default(false),
  })
  .describe('A block storage volume in one AZ.');

const floatingIpObject = z
  .object({
    ...resourceBase('floatingIp'),
    pool: externalNetworkName(),
    address: nullableIpv4().default(null),
  })
  .describe('A floating IP from the external network of one AZ.');

const publicPortObject = z
  .object({
    ...resourceBase('publicPort'),
    network: externalNetworkName(),
    instance: nullableRef('an instance').default(null),
    address: nullableIpv4().default(null),
  })
  .describe('A directly attached IP: an instance port on an external network.');

const globalLoadBalancerObject = z
  .object({
    ...resourceBase('globalLoadBalancer'),
    method: oneOf(['dns', 'anycast']).default('dns'),
    healthCheck: text().default('HTTP GET /'),
  })
  .describe('A global load balancer outside the provider.');

const dnsZoneObject = z
  .object({
    ...resourceBase('dnsZone'),
    email: nullableText().default(null),
    ttl: ttl().default(3600),
  })
  .describe('A DNS zone served from anycast, outside the AZs.');

const dnsRecordObject = z
  .object({
    ...resourceBase('dnsRecord'),
    zone: nullableRef('a DNS zone').default(null),
    recordType: oneOf(['A', 'AAAA', 'CNAME']).default('A'),
    ttl: ttl().default(300),
    mode: oneOf(['single', 'multi']).default('single'),
  })
  .describe('A DNS record set; its answers are dnsTarget relations.');

const objectStorageEndpointObject = z
  .object({
    ...resourceBase('objectStorageEndpoint'),
    availabilityZone: nullableRef('an availability zone').default(null),
    api: oneOf(['s3', 'swift']).default('s3'),
    replicated: bool().default(false),
    url: text().optional().describe("Defaults to the provider's endpoint URL for the AZ, API and replication."),
  })
  .describe('An object storage endpoint of one AZ.');

/** The plain object schema of each kind: its keys, in canonical order, and its input JSON Schema. */
export const resourceObjectSchemas = {
  region: regionObject,
  availabilityZone: availabilityZoneObject,
  network: networkObject,
  subnet: subnetObject,
  router: routerObject,
  floatingIp: floatingIpObject,
  publicPort: publicPortObject,
  instance: instanceObject,
  volume: volumeObject,
  loadBalancer: loadBalancerObject,
  listener: listenerObject,
  pool: poolObject,
  poolMember: poolMemberObject,
  healthMonitor: healthMonitorObject,
  globalLoadBalancer: globalLoadBalancerObject,
  dnsZone: dnsZoneObject,
  dnsRecord: dnsRecordObject,
  objectStorageEndpoint: objectStorageEndpointObject,
} as const;

/** The full schema of each kind: parses raw input into a complete resource with every default. */
export const resourceSchemas = {
  region: regionObject.transform(named),
  availabilityZone: availabilityZoneObject.transform((r) => {
    const az = named(r);
    return { ...az, order: az.order ?? 0, externalNetworks: az.externalNetworks ?? [defaultExternalNetworkName(az.name)] };
  }),
  network: networkObject.transform(named),
  subnet: subnetObject.transform((r) => {
    const parsed = parseCidr(r.cidr);
    // The cidr check has passed, so `parsed` is set; Neutron's default gateway is the first host.
    const gatewayIp = r.gatewayIp !== undefined ? r.gatewayIp : parsed ? firstHost(parsed) : null;
    return { ...named(r), gatewayIp };
  }),
  router: routerObject.transform(named),
  floatingIp: floatingIpObject.transform(named),
  publicPort: publicPortObject.transform(named),
  instance: instanceObject.transform(named),
  volume: volumeObject.transform(named),
  loadBalancer: loadBalancerObject.transform(named),
  listener: listenerObject.transform(named),
  pool: poolObject.transform(named),
  poolMember: poolMemberObject.transform(named),
  healthMonitor: healthMonitorObject.transform(named),
  globalLoadBalancer: globalLoadBalancerObject.transform(named),
  dnsZone: dnsZoneObject.transform(named),
  dnsRecord: dnsRecordObject.transform(named),
  objectStorageEndpoint: objectStorageEndpointObject.transform((r) => ({ ...named(r), url: r.url ?? '' })),
} as const;

/** Any resource, chosen by its `kind`. */
export const resourceSchema = z.discriminatedUnion('kind', [
  resourceSchemas.region,
  resourceSchemas.availabilityZone,
  resourceSchemas.network,
  resourceSchemas.subnet,
  resourceSchemas.router,
  resourceSchemas.floatingIp,
  resourceSchemas.publicPort,
  resourceSchemas.instance,
  resourceSchemas.volume,
  resourceSchemas.loadBalancer,
  resourceSchemas.listener,
  resourceSchemas.pool,
  resourceSchemas.poolMember,
  resourceSchemas.healthMonitor,
  resourceSchemas.globalLoadBalancer,
  resourceSchemas.dnsZone,
  resourceSchemas.dnsRecord,
  resourceSchemas.objectStorageEndpoint,
]);

/** The schemas of the objects nested inside resources, for canonical key order. */
export const nestedResourceObjectSchemas = { allocationPool, route, l7Policy } as const;
