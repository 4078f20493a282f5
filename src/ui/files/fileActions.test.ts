import { describe, expect, it, vi } from 'vitest';
import { createAppActionRegistry } from '../../actions/appActions';
import { createActionRegistry } from '../../actions/registry';
import { createResource, emptyDesignFile } from '../../model/defaults';
import { createDesignStore } from '../../store/designStore';
import { FILE_ACTION_IDS, registerFileActions } from './fileActions';
import type { FileCommands } from './filesContext';

function commands(): FileCommands {
  return {
    exportJson: vi.fn(),
    chooseFile: vi.fn(),
    importFile: vi.fn(() => Promise.resolve()),
    importText: vi.fn(),
    openPasteDialog: vi.fn(),
    exportImage: vi.fn(() => Promise.resolve()),
    openShare: vi.fn(),
    openTemplates: vi.fn(),
  };
}

const ctxOf = (store = createDesignStore()) => ({
  store,
  clipboard: { content: () => null, set: vi.fn(), notePaste: () => 1, subscribe: () => () => undefined },
  view: () => null,
  ui: { openShortcutSheet: vi.fn(), openLibrary: vi.fn(), notify: vi.fn() },
});

describe('registerFileActions', () => {
  it('registers every file action once per registry, next to the built-in ones', () => {
    const registry = createAppActionRegistry();
    const holder = registerFileActions(registry);
    expect(registerFileActions(registry)).toBe(holder);
    for (const id of Object.values(FILE_ACTION_IDS)) expect(registry.get(id)?.group).toBe('Design');
    expect(registry.list().filter((a) => a.id === FILE_ACTION_IDS.exportJson)).toHaveLength(1);
  });

  it('runs the provider commands, and is disabled while no provider is mounted', () => {
    const registry = createActionRegistry();
    const holder = registerFileActions(registry);
    const ctx = ctxOf();
    const action = registry.get(FILE_ACTION_IDS.exportJson);
    expect(action?.enabled(ctx.store.getState(), ctx)).toBe(false);
    const c = commands();
    holder.current = c;
    expect(action?.enabled(ctx.store.getState(), ctx)).toBe(true);
    action?.perform(ctx);
    expect(c.exportJson).toHaveBeenCalledOnce();
    registry.get(FILE_ACTION_IDS.exportSvg)?.perform(ctx);
    expect(c.exportImage).toHaveBeenCalledWith('svg');
  });

  it('offers image export only for a design with resources', () => {
    const registry = createActionRegistry();
    registerFileActions(registry).current = commands();
    const empty = ctxOf();
    const file = emptyDesignFile();
    const full = ctxOf(createDesignStore({ ...file, design: { ...file.design, resources: [createResource('region')] } }));
    const png = registry.get(FILE_ACTION_IDS.exportPng);
    expect(png?.enabled(empty.store.getState(), empty)).toBe(false);
    expect(png?.enabled(full.store.getState(), full)).toBe(true);
  });

  it('answers Mod+Shift+S with Export JSON', () => {
    const registry = createAppActionRegistry();
    registerFileActions(registry);
    const event = { key: 'S', code: 'KeyS', ctrlKey: true, metaKey: false, shiftKey: true, altKey: false };
    expect(registry.match(event)?.id).toBe(FILE_ACTION_IDS.exportJson);
  });

  it('drops a shortcut another action already owns instead of failing', () => {
    const registry = createActionRegistry();
    registry.register({ id: 'mine', label: 'Mine', group: 'Edit', shortcut: 'Mod+Shift+S', enabled: () => true, perform: vi.fn() });
    registerFileActions(registry);
    expect(registry.get(FILE_ACTION_IDS.exportJson)?.shortcuts).toEqual([]);
  });
});
