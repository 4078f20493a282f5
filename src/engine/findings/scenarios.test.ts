/**
 * The static findings of the public example scenarios (DOMAIN.md section 4): the exact set for
 * S1–S9, and the named finding with its severity for the static-only cases S10a–S10e.
 */
import { describe, expect, it } from 'vitest';
import { loadExample } from '../testing/loadExample';
import { findingsOf } from './caseKit';

/** `F07 iB` or, for two-subject rules, `F35 rA,rB`. */
function keys(scenario: string): string[] {
  return findingsOf(loadExample(scenario).design)
    .map((f) => `${f.id} ${f.subjects.join(',')}`)
    .sort();
}

describe('findings of the example scenarios S1–S9 (exact sets)', () => {
  it.each([
    ['S1', ['F26 europe-se-1a']],
    ['S2', ['F01 fA', 'F07 iB']],
    ['S3', []],
    ['S4', ['F04 rM', 'F07 iB']],
    ['S5', ['F07 iB', 'F14 l1']],
    ['S6', ['F07 iB', 'F14 l1', 'F15 p1']],
    ['S7', ['F01 fL', 'F07 iB1', 'F07 iB2', 'F13 l1']],
    ['S8', ['F28 d1']],
    ['S9', ['F29 d1']],
  ])('%s', (scenario, expected) => {
    expect(keys(scenario)).toEqual([...expected].sort());
  });

  it('names the subjects and zones in the messages (S2)', () => {
    const messages = findingsOf(loadExample('S2').design).map((f) => f.message);
    expect(messages).toEqual([
      'Floating IP fA belongs to europe-se-1a but is associated with instance iB in europe-se-1b, so its public address is lost when either zone fails.',
      'Instance iB runs in europe-se-1b, but its subnet s1 uses router rA in europe-se-1a as default gateway: its routed and internet traffic stops when europe-se-1a fails.',
    ]);
  });

  it('names DNS records by their own name, not their id (S8)', () => {
    const [f] = findingsOf(loadExample('S8').design);
    expect(f?.message).toContain('DNS record www ');
  });
});

describe('static-only cases S10a–S10e', () => {
  it.each([
    ['S10a', 'F32', 'VOLUME_AZ_MISMATCH', 'error', ['v1', 'iB']],
    ['S10b', 'F24', 'DIRECT_IP_AZ_MISMATCH', 'error', ['ppA', 'iB']],
    ['S10c', 'F02', 'FIP_NO_SERVING_ROUTER', 'error', ['fB']],
    ['S10d', 'F16', 'MONITOR_PING', 'warning', ['h1']],
    ['S10e', 'F35', 'STATIC_ROUTE_NO_RETURN', 'warning', ['rA', 'rB']],
  ])('%s reports %s %s', (scenario, id, rule, severity, subjects) => {
    const found = findingsOf(loadExample(scenario).design).filter((f) => f.id === id);
    expect(found.map((f) => ({ rule: f.rule, severity: f.severity, subjects: f.subjects }))).toEqual([{ rule, severity, subjects }]);
  });

  it('S10c also reports the cross-zone gateway of iB, and nothing else', () => {
    expect(keys('S10c')).toEqual(['F02 fB', 'F07 iB']);
  });

  it('S10e has no other finding', () => {
    expect(keys('S10e')).toEqual(['F35 rA,rB']);
  });
});
