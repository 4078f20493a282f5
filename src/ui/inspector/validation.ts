/**
 * Validation of inspector drafts, in words: what is wrong and how to fix it.
 */
import { cidrContainsIp, cidrProblem, cidrSize, firstHost, parseCidr, parseIpv4 } from '../../model/cidr';
import type { Validate } from './fields';

/** A name must not be empty. */
export const nameProblem: Validate = (text) =>
  text.trim() === '' ? 'A name cannot be empty; type a name such as web-1.' : null;

/** The problem with an IPv4 address, or null. */
export function ipProblem(text: string): string | null {
  if (parseIpv4(text) !== null) return null;
  return `“${text.trim()}” is not an IPv4 address; write four numbers from 0 to 255 separated by dots, such as 10.0.1.10.`;
}

/** A CIDR block with its host bits clear. */
export function cidrTextProblem(text: string): string | null {
  if (text.trim() === '') return 'A CIDR cannot be empty; write a block such as 10.0.1.0/24.';
  return cidrProblem(text.trim());
}

/**
 * An address on a subnet: a valid IPv4 address inside the CIDR, neither its network nor its
 * broadcast address (for prefixes up to /30). An empty text is allowed when `optional`.
 */
export function addressProblem(text: string, cidr: string | null, optional: boolean, empty = 'leave it empty'): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return optional ? null : `An address is needed here; type one such as 10.0.1.10, or ${empty}.`;
  const bad = ipProblem(trimmed);
  if (bad) return bad;
  const block = cidr === null ? null : parseCidr(cidr);
  const ip = parseIpv4(trimmed);
  if (block === null || ip === null) return null;
  if (!cidrContainsIp(block, ip)) {
    return `${trimmed} is outside the subnet ${cidr ?? ''}; pick an address inside it, such as ${firstHost(block)}.`;
  }
  if (block.prefix <= 30 && ip === block.base) {
    return `${trimmed} is the network address of ${cidr ?? ''}; pick a host address such as ${firstHost(block)}.`;
  }
  if (block.prefix <= 30 && ip === block.base + cidrSize(block) - 1) {
    return `${trimmed} is the broadcast address of ${cidr ?? ''}; pick a host address such as ${firstHost(block)}.`;
  }
  return null;
}

/** A comma-separated list whose items each pass `item`. */
export function listProblem(text: string, item: (part: string) => string | null): string | null {
  for (const part of splitList(text)) {
    const problem = item(part);
    if (problem) return problem;
  }
  return null;
}

/** The items of a comma-separated list, trimmed, without empty ones. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** A list shown as text: `a, b, c`. */
export const joinList = (items: readonly string[]): string => items.join(', ');
