/**
 * Test helper: loads the public example designs (`public/examples`, DOMAIN.md section 4) by
 * scenario name. Node only (reads the files from disk); never imported by the app.
 */
import { readFileSync } from 'node:fs';
import { FORMAT_TAG, type DesignFile } from '../../model/types';

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
 * The example design file of a scenario. The examples are written to the current format, so a light
 * shape check is enough here; restore's own tests prove that they load cleanly.
 */
export function loadExample(scenario: string): DesignFile {
  const parsed: unknown = JSON.parse(exampleText(scenario));
  if (typeof parsed !== 'object' || parsed === null) throw new Error(`${scenario}: not a JSON object`);
  const file = parsed as Partial<DesignFile>;
  if (file.format !== FORMAT_TAG || !Array.isArray(file.design?.resources) || !Array.isArray(file.design.relations)) {
    throw new Error(`${scenario}: not a Faultline design file`);
  }
  return parsed as DesignFile;
}
