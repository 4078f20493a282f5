/*
 * Lint fixture (not app code): linted by src/lint/layering.test.ts as if it lived in src/engine/,
 * where importing zustand must be refused.
 */
import { create } from 'zustand';

export const createLayeringFixture = create;
