// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resourceId } from '../model/ids';
import { findResource } from '../model/placement';
import { sample } from '../model/testFixtures';
import { createDesignStore, type DesignStore } from '../store/designStore';
import { createAppActionRegistry } from './appActions';
import { createAppClipboard } from './clipboardService';
import { dispatchKey, isTextEntry, type KeyEventLike } from './dispatcher';
import type { ActionContext, ViewCommands } from './registry';

const id = resourceId;

function setup(view: ViewCommands | null = null) {
  const store = createDesignStore(sample());
  const writes: string[] = [];
  const notes: string[] = [];
  const ui = { openShortcutSheet: vi.fn(), openLibrary: vi.fn(), notify: (m: string) => notes.push(m) };
  const ctx: ActionContext = {
    store,
    clipboard: createAppClipboard((text) => {
      writes.push(text);
      return Promise.resolve();
    }),
    view: () => view,
    ui,
  };
  return { store, ctx, writes, notes, ui, registry: createAppActionRegistry() };
}

function press(
  registry: ReturnType<typeof createAppActionRegistry>,
  ctx: ActionContext,
  keyName: string,
  mods: Partial<KeyEventLike> = {},
): { ran: string | null; prevented: boolean } {
  let prevented = false;
  const code = /^[a-z]$/i.test(keyName) ? `Key${keyName.toUpperCase()}` : keyName;
  const event: KeyEventLike = {
    key: keyName,
    code,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    target: document.body,
    defaultPrevented: false,
    preventDefault: () => {
      prevented = true;
    },
    ...mods,
  };
  return { ran: dispatchKey(event, registry, ctx), prevented };
}

const names = (store: DesignStore) => store.getState().file.design.resources.map((r) => r.name);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('keyboard dispatcher', () => {
  it('leaves key presses in text fields, selects and modal dialogs alone', () => {
    const { ctx, registry, store } = setup();
    store.getState().select({ resources: [id('web-1')] });
    document.body.innerHTML = '<input id="t" type="text"><input id="c" type="checkbox"><textarea id="a"></textarea><div role="dialog" aria-modal="true"><button id="b">x</button></div>';
    const byId = (x: string) => document.getElementById(x);
    expect(isTextEntry(byId('t'))).toBe(true);
    expect(isTextEntry(byId('a'))).toBe(true);
    expect(isTextEntry(byId('c'))).toBe(false);
    expect(press(registry, ctx, 'Delete', { target: byId('t') })).toEqual({ ran: null, prevented: false });
    expect(press(registry, ctx, 'Delete', { target: byId('b') })).toEqual({ ran: null, prevented: false });
    expect(names(store)).toContain('web-1');
    expect(press(registry, ctx, 'Delete', { target: byId('c') })).toEqual({ ran: 'delete', prevented: true });
    expect(names(store)).not.toContain('web-1');
  });

  it('claims a matched shortcut even when its action is disabled', () => {
    const { ctx, registry } = setup();
    expect(press(registry, ctx, 'd', { ctrlKey: true })).toEqual({ ran: null, prevented: true });
    expect(press(registry, ctx, 'q', { ctrlKey: true })).toEqual({ ran: null, prevented: false });
  });
});

describe('edit actions', () => {
  it('deletes the selection as one undo step and undo/redo walk it', () => {
    const { ctx, registry, store } = setup();
    store.getState().select({ resources: [id('web-1'), id('rB')], connections: ['dep'] });
    press(registry, ctx, 'Backspace');
    expect(names(store)).not.toContain('web-1');
    expect(names(store)).not.toContain('rB');
    expect(store.getState().history.past.map((h) => h.label)).toEqual(['Delete 3 items']);
    expect(registry.get('undo')?.title?.(store.getState(), ctx)).toBe('Undo Delete 3 items');
    press(registry, ctx, 'z', { metaKey: true });
    expect(names(store)).toContain('web-1');
    expect(registry.get('redo')?.title?.(store.getState(), ctx)).toBe('Redo Delete 3 items');
    press(registry, ctx, 'y', { ctrlKey: true });
    expect(names(store)).not.toContain('web-1');
  });

  it('deletes a resource with its required connection without a refusal', () => {
    const { ctx, registry, store, notes } = setup();
    store.getState().select({ resources: [id('s2')], connections: ['subnetOf:s2->net-1'] });
    press(registry, ctx, 'Delete');
    expect(names(store)).not.toContain('s2');
    expect(notes).toEqual([]);
  });

  it('reports connections that cannot be deleted on their own', () => {
    const { ctx, registry, store, notes } = setup();
    store.getState().select({ connections: ['subnetOf:s1->net-1'] });
    press(registry, ctx, 'Delete');
    expect(notes).toEqual(['A subnet always belongs to a network; delete it instead.']);
    expect(store.getState().history.past).toEqual([]);
  });

  it('copies to the in-app and system clipboard, and each paste is one step, selected, further away', async () => {
    const { ctx, registry, store, writes } = setup();
    store.getState().select({ resources: [id('rB')] });
    press(registry, ctx, 'c', { ctrlKey: true });
    expect(writes).toHaveLength(1);
    expect(JSON.parse(writes[0]!)).toMatchObject({ format: 'faultline.clipboard', resources: [{ id: 'rB' }] });

    press(registry, ctx, 'v', { ctrlKey: true });
    // The paste code loads after the first copy: the first paste is done when it is there.
    await vi.waitFor(() => expect(store.getState().history.past).toHaveLength(1));
    const first = store.getState().selection.resources;
    expect(first).toHaveLength(1);
    expect(first[0]).not.toBe('rB');
    expect(store.getState().file.layout.nodes[first[0]!]).toEqual({ x: 440, y: 440 });

    press(registry, ctx, 'v', { ctrlKey: true });
    const second = store.getState().selection.resources;
    expect(store.getState().file.layout.nodes[second[0]!]).toEqual({ x: 480, y: 480 });
    expect(store.getState().history.past.map((h) => h.label)).toEqual(['Paste rB', 'Paste rB']);
  });

  it('duplicates the selection with its internal connections, as one step', async () => {
    const { ctx, registry, store } = setup();
    store.getState().select({ resources: [id('rA'), id('s1')] });
    const before = store.getState().file.design.relations.length;
    press(registry, ctx, 'd', { ctrlKey: true });
    await vi.waitFor(() => expect(store.getState().history.past).toHaveLength(1));
    const state = store.getState();
    const named = (n: string) => state.selection.resources.find((r) => findResource(state.file.design, r)?.name === n);
    const copyA = named('rA');
    const copyS = named('s1');
    expect(state.selection.resources).toHaveLength(2);
    expect([copyA, copyS]).not.toContain(undefined);
    expect(state.file.design.relations.slice(before)).toMatchObject([{ kind: 'routerInterface', from: copyA, to: copyS }]);
    expect(state.history.past.map((h) => h.label)).toEqual(['Duplicate 2 resources']);
  });

  it('selects everything and clears the selection', () => {
    const { ctx, registry, store } = setup();
    press(registry, ctx, 'a', { ctrlKey: true });
    expect(store.getState().selection.resources).toHaveLength(store.getState().file.design.resources.length);
    press(registry, ctx, 'Escape');
    expect(store.getState().selection.resources).toEqual([]);
  });

  it('runs the view and app commands, and disables view commands until the canvas provides them', () => {
    const view = { fitView: vi.fn(), autoLayout: vi.fn() };
    const withView = setup(view);
    press(withView.registry, withView.ctx, '1', { shiftKey: true, code: 'Digit1', key: '!' });
    press(withView.registry, withView.ctx, 'L', { shiftKey: true });
    press(withView.registry, withView.ctx, '?', { shiftKey: true });
    press(withView.registry, withView.ctx, 'o', { ctrlKey: true });
    expect(view.fitView).toHaveBeenCalledTimes(1);
    expect(view.autoLayout).toHaveBeenCalledTimes(1);
    expect(withView.ui.openShortcutSheet).toHaveBeenCalledTimes(1);
    expect(withView.ui.openLibrary).toHaveBeenCalledTimes(1);

    const without = setup(null);
    expect(without.registry.get('fitView')?.enabled(without.store.getState(), without.ctx)).toBe(false);
  });
});
