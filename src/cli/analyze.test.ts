import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeReason } from '../engine/reasonText';
import type { Reason } from '../engine/types';
import { resourceId } from '../model/ids';
import type { ResourceKind } from '../model/types';
import { main } from './analyze';
import { USAGE } from './args';

const S2 = 'public/examples/s02-cross-zone-floating-ip.faultline.json';
const S3 = 'public/examples/s03-recommended-two-zone.faultline.json';
const S10A = 'public/examples/s10a-volume-zone-mismatch.faultline.json';

const fAFailed: Reason = { code: 'AZ_FAILED', causes: [resourceId('europe-se-1a')], inferred: false };
const S2_KINDS: Record<string, ResourceKind> = { 'europe-se-1': 'region', 'europe-se-1a': 'availabilityZone', rA: 'router', iB: 'instance', fA: 'floatingIp' };
const kinds = (id: string): ResourceKind | undefined => S2_KINDS[id];

/** Runs the command in-process with captured output; `files` overrides what the disk holds. */
function run(argv: string[], files: Record<string, string> = {}): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(argv, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    readFile: (path) => files[path] ?? readFileSync(path, 'utf8'),
  });
  return { code, out, err };
}

/** S2 with the zones renamed, so names and ids differ. */
function renamedS2(): string {
  const text = readFileSync(S2, 'utf8');
  const doc = JSON.parse(text) as { design: { resources: { id: string; name: string }[] } };
  for (const r of doc.design.resources) {
    if (r.id === 'europe-se-1a') r.name = 'Zone A';
    if (r.id === 'europe-se-1b') r.name = 'Zone B';
  }
  return JSON.stringify(doc);
}

describe('analyze: the readable report', () => {
  it('reports S2 with europe-se-1a down: the service first, then resources, connections and findings', () => {
    const { code, out, err } = run([S2, '--fail', 'europe-se-1a']);
    expect(code).toBe(0);
    expect(err).toBe('');
    const lines = out.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Faultline analysis of "S2: Floating IP from one zone, instance in the other"',
      `File: ${S2}`,
      'Scenario: europe-se-1a down',
    ]);
    const at = (line: string): number => lines.indexOf(line);
    expect(at('Services (1, 1 down)')).toBe(4);
    expect(lines[5]).toBe('  FAILED    fA (floating IP): down');
    expect(lines[6]).toBe(`            AZ_FAILED: ${describeReason(fAFailed, (id) => id, { subject: resourceId('fA'), kindOf: kinds })}`);
    const iB = at('  DEGRADED  iB (instance)');
    expect(lines[iB + 1]).toMatch(/^ {12}GATEWAY_LOST: .*\brA\b.* Assumption: /);
    expect(at('Affected resources (6)')).toBeGreaterThan(6);
    expect(at('  FAILED    fA (floating IP)')).toBeGreaterThan(at('Affected resources (6)'));
    expect(at('Broken connections (0)')).toBeGreaterThan(iB);
    expect(at('Findings (2)')).toBeGreaterThan(at('Broken connections (0)'));
    expect(out).toContain('  warning  F01 FIP_AZ_MISMATCH: Floating IP fA belongs to europe-se-1a');
    expect(out).toContain('           Fix: ');
    expect(out).not.toContain('Resilience matrix');
    expect(out).not.toContain('Strict check');
  });

  it('lists the worst resources first: FAILED, then DOWN, then DEGRADED', () => {
    const { out } = run([S2, '--fail', 'europe-se-1b']);
    const statuses = out
      .split('\n')
      .slice(out.split('\n').indexOf('Affected resources (4)') + 1)
      .filter((l) => /^ {2}[A-Z]/.test(l))
      .map((l) => l.trim().split(/\s+/).slice(0, 2).join(' '));
    expect(statuses.slice(0, 4)).toEqual(['FAILED europe-se-1b', 'FAILED iB', 'DOWN fA', 'DEGRADED europe-se-1']);
  });

  it('says when nothing failed', () => {
    const { code, out } = run([S3]);
    expect(code).toBe(0);
    expect(out).toContain('Scenario: no outage (nothing failed)');
    expect(out).toContain('Affected resources (0)\n  none: every resource is OK');
    expect(out).toContain('  OK        g1 (global load balancer): up');
  });

  it('adds the matrix, the worst single failure and the single points of failure', () => {
    const { out } = run([S2, '--matrix']);
    expect(out).toContain(
      [
        '  service | europe-se-1a down | europe-se-1b down | europe-se-1 down',
        '  --------+-------------------+-------------------+-----------------',
        '  fA      | FAILED            | DOWN              | FAILED',
        '',
        'Worst single failure: europe-se-1a down (1 service down, 0 degraded)',
        'Single points of failure (zones whose loss alone takes the service down):',
        '  fA: europe-se-1a, europe-se-1b',
      ].join('\n'),
    );
  });
});

describe('analyze: zones and regions', () => {
  it('takes a zone by id or by name, ignoring case', () => {
    const files = { 'renamed.json': renamedS2() };
    const byId = run(['renamed.json', '--fail', 'europe-se-1a', '--json'], files);
    const byName = run(['renamed.json', '--fail', 'zone a', '--json'], files);
    expect(byName.out).toBe(byId.out);
    expect(JSON.parse(byId.out)).toMatchObject({ scenario: { failedAzs: [{ id: 'europe-se-1a', name: 'Zone A' }], failedRegions: [] } });
  });

  it('fails a whole region', () => {
    const { code, out } = run([S2, '--fail-region', 'europe-se-1']);
    expect(code).toBe(0);
    expect(out).toMatch(/ {2}FAILED {4}fA \(floating IP\): down\n {12}REGION_FAILED: .*\beurope-se-1\b/);
    expect(out).toContain('  FAILED    s1 (subnet)');
  });

  it('refuses an unknown zone with exit 2, listing the known zones', () => {
    const { code, out, err } = run(['renamed.json', '--fail', 'europe-se-1c'], { 'renamed.json': renamedS2() });
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(
      'faultline analyze: The design has no availability zone called "europe-se-1c". ' +
        'Known zones: Zone A (id europe-se-1a) in europe-se-1, Zone B (id europe-se-1b) in europe-se-1.\n',
    );
  });

  it('refuses an unknown region with exit 2, listing the known regions', () => {
    const { code, err } = run([S2, '--fail-region', 'us-east-1']);
    expect(code).toBe(2);
    expect(err).toBe('faultline analyze: The design has no region called "us-east-1". Known regions: europe-se-1.\n');
  });
});

describe('analyze: --json', () => {
  it('prints the documented shape', () => {
    const { code, out } = run([S2, '--fail', 'europe-se-1a', '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(result)).toEqual(['file', 'design', 'scenario', 'services', 'resources', 'broken', 'findings']);
    expect(result.design).toEqual({ id: 'example-s02-cross-zone-floating-ip', name: 'S2: Floating IP from one zone, instance in the other' });
    const text = (subject: string, r: Reason): string => describeReason(r, (id) => id, { subject: resourceId(subject), kindOf: kinds });
    expect(result.services).toEqual([
      { id: 'fA', name: 'fA', kind: 'floatingIp', status: 'FAILED', reasons: [{ ...fAFailed, text: text('fA', fAFailed) }] },
    ]);
    const gateway: Reason = { code: 'GATEWAY_LOST', causes: [resourceId('rA')], inferred: true };
    expect(result.resources).toContainEqual({
      id: 'iB',
      name: 'iB',
      kind: 'instance',
      status: 'DEGRADED',
      reasons: [{ ...gateway, text: text('iB', gateway) }],
    });
    expect(result.broken).toEqual([]);
    expect((result.findings as { id: string }[]).map((f) => f.id)).toEqual(['F01', 'F07']);
  });

  it('adds matrix and strictViolations when asked', () => {
    const { code, out, err } = run([S2, '--json', '--matrix', '--strict']);
    expect(code).toBe(1);
    const result = JSON.parse(out) as { matrix: { cells: string[][] }; strictViolations: unknown[] };
    expect(result.matrix.cells).toEqual([['FAILED', 'DOWN', 'FAILED']]);
    expect(result.strictViolations).toEqual([
      { kind: 'serviceDown', subject: 'fA', scenario: 'az:europe-se-1a', message: 'Service fA is FAILED when zone europe-se-1a goes down.' },
      { kind: 'serviceDown', subject: 'fA', scenario: 'az:europe-se-1b', message: 'Service fA is DOWN when zone europe-se-1b goes down.' },
    ]);
    expect(err).toBe(
      'faultline analyze: strict check failed: 2 problems\n' +
        '  Service fA is FAILED when zone europe-se-1a goes down.\n' +
        '  Service fA is DOWN when zone europe-se-1b goes down.\n',
    );
  });
});

describe('analyze: --strict', () => {
  it('exits 1 when a single-zone outage takes a service down, and says why in the report', () => {
    const { code, out, err } = run([S2, '--strict']);
    expect(code).toBe(1);
    expect(out).toContain(
      'Strict check: failed (2 problems)\n  Service fA is FAILED when zone europe-se-1a goes down.\n  Service fA is DOWN when zone europe-se-1b goes down.\n',
    );
    expect(err).toBe('faultline analyze: strict check failed: 2 problems (listed at the end of the report)\n');
  });

  it('exits 1 on an error-severity finding', () => {
    const { code, out } = run([S10A, '--strict']);
    expect(code).toBe(1);
    expect(out).toContain('Strict check: failed (1 problem)\n  F32 VOLUME_AZ_MISMATCH: Volume v1 is in europe-se-1a');
  });

  it('exits 0 when every service survives each single-zone outage and no finding is an error', () => {
    const { code, out, err } = run([S3, '--strict']);
    expect(code).toBe(0);
    expect(out).toContain('Strict check: passed');
    expect(err).toBe('');
  });
});

describe('analyze: unusable input', () => {
  it('prints the restore error with its JSON path and exits 2', () => {
    const broken = JSON.stringify({
      format: 'faultline.design',
      version: 1,
      design: { id: 'x', resources: [{ id: 's', kind: 'subnet', network: 'n', cidr: 42 }] },
    });
    const { code, out, err } = run(['broken.json'], { 'broken.json': broken });
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(
      'faultline analyze: broken.json is not a usable design: Subnet "s": cidr must be a CIDR such as 172.29.45.0/24, found 42 (at design.resources[0].cidr)\n',
    );
  });

  it('prints restore warnings on stderr and still analyses', () => {
    const doc = JSON.parse(readFileSync(S2, 'utf8')) as Record<string, unknown>;
    const { code, out, err } = run(['extra.json'], { 'extra.json': JSON.stringify({ ...doc, colour: 'red' }) });
    expect(code).toBe(0);
    expect(err).toMatch(/^warning: .*colour.* \(at colour\)\n$/);
    expect(out).toContain('Services (1, 0 down)');
  });

  it('exits 2 when the file cannot be read', () => {
    const { code, err } = run(['/nonexistent/design.json']);
    expect(code).toBe(2);
    expect(err).toBe('faultline analyze: Cannot read /nonexistent/design.json: there is no such file.\n');
  });

  it('exits 2 with the usage on bad arguments, and 0 with --help', () => {
    const bad = run([S2, '--fial', 'x']);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe(`faultline analyze: Unknown option --fial\n\n${USAGE}\n`);
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toBe(`${USAGE}\n`);
  });
});
