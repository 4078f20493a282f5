/**
 * The readable report of `npm run analyze`: services first, then affected resources, broken
 * connections, findings, and on request the resilience matrix and the strict check.
 */
import type { ResilienceMatrix } from '../engine/matrix';
import type { Status } from '../engine/types';
import { noun } from '../model/restore-issues';
import { scenarioLabel, type CliResult, type DescribedReason } from './result';

const pad = (s: string, width: number): string => s + ' '.repeat(Math.max(0, width - s.length));
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function verdict(status: Status): string {
  if (status === 'OK') return 'up';
  if (status === 'DEGRADED') return 'up, degraded';
  return 'down';
}

/** A reason as its code (for people who grep) and its sentence, which names the causes. */
function reasonLines(reasons: readonly DescribedReason[]): string[] {
  return reasons.map((r) => `            ${r.code}: ${r.text}`);
}

function matrixLines(matrix: ResilienceMatrix, nameOf: (id: string) => string): string[] {
  const lines = ['', 'Resilience matrix (status of each service in each single outage)'];
  if (matrix.services.length === 0) return [...lines, '  no services'];
  const first = Math.max(7, ...matrix.services.map((s) => s.name.length));
  const widths = matrix.scenarios.map((s) => Math.max(8, s.label.length));
  const row = (head: string, cells: readonly string[]): string =>
    `  ${pad(head, first)} | ${cells.map((c, k) => pad(c, widths[k] ?? 8)).join(' | ')}`.trimEnd();
  lines.push(row('service', matrix.scenarios.map((s) => s.label)));
  lines.push(`  ${'-'.repeat(first)}-+-${widths.map((w) => '-'.repeat(w)).join('-+-')}`);
  matrix.services.forEach((s, k) => lines.push(row(s.name, matrix.cells[k] ?? [])));
  const worst = matrix.worst;
  lines.push('');
  lines.push(
    worst
      ? `Worst single failure: ${worst.label} (${plural(worst.down, 'service')} down, ${worst.degraded} degraded)`
      : 'Worst single failure: none (the design has no zones or regions)',
  );
  lines.push('Single points of failure (zones whose loss alone takes the service down):');
  for (const s of matrix.services) {
    const azs = matrix.singlePointsOfFailure[s.id] ?? [];
    lines.push(`  ${s.name}: ${azs.length === 0 ? 'none' : azs.map(nameOf).join(', ')}`);
  }
  return lines;
}

/** Renders the report as text (with a final newline). `nameOf` gives a resource's name from its id. */
export function formatReport(result: CliResult, nameOf: (id: string) => string): string {
  const lines = [`Faultline analysis of "${result.design.name}"`, `File: ${result.file}`, `Scenario: ${scenarioLabel(result)}`, ''];

  const down = result.services.filter((s) => s.status === 'DOWN' || s.status === 'FAILED').length;
  lines.push(`Services (${result.services.length}, ${down} down)`);
  if (result.services.length === 0) lines.push('  none: no global load balancer, DNS record, or published floating IP or public port');
  for (const s of result.services) {
    lines.push(`  ${pad(s.status, 9)} ${s.name} (${noun(s.kind)}): ${verdict(s.status)}`);
    lines.push(...reasonLines(s.reasons));
  }

  lines.push('', `Affected resources (${result.resources.length})`);
  if (result.resources.length === 0) lines.push('  none: every resource is OK');
  for (const r of result.resources) {
    lines.push(`  ${pad(r.status, 9)} ${r.name} (${noun(r.kind)})`);
    lines.push(...reasonLines(r.reasons));
  }

  lines.push('', `Broken connections (${result.broken.length})`);
  if (result.broken.length === 0) lines.push('  none');
  for (const b of result.broken) lines.push(`  ${b.kind} ${nameOf(b.from)} -> ${nameOf(b.to)}: ${b.code}`);

  lines.push('', `Findings (${result.findings.length})`);
  if (result.findings.length === 0) lines.push('  none');
  for (const f of result.findings) {
    lines.push(`  ${pad(f.severity, 8)} ${f.id} ${f.rule}${f.inferred ? ' (inferred)' : ''}: ${f.message}`);
    lines.push(`           Fix: ${f.fix}`);
  }

  if (result.matrix) lines.push(...matrixLines(result.matrix, nameOf));

  if (result.strictViolations) {
    const v = result.strictViolations;
    lines.push('', v.length === 0 ? 'Strict check: passed' : `Strict check: failed (${plural(v.length, 'problem')})`);
    for (const x of v) lines.push(`  ${x.message}`);
  }
  return `${lines.join('\n')}\n`;
}
