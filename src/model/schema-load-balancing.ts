/**
 * The zod schemas of the load balancing kinds (DOMAIN.md 1.2 #11–15): load balancer, listener,
 * pool, pool member and health monitor. Defaults follow Octavia and Binero's guides.
 */
import { z } from 'zod';
import {
  bool,
  cidr,
  list,
  nullableIpv4,
  nullableRef,
  nullableText,
  oneOf,
  port,
  ref,
  resourceBase,
  text,
  wholeNumber,
} from './schema-primitives';

export const loadBalancerObject = z
  .object({
    ...resourceBase('loadBalancer'),
    availabilityZone: nullableRef('an availability zone').default(null),
    vipSubnet: nullableRef('a subnet').default(null),
    vipAddress: nullableIpv4().default(null),
  })
  .describe('An Octavia load balancer in one AZ.');

export const l7Policy = z.object(
  {
    action: oneOf(['REDIRECT_TO_URL', 'REDIRECT_PREFIX', 'REDIRECT_TO_POOL', 'REJECT']),
    value: nullableText().default(null),
  },
  { error: 'must be an object with an action and a value' },
);

export const listenerObject = z
  .object({
    ...resourceBase('listener'),
    loadBalancer: ref('a load balancer'),
    protocol: oneOf(['TCP', 'UDP', 'HTTP', 'HTTPS', 'TERMINATED_HTTPS']).default('HTTP'),
    protocolPort: port().default(80),
    defaultPool: nullableRef('a pool').default(null),
    tlsCertificateRef: nullableText().default(null),
    allowedCidrs: list(cidr(), 'must be a list of CIDRs').default(['0.0.0.0/0']), // DOMAIN.md 1.2 #12
    insertHeaders: list(text(), 'must be a list of header names').default([]),
    l7Policies: list(l7Policy, 'must be a list of L7 policies').default([]),
  })
  .describe('A listener of a load balancer.');

export const poolObject = z
  .object({
    ...resourceBase('pool'),
    loadBalancer: ref('a load balancer'),
    protocol: oneOf(['TCP', 'UDP', 'HTTP', 'HTTPS', 'PROXY', 'PROXYV2', 'SCTP']).default('HTTP'),
    lbAlgorithm: oneOf(['ROUND_ROBIN', 'LEAST_CONNECTIONS', 'SOURCE_IP', 'SOURCE_IP_PORT']).default('ROUND_ROBIN'),
    sessionPersistence: oneOf(['none', 'SOURCE_IP', 'HTTP_COOKIE', 'APP_COOKIE']).default('none'),
    cookieName: nullableText().default(null),
  })
  .describe('A pool of a load balancer.');

export const poolMemberObject = z
  .object({
    ...resourceBase('poolMember'),
    pool: ref('a pool'),
    instance: nullableRef('an instance').default(null),
    protocolPort: port().default(80),
    subnet: nullableRef('a subnet').default(null),
    weight: wholeNumber(0, 256).default(1),
    backup: bool().default(false),
    adminStateUp: bool().default(true),
    address: nullableIpv4().default(null),
    monitorAddress: nullableIpv4().default(null),
    monitorPort: port().nullable().default(null),
  })
  .describe('A member of a pool.');

export const healthMonitorObject = z
  .object({
    ...resourceBase('healthMonitor'),
    pool: ref('a pool'),
    // Binero's CLI example: --delay 5 --max-retries 4 --timeout 10 --type HTTP --url-path / (DOMAIN.md 1.2 #15)
    type: oneOf(['PING', 'TCP', 'HTTP', 'HTTPS', 'TLS-HELLO', 'UDP-CONNECT']).default('HTTP'),
    delay: wholeNumber(1, 86400).default(5),
    timeout: wholeNumber(1, 86400).default(10),
    maxRetries: wholeNumber(1, 10).default(4),
    urlPath: text().default('/'),
    httpMethod: text().default('GET'),
    expectedCodes: text().default('200'),
    adminStateUp: bool().default(true),
  })
  .describe('The health monitor of a pool.');
