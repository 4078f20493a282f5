/**
 * The result of one command-line analysis: what `--json` prints and what the text report renders.
 */
import { createEngine, reportOf } from '../engine/engine';
import type { Finding } from '../engine/findings';
import type { ResilienceMatrix } from '../engine/matrix';
import { describeReason } from '../engine/reasonText';
import type { ServiceInfo } from '../engine/services';
import type { BrokenConnection, Reason, Scenario, Status } from '../engine/types';
import type { Design, Resource, ResourceId, ResourceKind } from '../model/types';

export interface NamedRef {
  id: string;
  name: string;
}

/** An engine reason with its plain-language sentence. */
export type DescribedReason = Reason & { text: string };

export interface ResourceEntry {
  id: string;
  name: string;
  kind: ResourceKind;
  status: Status;
  reasons: DescribedReason[];
}

export type ServiceEntry = ServiceInfo & { status: Status; reasons: DescribedReason[] };

export interface StrictViolation {
  kind: 'serviceDown' | 'errorFinding';
  /** The service or the finding's main subject. */
  subject: string;
  /** For `serviceDown`: the scenario key, e.g. `az:europe-se-1a`. */
  scenario?: string;
  message: string;
}

export interface CliResult {
  file: string;
  design: NamedRef;
  scenario: { failedAzs: NamedRef[]; failedRegions: NamedRef[] };
  services: ServiceEntry[];
  /** Resources that are not OK, the worst first (FAILED, DOWN, DEGRADED), in document order. */
  resources: ResourceEntry[];
  broken: readonly BrokenConnection[];
  findings: Finding[];
  matrix?: ResilienceMatrix;
  strictViolations?: StrictViolation[];
}

const SEVERITY: Record<Status, number> = { FAILED: 0, DOWN: 1, DEGRADED: 2, OK: 3 };
const isDown = (s: Status): boolean => s === 'DOWN' || s === 'FAILED';

/** Looks up resources of a design by id. */
export function resourceLookup(design: Design): (id: string) => Resource | undefined {
  const byId = new Map<string, Resource>();
  for (const r of design.resources) if (!byId.has(r.id)) byId.set(r.id, r);
  return (id) => byId.get(id);
}

/** Analyses `design` under `scenario`; the matrix is computed when asked for or needed by `strict`. */
export function analyzeForCli(
  file: string,
  design: Design,
  scenario: Scenario,
  options: { matrix: boolean; strict: boolean },
): CliResult {
  const engine = createEngine(design);
  const report = reportOf(engine, scenario, options.matrix || options.strict);
  const lookup = resourceLookup(design);
  const named = (id: string): NamedRef => ({ id, name: lookup(id)?.name ?? id });
  const nameOf = (id: string): string => lookup(id)?.name ?? id;
  const kindOf = (id: string): ResourceKind | undefined => lookup(id)?.kind;
  const described = (subject: ResourceId, reasons: readonly Reason[]): DescribedReason[] =>
    reasons.map((r) => ({ ...r, text: describeReason(r, nameOf, { kindOf, subject }) }));
  const order = new Map(design.resources.map((r, i) => [r.id as string, i]));
  const resources: ResourceEntry[] = [];
  for (const [id, r] of Object.entries(report.resources)) {
    const resource = lookup(id);
    if (resource) resources.push({ id, name: resource.name, kind: resource.kind, status: r.status, reasons: described(resource.id, r.reasons) });
  }
  resources.sort((a, b) => SEVERITY[a.status] - SEVERITY[b.status] || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const result: CliResult = {
    file,
    design: { id: design.id, name: design.name },
    scenario: { failedAzs: scenario.failedAzs.map(named), failedRegions: scenario.failedRegions.map(named) },
    services: report.services.map((x) => ({ ...x, reasons: described(x.id, x.reasons) })),
    resources,
    broken: report.broken,
    findings: report.findings,
  };
  if (options.matrix && report.matrix) result.matrix = report.matrix;
  if (options.strict && report.matrix) {
    result.strictViolations = strictViolations(report.matrix, report.findings, nameOf);
  }
  return result;
}

/** Services a single-AZ outage takes down, and findings of error severity. */
export function strictViolations(
  matrix: ResilienceMatrix,
  findings: readonly Finding[],
  nameOf: (id: string) => string,
): StrictViolation[] {
  const out: StrictViolation[] = [];
  matrix.services.forEach((service, s) => {
    matrix.scenarios.forEach((scenario, c) => {
      const status = matrix.cells[s]?.[c] ?? 'OK';
      if (scenario.kind !== 'az' || !isDown(status)) return;
      out.push({
        kind: 'serviceDown',
        subject: service.id,
        scenario: scenario.key,
        message: `Service ${service.name} is ${status} when zone ${nameOf(scenario.target)} goes down.`,
      });
    });
  });
  for (const f of findings) {
    if (f.severity !== 'error') continue;
    out.push({ kind: 'errorFinding', subject: f.subjects[0] ?? '', message: `${f.id} ${f.rule}: ${f.message}` });
  }
  return out;
}

/** The failed zones and regions of a result, in words. */
export function scenarioLabel(result: CliResult): string {
  const parts = [...result.scenario.failedAzs, ...result.scenario.failedRegions].map((r) => r.name);
  return parts.length === 0 ? 'no outage (nothing failed)' : `${parts.join(' and ')} down`;
}
