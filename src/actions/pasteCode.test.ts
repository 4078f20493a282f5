// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resourceId } from '../model/ids';
import { sample } from '../model/testFixtures';
import { createDesignStore } from '../store/designStore';
import { createAppClipboard } from './clipboardService';
import type { ActionContext } from './registry';

/** A fresh registry (and a fresh paste-code loader: nothing loaded yet) with the sample design. */
async function setup() {
  const { createAppActionRegistry } = await import('./appActions');
  const { PASTE_LOAD_FAILURE } = await import('./pasteCode');
  const store = createDesignStore(sample());
  const notes: string[] = [];
  const ctx: ActionContext = {
    store,
    clipboard: createAppClipboard(null),
    view: () => null,
    ui: { openShortcutSheet: vi.fn(), openLibrary: vi.fn(), notify: (m: string) => notes.push(m) },
  };
  const registry = createAppActionRegistry();
  const run = (id: string) => registry.get(id)?.perform(ctx);
  return { store, notes, run, PASTE_LOAD_FAILURE };
}

beforeEach(() => {
  vi.resetModules();
});
afterEach(() => {
  vi.doUnmock('../model/clipboardPaste');
});

describe('paste code loaded after the first copy', () => {
  it('pastes asked for before the code arrives are done when it arrives, in order, each one step', async () => {
    const { store, notes, run } = await setup();
    store.getState().select({ resources: [resourceId('rB')] });
    run('copy');
    run('paste');
    run('paste');
    expect(store.getState().history.past).toEqual([]);
    await vi.waitFor(() => expect(store.getState().history.past).toHaveLength(2));
    const { history, file, selection } = store.getState();
    expect(history.past.map((h) => h.label)).toEqual(['Paste rB', 'Paste rB']);
    const pasted = file.design.resources.slice(sample().design.resources.length).map((r) => r.id);
    expect(pasted.map((id) => file.layout.nodes[id])).toEqual([
      { x: 440, y: 440 },
      { x: 480, y: 480 },
    ]);
    expect(selection.resources).toEqual([pasted[1]]);
    expect(notes).toEqual([]);
  });

  it('a paste or duplicate whose code cannot be loaded changes nothing and says so', async () => {
    vi.doMock('../model/clipboardPaste', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    const { store, notes, run, PASTE_LOAD_FAILURE } = await setup();
    store.getState().select({ resources: [resourceId('rB')] });
    run('copy');
    run('paste');
    run('duplicate');
    await vi.waitFor(() => expect(notes).toHaveLength(2));
    expect(notes).toEqual([PASTE_LOAD_FAILURE, PASTE_LOAD_FAILURE]);
    expect(PASTE_LOAD_FAILURE).toBe('Faultline could not load its paste code, so nothing was pasted. Reload the page to try again; your design is kept.');
    expect(store.getState().history.past).toEqual([]);
    expect(store.getState().file.design.resources).toHaveLength(sample().design.resources.length);
  });
});
