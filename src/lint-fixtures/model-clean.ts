/*
 * Lint fixture (not app code): linted by src/lint/layering.test.ts as if it lived in src/model/;
 * it imports only from the model and must pass the whole lint configuration without a message.
 */
import type { Design } from '../model/types';

/** The number of resources in a design. */
export function resourceCount(design: Design): number {
  return design.resources.length;
}
