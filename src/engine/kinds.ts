/**
 * Resource kinds as small integers, so hot loops read one byte per resource instead of comparing
 * kind strings, and an index of resources by kind, so rules visit only the resources they are about.
 */
import type { Resource, ResourceKind } from '../model/types';

export const K_REGION = 0;
export const K_AZ = 1;
export const K_NETWORK = 2;
export const K_SUBNET = 3;
export const K_ROUTER = 4;
export const K_INSTANCE = 5;
export const K_VOLUME = 6;
export const K_FLOATING_IP = 7;
export const K_PUBLIC_PORT = 8;
export const K_LOAD_BALANCER = 9;
export const K_LISTENER = 10;
export const K_POOL = 11;
export const K_POOL_MEMBER = 12;
export const K_HEALTH_MONITOR = 13;
export const K_GLB = 14;
export const K_DNS_ZONE = 15;
export const K_DNS_RECORD = 16;
export const K_ENDPOINT = 17;
/** The number of kind codes. */
export const KIND_COUNT = 18;

/** The code of each kind. */
export const KIND_CODE: Readonly<Record<ResourceKind, number>> = {
  region: K_REGION,
  availabilityZone: K_AZ,
  network: K_NETWORK,
  subnet: K_SUBNET,
  router: K_ROUTER,
  instance: K_INSTANCE,
  volume: K_VOLUME,
  floatingIp: K_FLOATING_IP,
  publicPort: K_PUBLIC_PORT,
  loadBalancer: K_LOAD_BALANCER,
  listener: K_LISTENER,
  pool: K_POOL,
  poolMember: K_POOL_MEMBER,
  healthMonitor: K_HEALTH_MONITOR,
  globalLoadBalancer: K_GLB,
  dnsZone: K_DNS_ZONE,
  dnsRecord: K_DNS_RECORD,
  objectStorageEndpoint: K_ENDPOINT,
};

/** Resource indexes grouped by kind: `order[offsets[k] .. offsets[k + 1])` are those of kind code k. */
export interface KindIndex {
  /** Kind code per resource index. */
  readonly kindCode: Uint8Array;
  /** Per kind code, the indexes of its resources in document order (views of one buffer). */
  readonly byKind: readonly Int32Array[];
}

/** Builds the kind codes and the by-kind index (a counting sort, so document order is kept). */
export function buildKindIndex(resources: readonly Resource[]): KindIndex {
  const n = resources.length;
  const kindCode = new Uint8Array(n);
  const counts = new Int32Array(KIND_COUNT + 1);
  for (let i = 0; i < n; i++) {
    const code = KIND_CODE[(resources[i] as Resource).kind];
    kindCode[i] = code;
    counts[code + 1] = (counts[code + 1] ?? 0) + 1;
  }
  for (let k = 1; k <= KIND_COUNT; k++) counts[k] = (counts[k] ?? 0) + (counts[k - 1] ?? 0);
  const order = new Int32Array(n);
  const next = counts.slice(0, KIND_COUNT);
  for (let i = 0; i < n; i++) {
    const code = kindCode[i] as number;
    order[next[code] as number] = i;
    next[code] = (next[code] as number) + 1;
  }
  const byKind: Int32Array[] = [];
  for (let k = 0; k < KIND_COUNT; k++) byKind.push(order.subarray(counts[k], counts[k + 1]));
  return { kindCode, byKind };
}
