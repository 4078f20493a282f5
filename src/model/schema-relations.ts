/**
 * The zod schema of every relation kind and the resource kinds each may connect (DOMAIN.md 1.3).
 *
 * `dependsOn.via` and `dnsTarget.role` default from the resources at the ends of the relation;
 * restore fills them before parsing, the transforms only hold a fallback for factory calls.
 */
import { z } from 'zod';
import {
  bool,
  nonEmptyText,
  nullableIpv4,
  nullableRef,
  oneOf,
  ref,
  relationIdSchema,
  text,
  wholeNumber,
} from './schema-primitives';
import type { DependencyVia, DnsTargetRole, RelationKind, ResourceKind } from './types';

function base<const K extends RelationKind>(kind: K) {
  return { id: relationIdSchema, kind: z.literal(kind), from: ref('a resource'), to: ref('a resource') };
}

const routerInterfaceObject = z
  .object({ ...base('routerInterface'), ip: nullableIpv4().default(null) })
  .describe("Router → subnet; the router is the subnet's gateway when ip equals the subnet's gatewayIp.");

const portObject = z
  .object({
    ...base('port'),
    fixedIp: nullableIpv4().default(null),
    primary: bool().default(false).describe("The port carrying the default route; an instance's only port is primary."),
  })
  .describe('Instance → subnet: a network port.');

const fipAssociationObject = z
  .object({
    ...base('fipAssociation'),
    portSubnet: nullableRef('a subnet').default(null),
    fixedIp: nullableIpv4().default(null),
  })
  .describe('Floating IP → instance or load balancer.');

const volumeAttachmentObject = z.object({ ...base('volumeAttachment') }).describe('Volume → instance.');

const failoverMembership = z.object(
  {
    group: nonEmptyText('must be a non-empty group name'),
    order: wholeNumber(0, 9999).default(0),
    failover: oneOf(['automatic', 'manual']).default('automatic'),
  },
  { error: 'must be an object with a group name, an order and a failover mode, or null' },
);

const dependsOnObject = z
  .object({
    ...base('dependsOn'),
    required: bool().default(true),
    via: oneOf(['private', 'public'])
      .optional()
      .describe('Defaults to private when the target is an instance or load balancer, public otherwise.'),
    failoverGroup: failoverMembership.nullable().default(null),
    label: text().default(''),
  })
  .describe('Instance → what it needs to work.');

const replicatesWithObject = z.object({ ...base('replicatesWith') }).describe('Instance ↔ instance data replication.');

const glbTargetObject = z.object({ ...base('glbTarget') }).describe('Global load balancer → floating IP or public port.');

const dnsTargetObject = z
  .object({
    ...base('dnsTarget'),
    role: oneOf(['primary', 'standby', 'member'])
      .optional()
      .describe("Defaults to primary for a single-answer record, member for a multi-answer one."),
  })
  .describe('DNS record → floating IP, public port or global load balancer.');

/** The plain object schema of each relation kind (key order and input JSON Schema). */
export const relationObjectSchemas = {
  routerInterface: routerInterfaceObject,
  port: portObject,
  fipAssociation: fipAssociationObject,
  volumeAttachment: volumeAttachmentObject,
  dependsOn: dependsOnObject,
  replicatesWith: replicatesWithObject,
  glbTarget: glbTargetObject,
  dnsTarget: dnsTargetObject,
} as const;

/** The full schema of each relation kind, with every default filled. */
export const relationSchemas = {
  routerInterface: routerInterfaceObject,
  port: portObject,
  fipAssociation: fipAssociationObject,
  volumeAttachment: volumeAttachmentObject,
  dependsOn: dependsOnObject.transform((r) => ({ ...r, via: r.via ?? ('private' satisfies DependencyVia) })),
  replicatesWith: replicatesWithObject,
  glbTarget: glbTargetObject,
  dnsTarget: dnsTargetObject.transform((r) => ({ ...r, role: r.role ?? ('primary' satisfies DnsTargetRole) })),
} as const;

export const relationSchema = z.discriminatedUnion('kind', [
  relationSchemas.routerInterface,
  relationSchemas.port,
  relationSchemas.fipAssociation,
  relationSchemas.volumeAttachment,
  relationSchemas.dependsOn,
  relationSchemas.replicatesWith,
  relationSchemas.glbTarget,
  relationSchemas.dnsTarget,
]);

export const nestedRelationObjectSchemas = { failoverMembership } as const;

/** Which resource kinds may sit at each end of a relation (DOMAIN.md 1.3). */
export const RELATION_ENDPOINTS: {
  readonly [K in RelationKind]: { readonly from: readonly ResourceKind[]; readonly to: readonly ResourceKind[] };
} = {
  routerInterface: { from: ['router'], to: ['subnet'] },
  port: { from: ['instance'], to: ['subnet'] },
  fipAssociation: { from: ['floatingIp'], to: ['instance', 'loadBalancer'] },
  volumeAttachment: { from: ['volume'], to: ['instance'] },
  dependsOn: {
    from: ['instance'],
    to: ['instance', 'objectStorageEndpoint', 'floatingIp', 'loadBalancer', 'dnsRecord', 'globalLoadBalancer'],
  },
  replicatesWith: { from: ['instance'], to: ['instance'] },
  glbTarget: { from: ['globalLoadBalancer'], to: ['floatingIp', 'publicPort'] },
  dnsTarget: { from: ['dnsRecord'], to: ['floatingIp', 'publicPort', 'globalLoadBalancer'] },
};

/** The default `via` of a dependency: private to instances and load balancers, public otherwise. */
export function defaultDependencyVia(targetKind: ResourceKind): DependencyVia {
  return targetKind === 'instance' || targetKind === 'loadBalancer' ? 'private' : 'public';
}

/** The default role of a DNS target: the one answer of a single record, a member of a multi record. */
export function defaultDnsTargetRole(recordMode: 'single' | 'multi'): DnsTargetRole {
  return recordMode === 'single' ? 'primary' : 'member';
}
