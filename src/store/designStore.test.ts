import { describe, expect, it } from 'vitest';
import { createResource } from '../model/defaults';
import type { DesignFile, Resource, ResourceId } from '../model/types';
import { createDesignStore } from './designStore';

const add = (r: Resource) => (f: DesignFile): DesignFile => ({
  ...f,
  design: { ...f.design, resources: [...f.design.resources, r] },
});
const move = (id: string, x: number) => (f: DesignFile): DesignFile => ({
  ...f,
  layout: { ...f.layout, nodes: { ...f.layout.nodes, [id]: { x, y: 0 } } },
});

describe('design store history', () => {
  it('makes one gesture one undo step, however many updates it has', () => {
    const store = createDesignStore();
    const region = createResource('region', { name: 'europe-se-1' });
    store.getState().commit('Add region', add(region));
    store.getState().beginGesture('Move region');
    for (let x = 1; x <= 30; x++) store.getState().updateGesture(move(region.id, x));
    store.getState().endGesture();
    expect(store.getState().history.past.map((e) => e.label)).toEqual(['Add region', 'Move region']);
    expect(store.getState().file.layout.nodes[region.id]).toEqual({ x: 30, y: 0 });
    store.getState().undo();
    expect(store.getState().file.layout.nodes[region.id]).toBeUndefined();
    expect(store.getState().file.design.resources).toHaveLength(1);
  });

  it('keeps the very same selection through a layout change, and prunes deleted ids on a semantic one', () => {
    const store = createDesignStore();
    const region = createResource('region', { name: 'r' });
    store.getState().commit('Add region', add(region));
    store.getState().select({ resources: [region.id, 'gone' as ResourceId] });
    const selection = store.getState().selection;
    store.getState().commit('Move region', move(region.id, 40));
    expect(store.getState().selection).toBe(selection);
    store.getState().commit('Rename', (f) => ({ ...f, design: { ...f.design, name: 'renamed' } }));
    expect(store.getState().selection.resources).toEqual([region.id]);
  });

  it('never records selection, scenario or viewport changes as steps', () => {
    const store = createDesignStore();
    const region = createResource('region', { name: 'r' });
    store.getState().commit('Add region', add(region));
    const before = store.getState().history;
    store.getState().select({ resources: [region.id] });
    store.getState().toggleFailedRegion(region.id, false);
    store.getState().setViewport({ x: 10, y: 20, zoom: 2 });
    expect(store.getState().history).toBe(before);
    expect(store.getState().revision).toBe(1);
  });

  it('clears redo after a new edit', () => {
    const store = createDesignStore();
    store.getState().commit('Add a', add(createResource('region', { name: 'a' })));
    store.getState().commit('Add b', add(createResource('region', { name: 'b' })));
    store.getState().undo();
    expect(store.getState().history.future).toHaveLength(1);
    store.getState().commit('Add c', add(createResource('region', { name: 'c' })));
    expect(store.getState().history.future).toHaveLength(0);
    store.getState().redo();
    expect(store.getState().file.design.resources.map((r) => r.name)).toEqual(['a', 'c']);
  });

  it('undoes back to empty and redoes to an identical document', () => {
    const store = createDesignStore();
    const empty = store.getState().file;
    for (const name of ['a', 'b', 'c']) store.getState().commit(`Add ${name}`, add(createResource('region', { name })));
    const full = store.getState().file;
    while (store.getState().history.past.length > 0) store.getState().undo();
    expect(store.getState().file).toEqual(empty);
    while (store.getState().history.future.length > 0) store.getState().redo();
    expect(store.getState().file).toEqual(full);
  });

  it('bumps the design revision only for semantic changes', () => {
    const store = createDesignStore();
    const region = createResource('region', { name: 'r' });
    store.getState().commit('Add', add(region));
    const { designRevision } = store.getState();
    store.getState().commit('Move', move(region.id, 5));
    expect(store.getState().designRevision).toBe(designRevision);
    expect(store.getState().revision).toBe(2);
  });

  it('ignores edits that change nothing and prunes deleted ids from the selection', () => {
    const store = createDesignStore();
    expect(store.getState().commit('Nothing', (f) => f)).toBe(false);
    const region = createResource('region', { name: 'r' });
    store.getState().commit('Add', add(region));
    store.getState().select({ resources: [region.id, 'ghost' as ResourceId] });
    store.getState().undo();
    expect(store.getState().selection.resources).toEqual([]);
  });

  it('restores the document when a gesture is cancelled', () => {
    const store = createDesignStore();
    const region = createResource('region', { name: 'r' });
    store.getState().commit('Add', add(region));
    const before = store.getState().file;
    store.getState().beginGesture('Drag');
    store.getState().updateGesture(move(region.id, 99));
    store.getState().cancelGesture();
    expect(store.getState().file).toBe(before);
    expect(store.getState().history.past).toHaveLength(1);
  });
});
