import { describe, expect, it } from 'vitest';
import { createRelation, createResource } from './defaults';
import { defaultDependencyVia, defaultDnsTargetRole, RESOURCE_DEFAULTS, UNTITLED_DESIGN } from './defaults-table';
import { relationId, resourceId } from './ids';
import * as schema from './schema';
import { RELATION_KINDS, RESOURCE_KINDS, type ResourceKind } from './types';

/** Valid values for the fields that have no default, so that the schema can parse each kind. */
const REQUIRED_SAMPLES: Record<string, unknown> = {
  region: 'r1',
  network: 'n1',
  cidr: '10.1.2.0/24',
  pool: 'europe-se-1-1a-net0',
  loadBalancer: 'lb1',
};
const sampleFor = (kind: ResourceKind, field: string): unknown =>
  kind === 'poolMember' || kind === 'healthMonitor' ? (field === 'pool' ? 'p1' : REQUIRED_SAMPLES[field]) : kind === 'publicPort' && field === 'network' ? 'europe-se-1-1b-net0' : REQUIRED_SAMPLES[field];

function requiredProps(kind: ResourceKind): Record<string, unknown> {
  const table = RESOURCE_DEFAULTS[kind] as { required: readonly string[] };
  return Object.fromEntries(table.required.map((field) => [field, sampleFor(kind, field)]));
}

describe('the defaults table against the schemas', () => {
  it.each(RESOURCE_KINDS)('%s: a new resource is what the schema makes of the same input', (kind) => {
    const input = { id: resourceId(`${kind}-1`), ...requiredProps(kind) };
    const parsed = schema.resourceSchemas[kind].parse({ ...input, kind });
    expect(createResource(kind, input as never)).toStrictEqual(parsed);
  });

  it.each(RESOURCE_KINDS)('%s: the fields without a default are exactly the ones the schema requires', (kind) => {
    const result = schema.resourceSchemas[kind].safeParse({ kind, id: `${kind}-1` });
    const missing = result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
    expect(missing).toEqual(RESOURCE_DEFAULTS[kind].required);
  });

  it.each(RESOURCE_KINDS)('%s: a given name is kept and derived defaults follow it', (kind) => {
    const input = { id: resourceId(`${kind}-1`), name: 'europe-se-1b', ...requiredProps(kind) };
    expect(createResource(kind, input as never)).toStrictEqual(schema.resourceSchemas[kind].parse({ ...input, kind }));
  });

  it('keeps an explicit null gateway and an explicit order as the schema does', () => {
    const subnet = { id: resourceId('s1'), network: resourceId('n1'), cidr: '10.0.0.0/24', gatewayIp: null };
    expect(createResource('subnet', subnet)).toStrictEqual(schema.resourceSchemas.subnet.parse({ ...subnet, kind: 'subnet' }));
    const az = { id: resourceId('az'), region: resourceId('r1'), order: 3, externalNetworks: ['x-net0'] };
    expect(createResource('availabilityZone', az)).toStrictEqual(
      schema.resourceSchemas.availabilityZone.parse({ ...az, kind: 'availabilityZone' }),
    );
  });

  it.each(RELATION_KINDS)('%s: a new relation is what the schema makes of the same input', (kind) => {
    const id = relationId(`${kind}-1`);
    const parsed = schema.relationSchemas[kind].parse({ kind, id, from: 'a', to: 'b' });
    expect(createRelation(kind, resourceId('a'), resourceId('b'), { id })).toStrictEqual(parsed);
  });

  it('derives via, role and the untitled name as the schemas do', () => {
    for (const kind of RESOURCE_KINDS) expect(defaultDependencyVia(kind)).toBe(schema.defaultDependencyVia(kind));
    for (const mode of ['single', 'multi'] as const) expect(defaultDnsTargetRole(mode)).toBe(schema.defaultDnsTargetRole(mode));
    expect(UNTITLED_DESIGN).toBe(schema.UNTITLED_DESIGN);
  });

  it.each(RESOURCE_KINDS)('%s: a malformed address is refused with the words the schema uses', (kind) => {
    const input: Record<string, unknown> = { id: `${kind}-1`, ...requiredProps(kind) };
    for (const field of Object.keys(schema.resourceObjectSchemas[kind].shape)) {
      const bad = { ...input, [field]: '10.0.0.256' };
      const result = schema.resourceSchemas[kind].safeParse({ ...bad, kind });
      const message = result.success ? undefined : result.error.issues[0]?.message;
      if (message?.endsWith('IPv4 address such as 172.29.45.10, or null') !== true) continue;
      expect(() => createResource(kind, bad as never)).toThrow(`createResource("${kind}"): ${field} ${message}`);
    }
  });

  it.each(RELATION_KINDS)('%s: a malformed address is refused with the words the schema uses', (kind) => {
    for (const field of Object.keys(schema.relationObjectSchemas[kind].shape)) {
      const result = schema.relationSchemas[kind].safeParse({ kind, id: 'x', from: 'a', to: 'b', [field]: '1.2.3' });
      const message = result.success ? undefined : result.error.issues[0]?.message;
      if (message?.endsWith('IPv4 address such as 172.29.45.10, or null') !== true) continue;
      expect(() => createRelation(kind, resourceId('a'), resourceId('b'), { [field]: '1.2.3' })).toThrow(
        `createRelation("${kind}"): ${field} ${message}`,
      );
    }
  });
});
