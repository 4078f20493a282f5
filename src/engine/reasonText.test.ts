/**
 * Reason and status texts: every reason code has its own sentence, names its causes, reads well
 * without causes, and marks assumptions.
 */
import { describe, expect, it } from 'vitest';
import { resourceId, type ResourceId } from '../model/ids';
import type { ResourceKind } from '../model/types';
import { describeReason, describeStatus } from './reasonText';
import { REASON_CODES, STATUS_NAMES, type Reason, type ReasonCode } from './types';

const NAMES: Record<string, string> = { r1: 'router-one', r2: 'router-two', r3: 'router-three', az: 'europe-se-1a' };
const nameOf = (id: ResourceId): string => NAMES[id] ?? id;
const reason = (code: ReasonCode, causes: string[] = [], inferred = false, detail?: string): Reason => ({
  code,
  causes: causes.map(resourceId),
  inferred,
  ...(detail === undefined ? {} : { detail }),
});

/** Codes whose sentence has nothing to name: the problem is the resource's own configuration. */
const WITHOUT_CAUSES = new Set<ReasonCode>(['NO_SERVING_ROUTER', 'NO_POOL', 'EMPTY_POOL']);

describe('describeReason', () => {
  it.each(REASON_CODES)('%s has one sentence of its own that names the cause', (code) => {
    const text = describeReason(reason(code, ['r1']), nameOf);
    expect(text).toMatch(/^[A-Z].*[.]$/);
    expect(text).not.toMatch(/undefined|null|\s{2}|\(\)|Assumption/);
    if (!WITHOUT_CAUSES.has(code)) expect(text).toContain('router-one');
  });

  it('gives every reason code a different sentence', () => {
    const texts = REASON_CODES.map((code) => describeReason(reason(code, ['r1']), nameOf));
    expect(new Set(texts).size).toBe(REASON_CODES.length);
  });

  it.each(REASON_CODES)('%s still reads well without any cause', (code) => {
    const text = describeReason(reason(code), nameOf);
    expect(text).toMatch(/^[A-Z].*[.]$/);
    expect(text).not.toMatch(/undefined|null|\s{2}|\(\)|\s[.,:;]|:\s*$/);
  });

  it.each(REASON_CODES)('%s marks an assumption when the rule is inferred', (code) => {
    const text = describeReason(reason(code, ['r1'], true), nameOf);
    expect(text).toMatch(/[.] Assumption: [a-z].*[.]$/);
  });

  it('says what each documented assumption is', () => {
    expect(describeReason(reason('GATEWAY_LOST', ['r1'], true), nameOf)).toBe(
      'Its default gateway router-one is down: no routed traffic, internet access or floating IPs through it, though hosts on the same ' +
        'subnet still reach each other. Assumption: an instance that lost its gateway keeps running, degraded, because its own subnet still works.',
    );
    expect(describeReason(reason('EGRESS_LOST', ['r1'], true), nameOf)).toContain("Assumption: object storage is reached over its public address");
    expect(describeReason(reason('DEAD_MEMBERS_IN_ROTATION', ['r1'], true, '1/2'), nameOf)).toContain('(1 of 2 members work)');
  });

  it('lists several causes in plain English', () => {
    expect(describeReason(reason('PATH_LOST', ['r1', 'r2', 'r3']), nameOf)).toBe(
      'It cannot reach what it needs: routers router-one, router-two and router-three on the private route are down.',
    );
    expect(describeReason(reason('PATH_LOST', ['r1']), nameOf)).toBe('It cannot reach what it needs: router router-one on the private route is down.');
  });

  it('turns a capacity detail into words', () => {
    expect(describeReason(reason('MEMBERS_LOST', ['m2'], false, '1/2'), nameOf)).toBe(
      'The health monitor took m2 out of rotation; 1 of 2 members still carry the load.',
    );
  });

  it('words a zone and a backend differently when it knows their kinds', () => {
    const kinds: Record<string, ResourceKind> = { az: 'availabilityZone', iB: 'instance', p1: 'pool', g1: 'globalLoadBalancer', d1: 'dnsRecord' };
    const kindOf = (id: ResourceId): ResourceKind | undefined => kinds[id];
    expect(describeReason(reason('AZ_FAILED', ['az']), nameOf, { kindOf })).toBe('It runs in availability zone europe-se-1a, which is out, so it is gone.');
    expect(describeReason(reason('AZ_FAILED', ['iB']), nameOf, { kindOf })).toBe('Its backend iB is gone with its availability zone.');
    expect(describeReason(reason('AZ_FAILED', ['az']), nameOf, { kindOf, subject: resourceId('az') })).toBe(
      'This availability zone is out: everything placed in it is gone.',
    );
    expect(describeReason(reason('MEMBERS_LOST', ['p1'], false, '2/3'), nameOf, kindOf)).toBe(
      'Passed on from pool p1: the health monitor took the dead members out of rotation; 2 of 3 members still carry the load.',
    );
    expect(describeReason(reason('TARGETS_FENCED', ['g1']), nameOf, { kindOf })).toBe(
      'Passed on from global load balancer g1: health checks took the dead targets out; traffic moves to the surviving targets by itself.',
    );
    expect(describeReason(reason('MANUAL_FAILOVER_REQUIRED', ['d1'], true), nameOf, { kindOf })).toMatch(
      /^DNS record d1 waits for someone to point it at its standby; .* Assumption: /,
    );
  });
});

describe('describeStatus', () => {
  it('has a distinct sentence for every status', () => {
    const texts = STATUS_NAMES.map(describeStatus);
    expect(new Set(texts).size).toBe(4);
    for (const t of texts) expect(t).toMatch(/^[A-Z].*[.]$/);
    expect(describeStatus('OK')).toBe('Working normally.');
    expect(describeStatus('FAILED')).toMatch(/^Failed: /);
  });
});
