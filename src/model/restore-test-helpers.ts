/**
 * Small builders shared by the restore tests (not part of the app).
 */
import { parseDesignText, restoreDesignFile, type RestoreIssue } from './restore';
import type { DesignFile } from './types';

/** A version 1 file around the given design lists. */
export function doc(resources: unknown[], relations: unknown[] = [], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'faultline.design',
    version: 1,
    design: { id: 'd1', name: 'Test design', resources, relations },
    ...extra,
  };
}

/** The restored file and warnings; throws with the error when restore refused the input. */
export function restored(input: unknown): { file: DesignFile; warnings: RestoreIssue[] } {
  const result = typeof input === 'string' ? parseDesignText(input) : restoreDesignFile(input);
  if (!result.ok) throw new Error(`restore refused the input: ${result.error.path}: ${result.error.message}`);
  return result;
}

/** The error of a refused input; throws when restore accepted it. */
export function refused(input: unknown): RestoreIssue {
  const result = typeof input === 'string' ? parseDesignText(input) : restoreDesignFile(input);
  if (result.ok) throw new Error('restore accepted an input it should refuse');
  return result.error;
}

/** The standard zones: region r1 with AZs europe-se-1a and europe-se-1b. */
export const ZONES: unknown[] = [
  { id: 'r1', kind: 'region', name: 'europe-se-1' },
  { id: 'azA', kind: 'availabilityZone', name: 'europe-se-1a', region: 'r1' },
  { id: 'azB', kind: 'availabilityZone', name: 'europe-se-1b', region: 'r1' },
];
