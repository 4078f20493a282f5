/**
 * Address choice on a subnet when the user draws a connection: which IP a new router interface gets.
 */
import { formatIpv4, parseCidr, parseIpv4 } from './cidr';
import type { Design, ResourceId, Subnet } from './types';

/** The addresses written down as taken on a subnet: interface IPs, fixed IPs, VIP addresses. */
export function usedAddresses(design: Design, subnetId: ResourceId): Set<string> {
  const used = new Set<string>();
  for (const rel of design.relations) {
    if (rel.to !== subnetId) continue;
    if (rel.kind === 'routerInterface' && rel.ip !== null) used.add(rel.ip);
    if (rel.kind === 'port' && rel.fixedIp !== null) used.add(rel.fixedIp);
  }
  for (const r of design.resources) {
    if (r.kind === 'loadBalancer' && r.vipSubnet === subnetId && r.vipAddress !== null) used.add(r.vipAddress);
  }
  return used;
}

/** True when a router interface or an instance port holds the subnet's gateway IP. */
export function gatewayHeld(design: Design, subnet: Subnet): boolean {
  if (subnet.gatewayIp === null) return false;
  return design.relations.some(
    (rel) =>
      rel.to === subnet.id &&
      ((rel.kind === 'routerInterface' && rel.ip === subnet.gatewayIp) ||
        (rel.kind === 'port' && rel.fixedIp === subnet.gatewayIp)),
  );
}

/**
 * The lowest host address of the subnet's CIDR that is neither taken nor the gateway IP; null when
 * the CIDR is malformed or every address is taken.
 */
export function nextFreeAddress(design: Design, subnet: Subnet): string | null {
  const cidr = parseCidr(subnet.cidr);
  if (!cidr) return null;
  const used = usedAddresses(design, subnet.id);
  const gateway = subnet.gatewayIp === null ? null : parseIpv4(subnet.gatewayIp);
  // /31 and /32 have no network or broadcast address to skip (RFC 3021).
  const first = cidr.prefix >= 31 ? cidr.base : cidr.base + 1;
  const last = cidr.prefix >= 31 ? cidr.base + 2 ** (32 - cidr.prefix) - 1 : cidr.base + 2 ** (32 - cidr.prefix) - 2;
  for (let ip = first; ip <= last; ip++) {
    const text = formatIpv4(ip);
    if (ip !== gateway && !used.has(text)) return text;
  }
  return null;
}

/** The outcome of choosing a new router interface's address. */
export interface InterfaceAddress {
  ip: string | null;
  /** True when the subnet has a valid CIDR and no address is left. */
  full: boolean;
}

/**
 * The IP a new router interface on `subnet` gets: the gateway IP while nobody holds it, otherwise
 * the next free host address. `ip` is null (to be filled in by hand) when the CIDR is malformed.
 */
export function interfaceAddressFor(design: Design, subnet: Subnet): InterfaceAddress {
  if (subnet.gatewayIp !== null && !gatewayHeld(design, subnet)) return { ip: subnet.gatewayIp, full: false };
  const ip = nextFreeAddress(design, subnet);
  return { ip, full: ip === null && parseCidr(subnet.cidr) !== null };
}
