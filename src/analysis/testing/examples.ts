/**
 * Test support: the public example designs by scenario name, read from `public/examples` relative
 * to the working directory (in jsdom tests `import.meta.url` is not a file URL).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDesignText } from '../../model/restore';
import type { DesignFile } from '../../model/types';

const EXAMPLES = join(process.cwd(), 'public', 'examples');

/** The example design file of a scenario (`S2`, `S10a`, …), restored as the app imports it. */
export function exampleFile(scenario: string): DesignFile {
  const index: unknown = JSON.parse(readFileSync(join(EXAMPLES, 'index.json'), 'utf8'));
  const entry = Array.isArray(index)
    ? index.find((e: unknown): e is { file: string } => typeof e === 'object' && e !== null && 'scenario' in e && e.scenario === scenario && 'file' in e && typeof e.file === 'string')
    : undefined;
  if (!entry) throw new Error(`No example for scenario ${scenario}`);
  const result = parseDesignText(readFileSync(join(EXAMPLES, entry.file), 'utf8'));
  if (!result.ok) throw new Error(`${scenario}: ${result.error.message}`);
  return result.file;
}
