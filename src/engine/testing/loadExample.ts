/**
 * Test helper: loads the public example designs (`public/examples`, DOMAIN.md section 4) by
 * scenario name. Node only (reads the files from disk); never imported by the app.
 */
import { readFileSync } from 'node:fs';
import { parseDesignText } from '../../model/restore';
import type { DesignFile } from '../../model/types';

const EXAMPLES = new URL('../../../public/examples/', import.meta.url);

interface IndexEntry {
  file: string;
  scenario: string;
}

function isIndexEntry(value: unknown): value is IndexEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.file === 'string' && typeof v.scenario === 'string';
}

/** The scenario names of the example index (`S1`, …, `S10e`), mapped to their file names. */
export function exampleFiles(): Map<string, string> {
  const raw: unknown = JSON.parse(readFileSync(new URL('index.json', EXAMPLES), 'utf8'));
  if (!Array.isArray(raw) || !raw.every(isIndexEntry)) throw new Error('public/examples/index.json is not a list of examples');
  return new Map(raw.map((e) => [e.scenario, e.file]));
}

/** The raw text of an example design file. */
export function exampleText(scenario: string): string {
  const file = exampleFiles().get(scenario);
  if (file === undefined) throw new Error(`No example for scenario ${scenario}`);
  return readFileSync(new URL(file, EXAMPLES), 'utf8');
}

/**
 * The example design file of a scenario, restored exactly as the app imports it. Throws when restore
 * refuses the file or has to repair anything: the examples must load cleanly.
 */
export function loadExample(scenario: string): DesignFile {
  const result = parseDesignText(exampleText(scenario));
  if (!result.ok) throw new Error(`${scenario}: ${result.error.path}: ${result.error.message}`);
  if (result.warnings.length > 0) {
    throw new Error(`${scenario}: restore repaired the example: ${result.warnings.map((w) => w.message).join('; ')}`);
  }
  return result.file;
}
