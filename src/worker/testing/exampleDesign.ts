/**
 * Test support: the public example designs, read from `public/examples` and validated by the
 * document schema (never cast).
 */
import { readFileSync } from 'node:fs';
import { designFileSchema } from '../../model/schema';
import type { Design } from '../../model/types';

const EXAMPLES = new URL('../../../public/examples/', import.meta.url);

/** The design of an example file, e.g. `s02-cross-zone-floating-ip.faultline.json`. */
export function exampleDesign(file: string): Design {
  const raw: unknown = JSON.parse(readFileSync(new URL(file, EXAMPLES), 'utf8'));
  return designFileSchema.parse(raw).design;
}

export const S2_FILE = 's02-cross-zone-floating-ip.faultline.json';
