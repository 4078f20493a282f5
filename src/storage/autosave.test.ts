import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyDesignFile } from '../model/defaults';
import { renameDesign } from '../model/edit';
import { designId } from '../model/ids';
import type { DesignFile } from '../model/types';
import { createDesignStore } from '../store/designStore';
import { startAutosave } from './autosave';
import { loadStartupDesign } from './boot';
import { createDesignRepository } from './designRepository';
import { StorageError } from './errors';
import { createStorageStatus } from './storageStatus';
import { fakeStore, storageBlocked } from './testing/fakeStore';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const rename = (name: string) => (f: DesignFile) => renameDesign(f, name);

describe('autosave', () => {
  it('saves once, 400 ms after the last of several quick changes', async () => {
    const store = createDesignStore();
    const saves: string[] = [];
    const autosave = startAutosave(store, (f) => {
      saves.push(f.design.name);
      return Promise.resolve();
    });
    store.getState().commit('a', rename('A'));
    await vi.advanceTimersByTimeAsync(300);
    store.getState().commit('b', rename('B'));
    expect(autosave.state()).toBe('pending');
    await vi.advanceTimersByTimeAsync(399);
    expect(saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves).toEqual(['B']);
    expect(autosave.state()).toBe('saved');
    expect(autosave.dirty()).toBe(false);
    autosave.stop();
  });

  it('saves at once when the page is hidden, and flush saves only what changed', async () => {
    const store = createDesignStore();
    const save = vi.fn(() => Promise.resolve());
    const target = new EventTarget() as EventTarget & { document: { visibilityState: DocumentVisibilityState } };
    target.document = { visibilityState: 'hidden' };
    const autosave = startAutosave(store, save, { target });
    store.getState().commit('a', rename('A'));
    target.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(1);
    await autosave.flush();
    expect(save).toHaveBeenCalledTimes(1);
    store.getState().commit('b', rename('B'));
    target.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(2);
    autosave.stop();
  });

  it('keeps changes unsaved after a failure, rejects flush, and retries on the next change', async () => {
    const store = createDesignStore();
    let fail = true;
    const save = vi.fn(() => (fail ? Promise.reject(new Error('full')) : Promise.resolve()));
    const autosave = startAutosave(store, save);
    store.getState().commit('a', rename('A'));
    await expect(autosave.flush()).rejects.toThrow('full');
    expect(autosave.state()).toBe('failed');
    expect(autosave.dirty()).toBe(true);
    fail = false;
    store.getState().commit('b', rename('B'));
    await vi.advanceTimersByTimeAsync(400);
    expect(autosave.state()).toBe('saved');
    expect(save).toHaveBeenCalledTimes(2);
    autosave.stop();
  });

  it('does not save a design that was just opened', async () => {
    const store = createDesignStore();
    const save = vi.fn(() => Promise.resolve());
    const autosave = startAutosave(store, save);
    const opened = emptyDesignFile('Opened');
    autosave.markSaved(opened);
    store.getState().load(opened);
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).not.toHaveBeenCalled();
    autosave.stop();
  });
});

describe('autosave held', () => {
  const HELD = 'Saving is paused: another tab saved this design.';

  it('saves nothing while held, rejects flush with the reason when there are changes, and saves them after release', async () => {
    const store = createDesignStore();
    const saves: string[] = [];
    const autosave = startAutosave(store, (f) => {
      saves.push(f.design.name);
      return Promise.resolve();
    });
    autosave.hold(HELD);
    expect(autosave.state()).toBe('held');
    await expect(autosave.flush()).resolves.toBeUndefined();

    store.getState().commit('a', rename('Mine'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(saves).toEqual([]);
    expect(autosave.state()).toBe('held');
    expect(autosave.dirty()).toBe(true);
    await expect(autosave.flush()).rejects.toThrow(HELD);

    autosave.release();
    expect(autosave.state()).toBe('pending');
    await vi.advanceTimersByTimeAsync(400);
    expect(saves).toEqual(['Mine']);
    expect(autosave.state()).toBe('saved');
  });

  it('stays held when a save that was running ends, and a design marked saved while held stays held', async () => {
    const store = createDesignStore();
    let finish: () => void = () => undefined;
    const autosave = startAutosave(store, () => new Promise<void>((resolve) => (finish = resolve)));
    store.getState().commit('a', rename('A'));
    await vi.advanceTimersByTimeAsync(400);
    expect(autosave.state()).toBe('saving');
    autosave.hold(HELD);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.state()).toBe('held');

    const theirs = renameDesign(store.getState().file, 'Theirs');
    store.getState().load(theirs);
    autosave.markSaved(theirs);
    expect(autosave.state()).toBe('held');
    autosave.release();
    expect(autosave.state()).toBe('saved');
    expect(autosave.dirty()).toBe(false);
  });
});

describe('storage status', () => {
  const blocked = new StorageError('save', 'unavailable', 'Web', 'blocked');

  it('shows a problem, and after dismissal does not show it again until that operation worked', () => {
    const status = createStorageStatus();
    status.getState().report(blocked, 'Keep working.');
    expect(status.getState().problem?.message).toBe(`${blocked.message} Keep working.`);
    status.getState().dismiss();
    status.getState().report(blocked);
    expect(status.getState().problem).toBeNull();
    status.getState().succeeded('save');
    status.getState().report(blocked);
    expect(status.getState().problem?.key).toBe('save:unavailable');
  });
});

describe('start-up design', () => {
  it('reopens the last open design', async () => {
    const repository = createDesignRepository(fakeStore());
    const file = { ...emptyDesignFile('Last'), design: { ...emptyDesignFile('Last').design, id: designId('last') } };
    await repository.save(file, { open: true });
    expect(await loadStartupDesign(repository)).toEqual({ file, problem: null });
  });

  it('starts empty, with the problem, when storage is blocked or the record is damaged', async () => {
    const store = fakeStore();
    store.failWith('*', storageBlocked());
    const blocked = await loadStartupDesign(createDesignRepository(store));
    expect(blocked.file.design.resources).toEqual([]);
    expect(blocked.problem?.error.message).toMatch(/^Your last design could not be reopened: the browser does not let this site store data/);
    expect(blocked.problem?.note).toBe('A new, empty design is open instead; you can keep working.');

    const damaged = fakeStore([['meta:lastOpen', 'x'], ['design:x', { file: 'garbage' }]]);
    const result = await loadStartupDesign(createDesignRepository(damaged));
    expect(result.problem?.error.failure).toBe('corrupt');
  });

  it('starts empty without a problem when the last design was deleted elsewhere', async () => {
    const result = await loadStartupDesign(createDesignRepository(fakeStore([['meta:lastOpen', 'gone']])));
    expect(result.problem).toBeNull();
  });
});
