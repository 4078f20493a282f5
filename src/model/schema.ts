/**
 * The zod schema of a Faultline design file, matching `types.ts` exactly (checked at compile time
 * below). It is the single source of the defaults, of the canonical key order used by
 * `serializeDesignFile`, and of the published JSON Schema (`public/schema/design.v1.json`).
 *
 * Restore validates one resource at a time with these schemas so that it can repair what is
 * repairable (ids, references) and name the exact place of what is not.
 */
import { z } from 'zod';
import { decimalNumber, designIdSchema, isValidId, resourceIdSchema, text } from './schema-primitives';
import { nestedRelationObjectSchemas, relationSchema, relationSchemas } from './schema-relations';
import { nestedResourceObjectSchemas, resourceSchema, resourceSchemas } from './schema-resources';
import {
  FORMAT_TAG,
  FORMAT_VERSION,
  type Design,
  type DesignFile,
  type Layout,
  type NodeLayout,
  type RelationKind,
  type RelationOfKind,
  type ResourceKind,
  type ResourceOfKind,
  type Viewport,
} from './types';

export { defaultDependencyVia, defaultDnsTargetRole, RELATION_ENDPOINTS, relationObjectSchemas, relationSchema, relationSchemas } from './schema-relations';
export { resourceObjectSchemas, resourceSchema, resourceSchemas } from './schema-resources';
export { FORBIDDEN_KEYS, isValidId, MAX_ID_LENGTH } from './schema-primitives';

/** The name of a design nobody has named yet. */
export const UNTITLED_DESIGN = 'Untitled design';

/** Canvas coordinates stay within ±10,000,000 px; sizes within 1 … 1,000,000 px. */
const COORDINATE_LIMIT = 1e7;

export const nodeLayoutSchema = z.object(
  {
    x: decimalNumber(-COORDINATE_LIMIT, COORDINATE_LIMIT),
    y: decimalNumber(-COORDINATE_LIMIT, COORDINATE_LIMIT),
    width: decimalNumber(1, 1e6).optional(),
    height: decimalNumber(1, 1e6).optional(),
    parent: resourceIdSchema.optional(),
  },
  { error: 'must be an object with x and y' },
);

export const viewportSchema = z.object(
  {
    // The viewport offset is the node offset scaled by the zoom, hence the wider range.
    x: decimalNumber(-COORDINATE_LIMIT * 100, COORDINATE_LIMIT * 100),
    y: decimalNumber(-COORDINATE_LIMIT * 100, COORDINATE_LIMIT * 100),
    zoom: decimalNumber(0.001, 100),
  },
  { error: 'must be an object with x, y and zoom' },
);

const layoutNodesSchema = z
  .record(
    z.string().refine(isValidId, { error: 'must be a resource id' }),
    nodeLayoutSchema,
  )
  .describe('Canvas position of each resource, keyed by resource id.');

export const layoutSchema = z
  .object(
    {
      nodes: layoutNodesSchema.default({}),
      viewport: viewportSchema.optional(),
    },
    { error: 'must be an object with nodes' },
  )
  .describe('Where resources sit on the canvas; never read by the analysis.');

export const designSchema = z.object(
  {
    id: designIdSchema,
    name: text().default(UNTITLED_DESIGN),
    description: text().default(''),
    resources: z.array(resourceSchema, { error: 'must be a list of resources' }).default([]),
    relations: z.array(relationSchema, { error: 'must be a list of relations' }).default([]),
  },
  { error: 'must be an object with the design' },
);

export const designFileSchema = z
  .object({
    format: z.literal(FORMAT_TAG),
    version: z.literal(FORMAT_VERSION),
    design: designSchema,
    layout: layoutSchema.default({ nodes: {} }),
  })
  .describe('A Faultline design: cloud resources, their relations and their canvas layout.');

/** The schemas of every nested object, keyed by the name of the field that holds it. */
export const nestedObjectSchemas = {
  allocationPools: nestedResourceObjectSchemas.allocationPool,
  hostRoutes: nestedResourceObjectSchemas.route,
  routes: nestedResourceObjectSchemas.route,
  l7Policies: nestedResourceObjectSchemas.l7Policy,
  failoverGroup: nestedRelationObjectSchemas.failoverMembership,
} as const;

// ---------------------------------------------------------------------------------------------
// Compile-time proof that the schema produces exactly the document types.
// ---------------------------------------------------------------------------------------------

type Equals<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

type ResourceSchemasMatch = {
  [K in ResourceKind]: Equals<z.output<(typeof resourceSchemas)[K]>, ResourceOfKind<K>>;
}[ResourceKind];
type RelationSchemasMatch = {
  [K in RelationKind]: Equals<z.output<(typeof relationSchemas)[K]>, RelationOfKind<K>>;
}[RelationKind];

type Assert<T extends true> = T;

/** Fails to compile when a schema's output and its document type drift apart. */
export type SchemaMatchesTypes = [
  Assert<ResourceSchemasMatch>,
  Assert<RelationSchemasMatch>,
  Assert<Equals<z.output<typeof nodeLayoutSchema>, NodeLayout>>,
  Assert<Equals<z.output<typeof viewportSchema>, Viewport>>,
  Assert<Equals<z.output<typeof layoutSchema>, Layout>>,
  Assert<Equals<z.output<typeof designSchema>, Design>>,
  Assert<Equals<z.output<typeof designFileSchema>, DesignFile>>,
];
