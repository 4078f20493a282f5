import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyDesignFile } from '../model/defaults';
import { renameDesign } from '../model/edit';
import { designId } from '../model/ids';
import type { DesignFile } from '../model/types';
import { createDesignStore, type DesignStore } from '../store/designStore';
import { createAutosave, type Autosave } from './autosave';
import { createDesignRepository, type DesignRepository } from './designRepository';
import { connectOtherTabs, type LibraryChange, type OtherTabs } from './otherTabs';
import { copyName, createTabGuard, HELD_REASON, type TabGuard } from './tabGuard';
import { fakeStore } from './testing/fakeStore';

/** A fake channel: `send` delivers a change from "the other tab" synchronously. */
function fakeTabs(): OtherTabs & { send(change: Omit<LibraryChange, 'from'>): void } {
  let listener: ((event: MessageEvent) => void) | null = null;
  const tabs = connectOtherTabs({
    tabId: 'here',
    channel: {
      postMessage: () => undefined,
      addEventListener: (_type, l) => (listener = l),
      removeEventListener: () => (listener = null),
      close: () => undefined,
    },
  });
  return Object.assign(tabs, {
    send(change: Omit<LibraryChange, 'from'>) {
      listener?.(new MessageEvent('message', { data: { type: 'faultline.library-change', from: 'there', ...change } }));
    },
  });
}

const ID = designId('shared');
const named = (name: string): DesignFile => {
  const f = emptyDesignFile(name);
  return { ...f, design: { ...f.design, id: ID } };
};

interface Setup {
  store: DesignStore;
  autosave: Autosave;
  repository: DesignRepository;
  tabs: ReturnType<typeof fakeTabs>;
  guard: TabGuard;
  notices: string[];
  saves: string[];
  target: EventTarget;
}

const guards: TabGuard[] = [];
afterEach(() => {
  for (const g of guards.splice(0)) g.stop();
  vi.useRealTimers();
});

async function setup(): Promise<Setup> {
  const repository = createDesignRepository(fakeStore());
  const opened = named('Web tier');
  await repository.save(opened, { open: true });
  const store = createDesignStore(opened);
  const saves: string[] = [];
  const autosave = createAutosave(
    store,
    async (file) => {
      saves.push(file.design.name);
      await repository.save(file, { open: true });
    },
    { saved: opened },
  );
  autosave.start();
  const tabs = fakeTabs();
  const notices: string[] = [];
  const target = new EventTarget();
  const guard = createTabGuard({ store, autosave, tabs, repository, notify: (t) => notices.push(t), target });
  guard.start();
  guards.push(guard);
  return { store, autosave, repository, tabs, guard, notices, saves, target };
}

/** Another tab saves the shared design under `name`. */
async function savedElsewhere(s: Setup, name: string): Promise<void> {
  await s.repository.save(named(name));
  s.tabs.send({ kind: 'saved', designId: ID });
  await vi.waitFor(() => expect(s.guard.state.getState().conflict !== null || s.store.getState().file.design.name === name).toBe(true));
}

describe('tab guard', () => {
  it('with nothing unsaved here, takes the version another tab saved, as one undo step, and says so', async () => {
    const s = await setup();
    await savedElsewhere(s, 'Renamed in the other tab');
    expect(s.store.getState().file.design.name).toBe('Renamed in the other tab');
    expect(s.autosave.dirty()).toBe(false);
    expect(s.guard.state.getState().conflict).toBeNull();
    expect(s.notices).toEqual(['“Renamed in the other tab” was updated with the changes saved in another tab.']);
    s.store.getState().undo();
    expect(s.store.getState().file.design.name).toBe('Web tier');
  });

  it('with unsaved changes here, holds autosave and reports the conflict; nothing overwrites the other tab', async () => {
    vi.useFakeTimers();
    const s = await setup();
    s.store.getState().commit('rename', (f) => renameDesign(f, 'Mine'));
    await savedElsewhere(s, 'Theirs');
    expect(s.guard.state.getState().conflict).toEqual({ designId: ID, name: 'Mine' });
    expect(s.autosave.state()).toBe('held');
    await vi.advanceTimersByTimeAsync(2000);
    expect(s.saves).toEqual([]);
    expect((await s.repository.load(ID)).file.design.name).toBe('Theirs');
    await expect(s.autosave.flush()).rejects.toThrow(HELD_REASON);

    const unload = new Event('beforeunload', { cancelable: true });
    s.target.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);
  });

  it('resolves by taking the saved version (undoable), after which saving goes on', async () => {
    const s = await setup();
    s.store.getState().commit('rename', (f) => renameDesign(f, 'Mine'));
    await savedElsewhere(s, 'Theirs');
    await s.guard.takeSaved();
    expect(s.store.getState().file.design.name).toBe('Theirs');
    expect(s.guard.state.getState().conflict).toBeNull();
    expect(s.autosave.state()).toBe('saved');
    s.store.getState().undo();
    expect(s.store.getState().file.design.name).toBe('Mine');
    await s.autosave.flush();
    expect((await s.repository.load(ID)).file.design.name).toBe('Mine');
  });

  it('resolves by keeping this version as a new design; the other tab’s version stays', async () => {
    const s = await setup();
    s.store.getState().commit('rename', (f) => renameDesign(f, 'Mine'));
    await savedElsewhere(s, 'Theirs');
    expect(s.guard.keepMineAsCopy()).toBe(copyName('Mine'));
    const copy = s.store.getState().file;
    expect(copy.design.id).not.toBe(ID);
    expect(copy.design.name).toBe('Mine (kept from another tab)');
    expect(s.store.getState().history.past).toEqual([]);
    await s.autosave.flush();
    expect((await s.repository.load(copy.design.id)).file.design.name).toBe('Mine (kept from another tab)');
    expect((await s.repository.load(ID)).file.design.name).toBe('Theirs');
    const unload = new Event('beforeunload', { cancelable: true });
    s.target.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(false);
  });

  it('ignores other designs, and only notes a deletion of the open one', async () => {
    const s = await setup();
    s.tabs.send({ kind: 'saved', designId: designId('another') });
    s.tabs.send({ kind: 'deleted', designId: ID });
    await Promise.resolve();
    expect(s.store.getState().file.design.name).toBe('Web tier');
    expect(s.guard.state.getState().conflict).toBeNull();
    expect(s.notices).toEqual(['“Web tier” was deleted in another tab. It stays open here and is stored again with your next change.']);
  });
});
