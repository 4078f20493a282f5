import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { createRelation, createResource, emptyDesignFile } from '../src/model/defaults';
import { serializeDesignFile } from '../src/model/serialize';
import { DESIGN_SCHEMA_FILE, DESIGN_SCHEMA_ID, designJsonSchemaText } from './generate-schema';

const EXAMPLES = new URL('../public/examples/', import.meta.url);
/** DOMAIN.md section 4 has 14 public scenarios (S1–S9, S10a–e); each has an example file. */
const EXPECTED_EXAMPLES = 14;

function validator() {
  const schema = JSON.parse(readFileSync(DESIGN_SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
  return new Ajv2020({ allErrors: true }).compile(schema);
}

describe('design.v1.json', () => {
  it('is exactly what the generator produces from the zod schema (run `npm run schema` after a change)', () => {
    expect(readFileSync(DESIGN_SCHEMA_FILE, 'utf8')).toBe(designJsonSchemaText());
  });

  it('is a JSON Schema with an id and a title', () => {
    const schema = JSON.parse(designJsonSchemaText()) as Record<string, unknown>;
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: DESIGN_SCHEMA_ID,
      title: 'Faultline design file (format version 1)',
      required: ['format', 'version', 'design'],
    });
  });

  it('accepts every example design', () => {
    const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.faultline.json'));
    expect(files.length).toBeGreaterThanOrEqual(EXPECTED_EXAMPLES);
    const validate = validator();
    for (const file of files) {
      const valid = validate(JSON.parse(readFileSync(new URL(file, EXAMPLES), 'utf8')));
      expect({ file, errors: valid ? null : validate.errors }).toEqual({ file, errors: null });
    }
  });

  it('accepts a serialized design and a minimal hand-written one', () => {
    const validate = validator();
    const file = emptyDesignFile('Shop');
    const region = createResource('region', {});
    const zone = createResource('availabilityZone', { region: region.id, name: 'europe-se-1a' });
    const instance = createResource('instance', { availabilityZone: zone.id });
    const other = createResource('instance', {});
    const design = {
      ...file.design,
      resources: [region, zone, instance, other],
      relations: [createRelation('replicatesWith', instance.id, other.id)],
    };
    expect(validate(JSON.parse(serializeDesignFile({ ...file, design })))).toBe(true);
    const minimal = {
      format: 'faultline.design',
      version: 1,
      design: { id: 'd', resources: [{ id: 'n', kind: 'network', region: 'r' }, { id: 's', kind: 'subnet', network: 'n', cidr: '10.0.0.0/24' }] },
    };
    expect(validate(minimal)).toBe(true);
  });

  it('refuses what restore refuses: wrong types, missing required fields, unknown kinds, another version', () => {
    const validate = validator();
    const withResource = (resource: object, version = 1) => ({ format: 'faultline.design', version, design: { id: 'd', resources: [resource] } });
    expect(validate(withResource({ id: 's', kind: 'subnet', network: 'n', cidr: 42 }))).toBe(false);
    expect(validate(withResource({ id: 's', kind: 'subnet', network: 'n' }))).toBe(false);
    expect(validate(withResource({ id: 'n', kind: 'network', region: 'r', mtu: 20000 }))).toBe(false);
    expect(validate(withResource({ id: 'f', kind: 'firewall' }))).toBe(false);
    expect(validate(withResource({ id: 'r', kind: 'region' }, 2))).toBe(false);
  });
});
