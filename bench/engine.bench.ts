/**
 * Engine benchmark (`npm run bench`): indexing, one incremental scenario, the full resilience
 * matrix with reasons, causes and findings, memory, and a FLOOR baseline on the same designs.
 * Prints a table per design size and writes `bench/results/engine-latest.json`.
 * Run alone on the machine: anything in parallel distorts the figures.
 */
import { execFileSync, execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { createEngine } from '../src/engine/engine';
import { buildDependents, evaluateScenario } from '../src/engine/evaluate';
import { computeFindings } from '../src/engine/findings';
import { buildMatrix, matrixScenarios } from '../src/engine/matrix';
import { serviceEntryPoints } from '../src/engine/services';
import { countEdges, generateDesign } from '../src/engine/testing/generateDesign';
import { buildTopology } from '../src/engine/topology';
import { NO_FAILURE, type Scenario } from '../src/engine/types';
import { buildCsr, floorScenario, floorScratch } from './floor';
import { gcExposed, heapDelta, time, type Stat, type Timing } from './stats';

/** Design sizes; `npm run bench -- 10000` runs one size only (the 10k/1k ratios then need both). */
const args = process.argv.slice(2);
const CHILD = args[0] === '--child';
const SIZES: readonly number[] = CHILD ? [Number(args[1])] : args.length > 0 ? args.map(Number) : [100, 1000, 10_000];
const SEED = 1;
const WARMUP = 10;
const runsFor = (n: number): number => (n >= 10_000 ? 31 : 51);

interface SizeResult {
  resources: number;
  relations: number;
  edges: ReturnType<typeof countEdges>;
  scenarios: number;
  findings: number;
  services: number;
  indexMs: Timing;
  oneScenarioMs: Timing;
  /** Baseline + every matrix scenario with reasons and causes, and the matrix summary (no findings). */
  matrixMs: Timing;
  /** All static findings, sorted. */
  findingsMs: Timing;
  /** Matrix and findings together (the "full matrix with reasons, causes and findings"). */
  fullMatrixMs: Timing;
  endToEndMs: Timing;
  floorMs: Timing;
  /** The ratio: the full matrix (same scenario set as the floor) over the floor. */
  matrixOverFloor: number;
  /** Matrix and findings over the floor (the floor has no findings; shown for completeness). */
  fullMatrixOverFloor: number;
  memory: { peakMB: number; retainedMB: number };
}

function benchSize(n: number): SizeResult {
  const design = generateDesign({ resources: n, seed: SEED });
  const runs = runsFor(n);
  const index = (): { topo: ReturnType<typeof buildTopology>; deps: ReturnType<typeof buildDependents> } => {
    const topo = buildTopology(design);
    return { topo, deps: buildDependents(topo) };
  };
  const { topo, deps } = index();
  const matrixScenarioList = matrixScenarios(topo);
  const firstAz = matrixScenarioList.find((s) => s.kind === 'az');
  if (!firstAz) throw new Error('generated design has no availability zone');
  const oneAz: Scenario = firstAz.scenario;

  const indexMs = time(WARMUP, runs, () => null, index);
  const engine = createEngine(design);
  const oneScenarioMs = time(WARMUP, runs, () => engine, (e) => e.evaluate(oneAz));
  // The matrix alone, as a fresh engine computes it: the baseline and every matrix scenario with
  // reasons and causes, then the per-service summary. It covers the floor's scenario set exactly
  // (no failure + every single-AZ and single-region outage), so matrix / floor compares like with like.
  const matrixMs = time(WARMUP, runs, () => null, () => {
    const baseline = evaluateScenario(topo, deps, NO_FAILURE);
    return buildMatrix(topo, deps, baseline, serviceEntryPoints(topo));
  });
  const findingsMs = time(WARMUP, runs, () => null, () => computeFindings(topo));
  // The analysis of an indexed design, as a fresh engine does it: baseline, every matrix scenario,
  // services, findings. Nothing is cached between runs (evaluations and findings are recomputed);
  // the indexed design is shared, so indexing garbage is not billed to this figure.
  const fullMatrixMs = time(WARMUP, runs, () => null, () => {
    const baseline = evaluateScenario(topo, deps, NO_FAILURE);
    const matrix = buildMatrix(topo, deps, baseline, serviceEntryPoints(topo));
    return [matrix, computeFindings(topo)];
  });
  const endToEndMs = time(WARMUP, runs, () => null, () => {
    const e = createEngine(design);
    return [e.matrix(), e.findings()];
  });

  const csr = buildCsr(topo, deps);
  const scratch = floorScratch(topo.n);
  const floorScenarios = [NO_FAILURE, ...matrixScenarioList.map((s) => s.scenario)];
  const floorMs = time(WARMUP, runs, () => null, () => floorScenarios.reduce((sum, s) => sum + floorScenario(csr, s, scratch), 0));

  const mem = heapDelta(() => {
    const e = createEngine(design);
    return [e, e.matrix(), e.findings()];
  });
  return {
    resources: design.resources.length,
    relations: design.relations.length,
    edges: countEdges(design),
    scenarios: floorScenarios.length,
    findings: engine.findings().length,
    services: engine.matrix().services.length,
    indexMs,
    oneScenarioMs,
    matrixMs,
    findingsMs,
    fullMatrixMs,
    endToEndMs,
    floorMs,
    matrixOverFloor: matrixMs.median / floorMs.median,
    fullMatrixOverFloor: fullMatrixMs.median / floorMs.median,
    memory: { peakMB: mem.peakBytes / 2 ** 20, retainedMB: mem.retainedBytes / 2 ** 20 },
  };
}

const f = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const show = (s: Timing): string => `${f(s.median)} (${f(s.min)}–${f(s.max)}) ms, CPU ${f(s.cpu.median)} ms`;

function gitCommit(): string | null {
  try {
    return execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

function isSizeResult(value: unknown): value is SizeResult {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.resources === 'number' && typeof v.fullMatrixMs === 'object' && typeof v.memory === 'object';
}

/**
 * Each size runs in its own process: code that V8 optimised for one design size deoptimises on the
 * next, and the re-optimisation then lands in the measured runs (a 1k matrix measured after the 100
 * resource design took six times as long as on its own).
 */
function benchInChild(n: number): SizeResult {
  const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', String(n)], {
    encoding: 'utf8',
    maxBuffer: 16 * 2 ** 20,
  });
  const parsed: unknown = JSON.parse(out);
  if (!isSizeResult(parsed)) throw new Error(`The benchmark of ${n} resources returned no result`);
  return parsed;
}

function main(): void {
  const loadBefore = os.loadavg()[0] ?? 0;
  if (loadBefore > os.cpus().length) {
    console.warn(`Note: load average ${loadBefore.toFixed(1)} on ${os.cpus().length} cores — other work is running; wall-clock figures will be inflated.`);
  }
  if (!gcExposed) console.warn('Note: run with --expose-gc (npm run bench does) for stable memory figures.');
  const results = SIZES.map((n) => {
    const r = benchInChild(n);
    console.log(`\n${r.resources} resources, ${r.relations} relations, ${r.edges.total} edges (${r.edges.perResource.toFixed(2)}/resource), ${r.scenarios} scenarios, ${r.services} services, ${r.findings} findings`);
    console.log(`  index (buildTopology + buildDependents)   ${show(r.indexMs)}`);
    console.log(`  one scenario (single AZ, incremental)     ${show(r.oneScenarioMs)}`);
    console.log(`  matrix (baseline + scenarios, reasons)    ${show(r.matrixMs)}`);
    console.log(`  findings (all rules, sorted)              ${show(r.findingsMs)}`);
    console.log(`  full matrix + reasons + findings          ${show(r.fullMatrixMs)}`);
    console.log(`  same, including indexing (createEngine)   ${show(r.endToEndMs)}`);
    console.log(`  FLOOR (CSR worklist, same scenarios)      ${show(r.floorMs)}`);
    console.log(`  matrix / floor ${r.matrixOverFloor.toFixed(1)}×   matrix+findings / floor ${r.fullMatrixOverFloor.toFixed(1)}×`);
    console.log(`  heap: peak ≈ ${r.memory.peakMB.toFixed(1)} MB, retained ${r.memory.retainedMB.toFixed(1)} MB`);
    return r;
  });
  const k1 = results.find((r) => r.resources === 1000);
  const k10 = results.find((r) => r.resources === 10_000);
  if (!k1 || !k10) {
    console.log('\nTargets need the 1,000 and 10,000 resource designs; not written to bench/results.');
    return;
  }
  const ratio = (pick: (r: SizeResult) => Stat): number => pick(k10).median / pick(k1).median;
  const ratios = {
    index: ratio((r) => r.indexMs),
    oneScenario: ratio((r) => r.oneScenarioMs),
    matrix: ratio((r) => r.matrixMs),
    findings: ratio((r) => r.findingsMs),
    fullMatrix: ratio((r) => r.fullMatrixMs),
    endToEnd: ratio((r) => r.endToEndMs),
  };
  console.log(`\n10k / 1k time: index ${ratios.index.toFixed(1)}×, one scenario ${ratios.oneScenario.toFixed(1)}×, matrix ${ratios.matrix.toFixed(1)}×, findings ${ratios.findings.toFixed(1)}×, full matrix ${ratios.fullMatrix.toFixed(1)}×, end to end ${ratios.endToEnd.toFixed(1)}×`);
  const targets = [
    { name: '10k full matrix with reasons, causes and findings ≤ 30 ms', value: k10.fullMatrixMs.median, limit: 30 },
    { name: '10k one scenario ≤ 5 ms', value: k10.oneScenarioMs.median, limit: 5 },
    { name: '10k indexing ≤ 15 ms', value: k10.indexMs.median, limit: 15 },
    // "10k time ≤ 12× the 1k time": the time a design's analysis takes, indexing included.
    { name: '10k / 1k time, whole analysis (index + matrix + findings) ≤ 12×', value: ratios.endToEnd, limit: 12 },
    { name: '10k matrix / floor ≤ 15× (baseline + all matrix scenarios with reasons and causes)', value: k10.matrixOverFloor, limit: 15 },
  ].map((t) => ({ ...t, met: t.value <= t.limit }));
  console.log('\nTargets (median):');
  for (const t of targets) console.log(`  ${t.met ? 'met   ' : 'MISSED'} ${t.name}: ${f(t.value)}`);
  // Not a target of the issue (the floor computes no findings), reported so both ratios are visible.
  console.log(`  info   10k matrix+findings / floor: ${f(k10.fullMatrixOverFloor)}`);
  // The same ratio of the indexed design's analysis alone: its 1k time is about half a millisecond,
  // which fits the CPU caches and the young generation, so this ratio says more about the machine.
  console.log(`  info   10k / 1k full matrix time, indexing excluded: ${f(ratios.fullMatrix)}`);

  const out = new URL('./results/engine-latest.json', import.meta.url);
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  const environment = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? null,
    gcExposed,
    loadAverage1mBefore: loadBefore,
    loadAverage1mAfter: os.loadavg()[0] ?? 0,
    seed: SEED,
    warmup: WARMUP,
  };
  const info = { matrixPlusFindingsOverFloor10k: k10.fullMatrixOverFloor };
  writeFileSync(out, `${JSON.stringify({ environment, results, ratios10kOver1k: ratios, targets, info }, null, 2)}\n`);
  console.log(`\nWrote ${out.pathname}`);
}

if (CHILD) process.stdout.write(JSON.stringify(benchSize(SIZES[0] ?? 0)));
else main();
