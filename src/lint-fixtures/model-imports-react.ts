/*
 * Lint fixture (not app code): linted by src/lint/layering.test.ts as if it lived in src/model/,
 * where importing React must be refused.
 */
import { useState } from 'react';

export const useLayeringFixture = useState;
