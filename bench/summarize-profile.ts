/**
 * Summarises a V8 `.cpuprofile` (`npx tsx bench/summarize-profile.ts <file> [functionName]`): self
 * time per function, inclusive time per function of our own source, and with a function name its
 * hottest lines. Profile a bundle (`npx esbuild bench/profile.ts --bundle --platform=node
 * --format=esm --outfile=/tmp/p.mjs`) so that line numbers point at readable code.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function isProfile(value: unknown): value is CpuProfile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return Array.isArray(v.nodes) && Array.isArray(v.samples) && Array.isArray(v.timeDeltas);
}

const [file, focus] = process.argv.slice(2);
if (!file) throw new Error('usage: npx tsx bench/summarize-profile.ts <file.cpuprofile> [functionName]');
const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
if (!isProfile(parsed)) throw new Error(`${file} is not a V8 CPU profile`);
const profile = parsed;

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const sampleTime = new Map<number, number>();
profile.samples.forEach((id, k) => sampleTime.set(id, (sampleTime.get(id) ?? 0) + (profile.timeDeltas[k] ?? 0)));
const label = (n: ProfileNode): string =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/main\//, '')}:${n.callFrame.lineNumber + 1}`;

const self = new Map<string, number>();
const total = new Map<string, number>();
let all = 0;
for (const [id, t] of sampleTime) {
  all += t;
  const node = byId.get(id);
  if (!node) continue;
  self.set(label(node), (self.get(label(node)) ?? 0) + t);
  const seen = new Set<string>();
  for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
    const n = byId.get(x);
    if (!n || seen.has(label(n))) continue;
    seen.add(label(n));
    total.set(label(n), (total.get(label(n)) ?? 0) + t);
  }
}
const top = (m: Map<string, number>, keep: (l: string) => boolean = () => true): string =>
  [...m]
    .filter(([l]) => keep(l))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 40)
    .map(([l, t]) => `${((100 * t) / all).toFixed(1).padStart(5)}%  ${(t / 1000).toFixed(0).padStart(6)} ms  ${l}`)
    .join('\n');
console.log(`total ${(all / 1000).toFixed(0)} ms\n\nSELF\n${top(self)}\n\nTOTAL (our code only)\n${top(total, (l) => l.includes('src/') || l.includes('.mjs'))}`);

if (focus) {
  const lines = new Map<number, number>();
  const nodes = profile.nodes.filter((n) => n.callFrame.functionName === focus);
  for (const n of nodes) for (const t of n.positionTicks ?? []) lines.set(t.line, (lines.get(t.line) ?? 0) + t.ticks);
  const url = nodes[0]?.callFrame.url;
  const source = url ? readFileSync(new URL(url), 'utf8').split('\n') : [];
  console.log(`\nHOT LINES of ${focus}`);
  for (const [line, ticks] of [...lines].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(`${String(ticks).padStart(6)} ticks  line ${line}: ${source[line - 1]?.trim().slice(0, 110) ?? ''}`);
  }
}
