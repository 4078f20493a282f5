/**
 * Every static finding rule F01–F41 against a design where it must fire (exact id, rule, severity,
 * subjects, inferred flag, a message naming the subjects) and a close variant where it must not.
 */
import { describe, expect, it } from 'vitest';
import type { RuleCase } from './caseKit';
import { findingsOf } from './caseKit';
import { NETWORK_CASES } from './cases-network';
import { ROUTING_CASES } from './cases-routing';
import { SERVICE_CASES } from './cases-services';
import { ZONE_CASES } from './cases-zones';
import { FINDING_RULES, FINDING_RULES_BY_ID } from './index';

const CASES: RuleCase[] = [...NETWORK_CASES, ...SERVICE_CASES, ...ZONE_CASES, ...ROUTING_CASES];
const ALL_IDS = Array.from({ length: 41 }, (_, k) => `F${String(k + 1).padStart(2, '0')}`);

describe('rule registry', () => {
  it('registers one rule per id, F01 to F41, in order', () => {
    expect(FINDING_RULES_BY_ID.map(([id]) => id)).toEqual(ALL_IDS);
    expect(FINDING_RULES).toHaveLength(41);
  });

  it('has a firing case and a quiet case for every rule id', () => {
    const covered = new Set(CASES.map((c) => c.id));
    expect(ALL_IDS.filter((id) => !covered.has(id))).toEqual([]);
    expect([...covered].filter((id) => !ALL_IDS.includes(id))).toEqual([]);
  });

  it('covers every variant of the two-variant rules', () => {
    const variants = new Set(CASES.map((c) => `${c.id} ${c.rule} ${c.severity}`));
    for (const v of [
      'F18 POOL_EMPTY warning',
      'F18 POOL_SINGLE_MEMBER info',
      'F25 MULTI_HOMED_INSTANCE info',
      'F25 MULTI_HOMED_INSTANCE warning',
      'F33 NVME_OUTSIDE_1A error',
      'F33 NVME_NOT_REPLICATED info',
      'F36 LINK_NETWORK_HAS_INSTANCES info',
      'F36 LINK_CIDR_OVERLAP warning',
    ]) {
      expect(variants.has(v), v).toBe(true);
    }
  });
});

describe.each(CASES)('$id $rule: $title', (c) => {
  it('fires once with the expected severity, subjects and inferred flag', () => {
    const found = findingsOf(c.fires).filter((f) => f.id === c.id);
    expect(found.map(({ id, rule, severity, subjects, inferred }) => ({ id, rule, severity, subjects, inferred }))).toEqual([
      { id: c.id, rule: c.rule, severity: c.severity, subjects: c.subjects, inferred: c.inferred },
    ]);
  });

  it('names every subject in its message and gives a fix', () => {
    const [f] = findingsOf(c.fires).filter((x) => x.id === c.id);
    for (const subject of c.subjects) expect(f?.message).toContain(subject);
    expect(f?.fix.length).toBeGreaterThan(20);
  });

  it('stays quiet on the corrected design', () => {
    expect(findingsOf(c.quiet).filter((f) => f.id === c.id)).toEqual([]);
  });
});
