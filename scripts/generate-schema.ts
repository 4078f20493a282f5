/**
 * Writes `public/schema/design.v1.json`, the JSON Schema of the design file, from the zod schema in
 * `src/model/schema.ts` (`npm run schema`). It describes the *input* side: fields with defaults are
 * optional, as a hand-written file may leave them out. A test keeps the committed file in step.
 *
 * Some rules cannot be said in JSON Schema and are checked only by restore: references must point
 * at resources of the right kind, CIDRs must have their host bits clear, and ids may not be
 * `__proto__`, `constructor` or `prototype`.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { designFileSchema } from '../src/model/schema';

/** The schema's identifier (a URN: the schema is served with the app, wherever that runs). */
export const DESIGN_SCHEMA_ID = 'urn:faultline:schema:design:v1';

/** Where the generated schema is committed and served from (`/schema/design.v1.json`). */
export const DESIGN_SCHEMA_FILE = new URL('../public/schema/design.v1.json', import.meta.url);

/** The JSON Schema of a design file, format version 1. */
export function buildDesignJsonSchema(): Record<string, unknown> {
  const { $schema, ...generated } = z.toJSONSchema(designFileSchema, { io: 'input' });
  return { $schema, $id: DESIGN_SCHEMA_ID, title: 'Faultline design file (format version 1)', ...generated };
}

/** The schema as committed: 2-space indentation and a trailing newline. */
export function designJsonSchemaText(): string {
  return `${JSON.stringify(buildDesignJsonSchema(), null, 2)}\n`;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  writeFileSync(DESIGN_SCHEMA_FILE, designJsonSchemaText());
  console.log(`Wrote ${DESIGN_SCHEMA_FILE.pathname}`);
}
