/**
 * Where the engine's time goes on a generated design (`node --expose-gc --import tsx
 * bench/breakdown.ts [resources]`): indexing phases, the baseline, each matrix scenario, and each
 * finding rule, as medians of repeated runs. Complements `engine.bench.ts`, which gives the totals.
 */
import { buildDependents, evaluateScenario } from '../src/engine/evaluate';
import { computeFindings, FINDING_RULES } from '../src/engine/findings';
import { buildMatrix, matrixScenarios } from '../src/engine/matrix';
import { serviceEntryPoints } from '../src/engine/services';
import { generateDesign } from '../src/engine/testing/generateDesign';
import { buildTopology } from '../src/engine/topology';
import { NO_FAILURE } from '../src/engine/types';
import { time } from './stats';

const resources = Number(process.argv[2] ?? 10_000);
const design = generateDesign({ resources, seed: 1 });
const topo = buildTopology(design);
const deps = buildDependents(topo);
const baseline = evaluateScenario(topo, deps, NO_FAILURE);
const entries = serviceEntryPoints(topo);
const W = 10;
const R = 15;
const rows: [string, number, number, number][] = [];
const measure = (label: string, body: () => unknown): void => {
  const s = time(W, R, () => null, body);
  rows.push([label, s.median, s.min, s.cpu.median]);
};

measure('buildTopology', () => buildTopology(design));
measure('buildDependents', () => buildDependents(topo));
measure('baseline (full evaluation)', () => evaluateScenario(topo, deps, NO_FAILURE));
for (const s of matrixScenarios(topo)) measure(`scenario ${s.key} (incremental)`, () => evaluateScenario(topo, deps, s.scenario, baseline));
measure('buildMatrix (all scenarios + cells)', () => buildMatrix(topo, deps, baseline, entries));
measure('computeFindings (all rules + sort)', () => computeFindings(topo));
const ruleRows: [string, number][] = FINDING_RULES.map((rule, k) => [
  `  finding rule #${k + 1} ${rule.name || '(anonymous)'}`,
  time(W, R, () => null, () => rule(topo)).cpu.median,
]);
ruleRows.sort((a, b) => b[1] - a[1]);

console.log(`${design.resources.length} resources, ${design.relations.length} relations (${R} runs, ms: wall median, wall min, CPU median)`);
for (const [label, ms, min, cpu] of rows) console.log(`${ms.toFixed(2).padStart(9)} ${min.toFixed(2).padStart(9)} ${cpu.toFixed(2).padStart(9)}  ${label}`);
console.log('finding rules, slowest first (CPU median):');
for (const [label, ms] of ruleRows.slice(0, 15)) console.log(`${ms.toFixed(2).padStart(9)}  ${label}`);
