/**
 * IPv4 addresses and CIDR blocks as unsigned 32-bit numbers. Only IPv4 is modelled: the provider's
 * tenant networks and all examples are IPv4.
 */

export interface Cidr {
  /** Network address (host bits cleared), as an unsigned 32-bit number. */
  base: number;
  prefix: number;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** Parses a dotted-quad IPv4 address; null when it is not one. */
export function parseIpv4(text: string): number | null {
  const m = IPV4.exec(text.trim());
  if (!m) return null;
  let value = 0;
  for (let i = 1; i <= 4; i++) {
    const octet = Number(m[i]);
    if (octet > 255) return null;
    value = value * 256 + octet;
  }
  return value;
}

export function formatIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

function maskOf(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/** Parses `a.b.c.d/n`; host bits are cleared. Null when malformed. */
export function parseCidr(text: string): Cidr | null {
  const slash = text.indexOf('/');
  if (slash < 0) return null;
  const ip = parseIpv4(text.slice(0, slash));
  const prefixText = text.slice(slash + 1).trim();
  if (ip === null || !/^\d{1,2}$/.test(prefixText)) return null;
  const prefix = Number(prefixText);
  if (prefix > 32) return null;
  return { base: (ip & maskOf(prefix)) >>> 0, prefix };
}

/** Why a CIDR string is not valid, in words for the inspector; null when it is valid. */
export function cidrProblem(text: string): string | null {
  const slash = text.indexOf('/');
  if (slash < 0) return 'A CIDR needs a prefix length, e.g. 172.29.45.0/24.';
  const ip = parseIpv4(text.slice(0, slash));
  if (ip === null) return `"${text.slice(0, slash)}" is not an IPv4 address.`;
  const parsed = parseCidr(text);
  if (!parsed) return 'The prefix length must be a whole number from 0 to 32.';
  if (parsed.base !== ip) return `Host bits are set; the network address is ${formatCidr(parsed)}.`;
  return null;
}

export function formatCidr(cidr: Cidr): string {
  return `${formatIpv4(cidr.base)}/${cidr.prefix}`;
}

export function cidrSize(cidr: Cidr): number {
  return 2 ** (32 - cidr.prefix);
}

/** True when the address lies inside the block. */
export function cidrContainsIp(cidr: Cidr, ip: number): boolean {
  return (ip & maskOf(cidr.prefix)) >>> 0 === cidr.base;
}

/** True when `inner` lies entirely inside `outer`. */
export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  return inner.prefix >= outer.prefix && cidrContainsIp(outer, inner.base);
}

export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  return cidrContains(a, b) || cidrContains(b, a);
}

/** String convenience: is `ip` inside `cidr`? False when either is malformed. */
export function ipInCidr(ip: string, cidr: string): boolean {
  const c = parseCidr(cidr);
  const a = parseIpv4(ip);
  return c !== null && a !== null && cidrContainsIp(c, a);
}

/** The conventional gateway of a block: its first host address (`.1` of a /24). */
export function firstHost(cidr: Cidr): string {
  return formatIpv4(cidr.prefix >= 31 ? cidr.base : cidr.base + 1);
}
