/**
 * A profiling driver: repeats indexing, one scenario and the full matrix with findings on a
 * generated design, for `node --cpu-prof --import tsx bench/profile.ts [resources] [rounds]`.
 * Summarise the profile with `npx tsx bench/summarize-profile.ts <file.cpuprofile>`.
 */
import { createEngine } from '../src/engine/engine';
import { generateDesign } from '../src/engine/testing/generateDesign';

const resources = Number(process.argv[2] ?? 10_000);
const rounds = Number(process.argv[3] ?? 20);
const design = generateDesign({ resources, seed: 1 });
let findings = 0;
for (let k = 0; k < rounds; k++) {
  const engine = createEngine(design);
  const matrix = engine.matrix();
  const scenario = matrix.scenarios[k % matrix.scenarios.length]?.scenario;
  if (scenario) engine.evaluate(scenario);
  findings += engine.findings().length;
}
console.log(`${rounds} rounds on ${design.resources.length} resources, ${findings / rounds} findings each`);
