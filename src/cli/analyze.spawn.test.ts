/**
 * The command as users run it: a real process through tsx, checked on stdout and the exit code.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const S2 = 'public/examples/s02-cross-zone-floating-ip.faultline.json';

function analyze(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('npx', ['tsx', 'src/cli/analyze.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npx tsx src/cli/analyze.ts', () => {
  it('reports S2 with europe-se-1a down and exits 0', () => {
    const r = analyze(S2, '--fail', 'europe-se-1a');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Services (1, 1 down)\n  FAILED    fA (floating IP): down\n');
    expect(r.stdout).toMatch(/\n {2}DEGRADED {2}iB \(instance\)\n {12}GATEWAY_LOST: .*\brA\b/);
    expect(r.stdout).toMatch(/\n {2}FAILED {4}fA \(floating IP\)\n {12}AZ_FAILED: .*\beurope-se-1a\b/);
  }, 60_000);

  it('exits 1 with --strict', () => {
    const r = analyze(S2, '--strict');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Strict check: failed (2 problems)');
  }, 60_000);

  it('exits 2 on a broken file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'faultline-cli-')), 'broken.json');
    writeFileSync(file, '{"format": "faultline.design", "version": 1, "design": ');
    const r = analyze(file);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`faultline analyze: ${file} is not a usable design: Not valid JSON`);
  }, 60_000);
});
