/**
 * The Faultline design document: the semantics of a cloud network design (DOMAIN.md section 1),
 * kept apart from its canvas layout. Plain, immutable data; the engine reads only {@link Design}.
 *
 * Conventions:
 * - One-to-one and many-to-one references that define what a resource *is* (a subnet's network, a
 *   listener's load balancer, a member's pool and instance) are typed properties of the resource.
 * - Many-to-many connections the user draws (ports, router interfaces, floating IP associations,
 *   dependencies, targets, volume attachments, replication) are {@link Relation}s.
 * - Static routes are router properties (`routes`), as in OpenStack; the router-to-router
 *   `staticRoute` relation of DOMAIN.md 1.3 is derived from the next-hop IP (see `topology`).
 * - External networks are implicit and provider-owned: each AZ lists the names of its external
 *   networks; routers, floating IPs and public ports refer to them by name.
 */
import type { DesignId, RelationId, ResourceId } from './ids';

export type { DesignId, RelationId, ResourceId } from './ids';

/** The format tag every design file carries. */
export const FORMAT_TAG = 'faultline.design';
/** The current version of the design file format. */
export const FORMAT_VERSION = 1;

// ---------------------------------------------------------------------------------------------
// Resources
// ---------------------------------------------------------------------------------------------

interface ResourceBase {
  id: ResourceId;
  /** The user-facing name (unique names are advised, not required). */
  name: string;
  /** Free text notes. */
  description?: string;
}

/** 1. A region: autonomous, with its own control plane; its AZs are the AZs that name it. */
export interface Region extends ResourceBase {
  kind: 'region';
}

/** 2. An availability zone. `order` is its position in the region (the multi-hint router rule). */
export interface AvailabilityZone extends ResourceBase {
  kind: 'availabilityZone';
  region: ResourceId;
  order: number;
  /** Names of the provider's external networks local to this AZ, e.g. `europe-se-1-1a-net0`. */
  externalNetworks: string[];
}

/** 4. A private network: region-scoped, stretches over every AZ of its region. */
export interface Network extends ResourceBase {
  kind: 'network';
  region: ResourceId;
  /** Informational only for the failure model (DOMAIN.md 2.10). */
  availabilityZoneHints: ResourceId[];
  mtu: number;
  portSecurity: boolean;
}

export type SubnetRole = 'workload' | 'link' | 'back';

export interface AllocationPool {
  start: string;
  end: string;
}

export interface HostRoute {
  destinationCidr: string;
  nextHop: string;
}

/** 5. A subnet of a private network (region-scoped through its network). */
export interface Subnet extends ResourceBase {
  kind: 'subnet';
  network: ResourceId;
  cidr: string;
  /** The default gateway IP, or null for "disable gateway" (a non-routed back network). */
  gatewayIp: string | null;
  enableDhcp: boolean;
  allocationPools: AllocationPool[];
  dnsNameservers: string[];
  hostRoutes: HostRoute[];
  role: SubnetRole;
}

export interface StaticRoute {
  destinationCidr: string;
  /** An interface IP of the next-hop router on a subnet both routers are attached to. */
  nextHop: string;
}

/** 6. A router: AZ-scoped, its AZ derived from its hints (DOMAIN.md 2.2). */
export interface Router extends ResourceBase {
  kind: 'router';
  availabilityZoneHints: ResourceId[];
  /** Name of the external network of its gateway, or null without external gateway. */
  externalNetwork: string | null;
  enableSnat: boolean;
  routes: StaticRoute[];
}

export type InstanceRole = 'web' | 'app' | 'db' | 'bastion' | 'vpn' | 'custom-router' | 'other';

/** 7. A compute instance: local to one AZ. Its ports are `port` relations. */
export interface Instance extends ResourceBase {
  kind: 'instance';
  /** Null means "not chosen": it lands in the default zone (DOMAIN.md 2.2). */
  availabilityZone: ResourceId | null;
  flavor: string;
  role: InstanceRole;
  serverGroup: string | null;
}

export type VolumeType = 'ssd' | 'hdd' | 'nvme';

/** 8. A block storage volume: local to one AZ. Attached through `volumeAttachment` relations. */
export interface Volume extends ResourceBase {
  kind: 'volume';
  availabilityZone: ResourceId | null;
  sizeGb: number;
  volumeType: VolumeType;
  /** Whether the provider's backup service backs this volume up (finding F40). */
  backupEnabled: boolean;
}

/** 9. A floating IP: local to the AZ of its pool (external network). Associated by `fipAssociation`. */
export interface FloatingIp extends ResourceBase {
  kind: 'floatingIp';
  /** External network name, which fixes the AZ. */
  pool: string;
  address: string | null;
}

/** 10. A directly attached IP: an instance port on an external network, local to that network's AZ. */
export interface PublicPort extends ResourceBase {
  kind: 'publicPort';
  /** External network name. */
  network: string;
  /** The instance the port is attached to, or null when detached. */
  instance: ResourceId | null;
  address: string | null;
}

/** 11. An Octavia load balancer: local to one AZ (default: the region's first). */
export interface LoadBalancer extends ResourceBase {
  kind: 'loadBalancer';
  availabilityZone: ResourceId | null;
  vipSubnet: ResourceId | null;
  vipAddress: string | null;
}

export type ListenerProtocol = 'TCP' | 'UDP' | 'HTTP' | 'HTTPS' | 'TERMINATED_HTTPS';
export type L7Action = 'REDIRECT_TO_URL' | 'REDIRECT_PREFIX' | 'REDIRECT_TO_POOL' | 'REJECT';

export interface L7Policy {
  action: L7Action;
  /** URL or prefix for redirects; pool id for REDIRECT_TO_POOL. */
  value: string | null;
}

/** 12. A listener of a load balancer. */
export interface Listener extends ResourceBase {
  kind: 'listener';
  loadBalancer: ResourceId;
  protocol: ListenerProtocol;
  protocolPort: number;
  defaultPool: ResourceId | null;
  tlsCertificateRef: string | null;
  allowedCidrs: string[];
  insertHeaders: string[];
  l7Policies: L7Policy[];
}

export type PoolProtocol = 'TCP' | 'UDP' | 'HTTP' | 'HTTPS' | 'PROXY' | 'PROXYV2' | 'SCTP';
export type LbAlgorithm = 'ROUND_ROBIN' | 'LEAST_CONNECTIONS' | 'SOURCE_IP' | 'SOURCE_IP_PORT';
export type SessionPersistence = 'none' | 'SOURCE_IP' | 'HTTP_COOKIE' | 'APP_COOKIE';

/** 13. A pool of a load balancer. */
export interface Pool extends ResourceBase {
  kind: 'pool';
  loadBalancer: ResourceId;
  protocol: PoolProtocol;
  lbAlgorithm: LbAlgorithm;
  sessionPersistence: SessionPersistence;
  cookieName: string | null;
}

/** 14. A pool member: a backend instance of a pool. */
export interface PoolMember extends ResourceBase {
  kind: 'poolMember';
  pool: ResourceId;
  /** The backend instance (or, for the LB-failover pattern of F41, null with `address` set). */
  instance: ResourceId | null;
  protocolPort: number;
  /** Octavia `subnet_id`: when set, the amphora is plugged into this subnet's network. */
  subnet: ResourceId | null;
  weight: number;
  backup: boolean;
  adminStateUp: boolean;
  /** An explicit member address (e.g. another LB's VIP or floating IP address). */
  address: string | null;
  monitorAddress: string | null;
  monitorPort: number | null;
}

export type HealthMonitorType = 'PING' | 'TCP' | 'HTTP' | 'HTTPS' | 'TLS-HELLO' | 'UDP-CONNECT';

/** 15. A health monitor of a pool. */
export interface HealthMonitor extends ResourceBase {
  kind: 'healthMonitor';
  pool: ResourceId;
  type: HealthMonitorType;
  delay: number;
  timeout: number;
  maxRetries: number;
  urlPath: string;
  httpMethod: string;
  expectedCodes: string;
  adminStateUp: boolean;
}

/** 16. A global load balancer: outside the provider, never fails with a zone. Targets are relations. */
export interface GlobalLoadBalancer extends ResourceBase {
  kind: 'globalLoadBalancer';
  method: 'dns' | 'anycast';
  healthCheck: string;
}

/** 17. A DNS zone (anycast, outside the provider's AZs). */
export interface DnsZone extends ResourceBase {
  kind: 'dnsZone';
  email: string | null;
  ttl: number;
}

export type DnsRecordType = 'A' | 'AAAA' | 'CNAME';

/** 18. A DNS record set. Targets are `dnsTarget` relations with a role. */
export interface DnsRecord extends ResourceBase {
  kind: 'dnsRecord';
  zone: ResourceId | null;
  recordType: DnsRecordType;
  ttl: number;
  /** `single`: one answer, re-pointed by hand; `multi`: several A records. */
  mode: 'single' | 'multi';
}

/** 19. An object storage endpoint: local to the AZ named in its hostname. */
export interface ObjectStorageEndpoint extends ResourceBase {
  kind: 'objectStorageEndpoint';
  availabilityZone: ResourceId | null;
  api: 's3' | 'swift';
  replicated: boolean;
  url: string;
}

export type Resource =
  | Region
  | AvailabilityZone
  | Network
  | Subnet
  | Router
  | Instance
  | Volume
  | FloatingIp
  | PublicPort
  | LoadBalancer
  | Listener
  | Pool
  | PoolMember
  | HealthMonitor
  | GlobalLoadBalancer
  | DnsZone
  | DnsRecord
  | ObjectStorageEndpoint;

export type ResourceKind = Resource['kind'];
export type ResourceOfKind<K extends ResourceKind> = Extract<Resource, { kind: K }>;

/** Every resource kind, in palette order. */
export const RESOURCE_KINDS = [
  'region',
  'availabilityZone',
  'network',
  'subnet',
  'router',
  'floatingIp',
  'publicPort',
  'instance',
  'volume',
  'loadBalancer',
  'listener',
  'pool',
  'poolMember',
  'healthMonitor',
  'globalLoadBalancer',
  'dnsZone',
  'dnsRecord',
  'objectStorageEndpoint',
] as const satisfies readonly ResourceKind[];

// ---------------------------------------------------------------------------------------------
// Relations
// ---------------------------------------------------------------------------------------------

interface RelationBase {
  id: RelationId;
  from: ResourceId;
  to: ResourceId;
}

/** Router → subnet. When `ip` equals the subnet's gateway IP the router is its default gateway. */
export interface RouterInterfaceRelation extends RelationBase {
  kind: 'routerInterface';
  ip: string | null;
}

/** Instance → subnet: a Neutron port. The primary port carries the default route. */
export interface PortRelation extends RelationBase {
  kind: 'port';
  fixedIp: string | null;
  primary: boolean;
}

/** Floating IP → instance or load balancer (VIP port). */
export interface FipAssociationRelation extends RelationBase {
  kind: 'fipAssociation';
  /** The subnet of the target's port the address is bound to; null = the primary port / VIP. */
  portSubnet: ResourceId | null;
  fixedIp: string | null;
}

/** Volume → instance. */
export interface VolumeAttachmentRelation extends RelationBase {
  kind: 'volumeAttachment';
}

export type DependencyVia = 'private' | 'public';

export interface FailoverMembership {
  /** Edges from the same source with the same group name form one failover group. */
  group: string;
  /** 0 = primary, 1.. = alternates in the order they are tried. */
  order: number;
  failover: 'automatic' | 'manual';
}

/** Instance → instance / object storage endpoint / floating IP / LB / DNS record / GLB. */
export interface DependsOnRelation extends RelationBase {
  kind: 'dependsOn';
  required: boolean;
  via: DependencyVia;
  failoverGroup: FailoverMembership | null;
  label: string;
}

/** Instance ↔ instance data replication (symmetric). */
export interface ReplicatesWithRelation extends RelationBase {
  kind: 'replicatesWith';
}

/** Global load balancer → floating IP or public port. */
export interface GlbTargetRelation extends RelationBase {
  kind: 'glbTarget';
}

export type DnsTargetRole = 'primary' | 'standby' | 'member';

/** DNS record → floating IP, public port or global load balancer. */
export interface DnsTargetRelation extends RelationBase {
  kind: 'dnsTarget';
  role: DnsTargetRole;
}

export type Relation =
  | RouterInterfaceRelation
  | PortRelation
  | FipAssociationRelation
  | VolumeAttachmentRelation
  | DependsOnRelation
  | ReplicatesWithRelation
  | GlbTargetRelation
  | DnsTargetRelation;

export type RelationKind = Relation['kind'];
export type RelationOfKind<K extends RelationKind> = Extract<Relation, { kind: K }>;

export const RELATION_KINDS = [
  'routerInterface',
  'port',
  'fipAssociation',
  'volumeAttachment',
  'dependsOn',
  'replicatesWith',
  'glbTarget',
  'dnsTarget',
] as const satisfies readonly RelationKind[];

// ---------------------------------------------------------------------------------------------
// Document
// ---------------------------------------------------------------------------------------------

/** The semantics of a design: what the engine analyses. */
export interface Design {
  id: DesignId;
  name: string;
  description: string;
  resources: Resource[];
  relations: Relation[];
}

/** Where a resource sits on the canvas. Never read by the engine. */
export interface NodeLayout {
  x: number;
  y: number;
  /** Explicit size (containers and nodes whose size the user changed). */
  width?: number;
  height?: number;
  /** The container the node sits in on the canvas (positions are relative to it). */
  parent?: ResourceId;
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface Layout {
  nodes: Record<string, NodeLayout>;
  viewport?: Viewport;
}

/** A design file as saved, exported and imported: format tag, version, semantics, layout. */
export interface DesignFile {
  format: typeof FORMAT_TAG;
  version: typeof FORMAT_VERSION;
  design: Design;
  layout: Layout;
}
