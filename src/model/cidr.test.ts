import { describe, expect, it } from 'vitest';
import { cidrContains, cidrProblem, cidrsOverlap, firstHost, formatCidr, ipInCidr, parseCidr, parseIpv4 } from './cidr';

describe('cidr', () => {
  it('parses IPv4 addresses and rejects malformed ones', () => {
    expect(parseIpv4('172.29.45.1')).toBe(0xac1d2d01);
    expect(parseIpv4('256.1.1.1')).toBeNull();
    expect(parseIpv4('1.2.3')).toBeNull();
  });

  it('parses CIDRs, clearing host bits', () => {
    expect(formatCidr(parseCidr('172.29.45.7/24')!)).toBe('172.29.45.0/24');
    expect(parseCidr('10.0.0.0/33')).toBeNull();
    expect(parseCidr('10.0.0.0')).toBeNull();
  });

  it('tests containment and overlap', () => {
    expect(ipInCidr('172.29.254.2', '172.29.254.0/27')).toBe(true);
    expect(ipInCidr('172.29.254.40', '172.29.254.0/27')).toBe(false);
    expect(cidrContains(parseCidr('10.0.0.0/8')!, parseCidr('10.1.0.0/16')!)).toBe(true);
    expect(cidrsOverlap(parseCidr('10.1.0.0/16')!, parseCidr('10.0.0.0/8')!)).toBe(true);
    expect(cidrsOverlap(parseCidr('10.1.0.0/16')!, parseCidr('10.2.0.0/16')!)).toBe(false);
  });

  it('explains what is wrong with a CIDR', () => {
    expect(cidrProblem('172.29.45.0/24')).toBeNull();
    expect(cidrProblem('172.29.45.0')).toMatch(/prefix length/);
    expect(cidrProblem('172.29.45.9/24')).toMatch(/172\.29\.45\.0\/24/);
    expect(firstHost(parseCidr('172.29.45.0/24')!)).toBe('172.29.45.1');
  });
});
