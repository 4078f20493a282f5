/**
 * Words the canvas shows: resource kind titles ("Floating IP") and connection kind names.
 */
import type { ConnectionKind } from '../model/connections';
import { RESOURCE_KIND_LABELS } from '../model/connectionReasons';
import type { ResourceKind } from '../model/types';

/** A resource kind as a title: "Floating IP", "Availability zone". */
export function kindTitle(kind: ResourceKind): string {
  const label = RESOURCE_KIND_LABELS[kind];
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** The name of each connection kind, as the legend and the kind chooser show it. */
export const CONNECTION_KIND_LABELS: Readonly<Record<ConnectionKind, string>> = {
  routerInterface: 'Router interface',
  staticRoute: 'Static route',
  port: 'Port',
  dependsOn: 'Depends on',
  replicatesWith: 'Replicates with',
  fipAssociation: 'Floating IP association',
  volumeAttachment: 'Volume attachment',
  publicPortOf: 'Public port attachment',
  glbTarget: 'Global LB target',
  dnsTarget: 'DNS target',
  recordOf: 'Record in zone',
  subnetOf: 'Subnet of network',
  vip: 'Load balancer VIP',
  listenerOf: 'Listener of load balancer',
  defaultPool: 'Default pool',
  poolOf: 'Pool of load balancer',
  poolMember: 'Pool member',
  monitors: 'Health monitor of pool',
  memberOf: 'Member of pool',
  memberTarget: 'Member target',
};
