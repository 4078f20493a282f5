/**
 * Names and numbers for resources added from the palette: regions `europe-se-1`, `europe-se-2`, …;
 * AZs `<region>a`, `<region>b`, …; everything else `<kind>-1`, `<kind>-2`, …; subnets the next
 * free `10.0.N.0/24`; listeners the next free well-known port.
 */
import { cidrsOverlap, parseCidr } from '../model/cidr';
import type { AvailabilityZone, Design, Region, ResourceKind } from '../model/types';

/** The word new resources of each kind are numbered after. */
const NAME_BASES: Readonly<Record<ResourceKind, string>> = {
  region: 'europe-se',
  availabilityZone: 'zone',
  network: 'network',
  subnet: 'subnet',
  router: 'router',
  instance: 'instance',
  volume: 'volume',
  floatingIp: 'fip',
  publicPort: 'public-ip',
  loadBalancer: 'lb',
  listener: 'listener',
  pool: 'pool',
  poolMember: 'member',
  healthMonitor: 'monitor',
  globalLoadBalancer: 'glb',
  dnsZone: 'dns-zone',
  dnsRecord: 'dns-record',
  objectStorageEndpoint: 'object-storage',
};

/** `<base>-1`, `<base>-2`, …: the first one no resource of the design is named. */
export function nextName(design: Design, kind: ResourceKind): string {
  const taken = new Set(design.resources.map((r) => r.name));
  for (let n = 1; ; n++) {
    const name = `${NAME_BASES[kind]}-${n}`;
    if (!taken.has(name)) return name;
  }
}

const LETTERS = Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i));

/** The AZs of a region, in region order. */
export function zonesOf(design: Design, region: Region): AvailabilityZone[] {
  return design.resources
    .filter((r): r is AvailabilityZone => r.kind === 'availabilityZone' && r.region === region.id)
    .sort((a, b) => a.order - b.order);
}

/** The next AZ of a region: `<region>a`, `<region>b`, … (the first letter not taken) and its order. */
export function nextZone(design: Design, region: Region): { name: string; order: number } {
  const zones = zonesOf(design, region);
  const taken = new Set(design.resources.map((r) => r.name));
  const letter = LETTERS.find((l) => !taken.has(`${region.name}${l}`));
  const name = letter === undefined ? nextName(design, 'availabilityZone') : `${region.name}${letter}`;
  const order = zones.reduce((max, z) => Math.max(max, z.order + 1), 0);
  return { name, order };
}

/** The first `10.0.N.0/24` that overlaps no subnet of the design. */
export function nextSubnetCidr(design: Design): string {
  const used = design.resources.flatMap((r) => {
    const c = r.kind === 'subnet' ? parseCidr(r.cidr) : null;
    return c ? [c] : [];
  });
  for (let n = 0; n < 256; n++) {
    const candidate = `10.0.${n}.0/24`;
    const parsed = parseCidr(candidate);
    if (parsed && !used.some((u) => cidrsOverlap(u, parsed))) return candidate;
  }
  return '10.1.0.0/24';
}

const LISTENER_PORTS = [
  { protocolPort: 80, protocol: 'HTTP' },
  { protocolPort: 443, protocol: 'HTTPS' },
  { protocolPort: 8080, protocol: 'HTTP' },
  { protocolPort: 8443, protocol: 'HTTPS' },
] as const;

/** The first well-known port a load balancer has no listener on yet (then 9000, 9001, … over TCP). */
export function nextListenerPort(design: Design, loadBalancer: string): { protocolPort: number; protocol: 'HTTP' | 'HTTPS' | 'TCP' } {
  const used = new Set(design.resources.flatMap((r) => (r.kind === 'listener' && r.loadBalancer === loadBalancer ? [r.protocolPort] : [])));
  const known = LISTENER_PORTS.find((p) => !used.has(p.protocolPort));
  if (known) return known;
  let port = 9000;
  while (used.has(port)) port++;
  return { protocolPort: port, protocol: 'TCP' };
}
