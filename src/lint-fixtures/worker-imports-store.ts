/*
 * Lint fixture (not app code): linted by src/lint/layering.test.ts as if it lived in src/worker/,
 * where importing from the store must be refused.
 */
// @ts-expect-error -- the imported store module deliberately does not exist; only the path matters.
export { layeringFixture } from '../store/x';
