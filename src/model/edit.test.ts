import { describe, expect, it } from 'vitest';
import { connect } from './connect';
import { disconnect } from './connections';
import { addResource, moveNodes, removeResources, renameDesign, setLayout, updateRelation, updateResource } from './edit';
import { relationId, resourceId } from './ids';
import { findOfKind } from './placement';
import { res, sample } from './testFixtures';

const id = resourceId;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe('purity', () => {
  it('never mutates a frozen input, for every operation', () => {
    const file = deepFreeze(sample());
    const snapshot = structuredClone(file);
    const results = [
      addResource(file, res('instance', 'new-1'), { x: 1, y: 2 }),
      updateResource<'subnet'>(file, id('s1'), { cidr: '10.0.9.0/24' }),
      removeResources(file, [id('europe-se-1'), id('rB'), id('pool-a')]),
      updateRelation<'dependsOn'>(file, relationId('dep'), { required: false }),
      setLayout(file, id('rA'), { x: 9, y: 9 }),
      moveNodes(file, [{ id: id('web-1'), x: 50, y: 60 }, { id: id('rA'), x: 1, y: 1 }]),
      renameDesign(file, 'Renamed'),
      connect(file, id('rA'), id('s2'), 'routerInterface'),
      connect(file, id('pool-a'), id('app-2'), 'poolMember'),
      connect(file, id('rB'), id('rA'), 'staticRoute'),
      connect(file, id('m1'), id('db-1'), 'memberTarget'),
      disconnect(file, 'dep'),
      disconnect(file, 'vip:lb-1->s1'),
      disconnect(file, 'staticRoute:rA:0'),
    ];
    expect(results.every((r) => r !== file)).toBe(true);
    expect(file).toEqual(snapshot);
  });

  it('returns the same object when nothing changes', () => {
    const file = sample();
    expect(updateResource(file, id('s1'), { cidr: '10.0.1.0/24' })).toBe(file);
    expect(updateResource(file, id('nothing'), { name: 'x' })).toBe(file);
    expect(updateRelation(file, relationId('dep'), { required: true })).toBe(file);
    expect(updateRelation(file, relationId('nothing'), { required: false })).toBe(file);
    expect(removeResources(file, [id('nothing')])).toBe(file);
    expect(removeResources(file, [])).toBe(file);
    expect(setLayout(file, id('rB'), { x: 400, y: 400 })).toBe(file);
    expect(setLayout(file, id('nothing'), { x: 1, y: 1 })).toBe(file);
    expect(moveNodes(file, [{ id: id('rB'), x: 400, y: 400 }, { id: id('nothing'), x: 1, y: 1 }])).toBe(file);
    expect(renameDesign(file, 'Test design')).toBe(file);
  });
});

describe('add, update, layout, rename', () => {
  it('adds a resource with its layout, and refuses a duplicate id', () => {
    const file = sample();
    const next = addResource(file, res('instance', 'new-1'), { x: 1, y: 2 });
    expect(next.design.resources.at(-1)?.id).toBe('new-1');
    expect(next.layout.nodes['new-1']).toEqual({ x: 1, y: 2 });
    expect(addResource(file, res('instance', 'new-1')).layout).toBe(file.layout);
    expect(() => addResource(file, res('instance', 'web-1'))).toThrow('A resource with id web-1 already exists.');
  });

  it('updates only the patched resource and shares the rest', () => {
    const file = sample();
    const next = updateResource<'subnet'>(file, id('s1'), { cidr: '10.0.9.0/24', gatewayIp: null });
    expect(findOfKind(next.design, id('s1'), 'subnet')).toMatchObject({ cidr: '10.0.9.0/24', gatewayIp: null, network: 'net-1' });
    expect(next.design.resources.filter((r, i) => r !== file.design.resources[i]).map((r) => r.id)).toEqual(['s1']);
    expect(next.design.relations).toBe(file.design.relations);
    expect(next.layout).toBe(file.layout);
  });

  it('never changes id or kind, even through a cast', () => {
    const file = sample();
    const sneaky = { id: 'other', kind: 'network', name: 'renamed' } as unknown as { name: string };
    const next = updateResource(file, id('s1'), sneaky);
    expect(next.design.resources.find((r) => r.name === 'renamed')).toMatchObject({ id: 's1', kind: 'subnet' });
    const rel2 = updateRelation(file, relationId('dep'), { from: 'x', label: 'db' } as unknown as { label: string });
    expect(rel2.design.relations.find((r) => r.id === 'dep')).toMatchObject({ from: 'web-1', label: 'db' });
  });

  it('types patches per kind', () => {
    const file = sample();
    // @ts-expect-error -- the kind of a resource cannot be patched
    updateResource(file, id('s1'), { kind: 'network' });
    // @ts-expect-error -- a subnet has no size
    updateResource<'subnet'>(file, id('s1'), { sizeGb: 3 });
    // @ts-expect-error -- the ends of a relation cannot be patched
    updateRelation(file, relationId('dep'), { to: id('app-2') });
    expect(updateRelation<'port'>(file, relationId('port-web'), { fixedIp: '10.0.1.20' }).design.relations[3]).toMatchObject({ fixedIp: '10.0.1.20' });
  });

  it('sets and moves layout entries', () => {
    const file = sample();
    expect(setLayout(file, id('rA'), { x: 3, y: 4, width: 10 }).layout.nodes.rA).toEqual({ x: 3, y: 4, width: 10 });
    const moved = moveNodes(file, [{ id: id('web-1'), x: 50, y: 60 }, { id: id('db-1'), x: 1, y: 2 }]);
    expect(moved.layout.nodes['web-1']).toEqual({ x: 50, y: 60, parent: 'europe-se-1a' });
    expect(moved.layout.nodes['db-1']).toEqual({ x: 1, y: 2 });
    expect(moved.layout.nodes.rB).toBe(file.layout.nodes.rB);
    expect(moved.design).toBe(file.design);
  });

  it('renames the design', () => {
    expect(renameDesign(sample(), 'Shop').design.name).toBe('Shop');
  });
});
