import { afterEach, describe, expect, it } from 'vitest';
import { designId } from '../model/ids';
import { emptyDesignFile } from '../model/defaults';
import { createDesignRepository } from './designRepository';
import { announcingRepository, connectOtherTabs, parseChange, type LibraryChange, type OtherTabs } from './otherTabs';
import { fakeStore } from './testing/fakeStore';

const open: OtherTabs[] = [];
const tab = (tabId: string, name = 'faultline.test'): OtherTabs => {
  const t = connectOtherTabs({ channel: new BroadcastChannel(name), tabId });
  open.push(t);
  return t;
};
afterEach(() => {
  for (const t of open.splice(0)) t.close();
});

/** Resolves with the next `count` changes `t` hears. */
const hear = (t: OtherTabs, count: number): Promise<LibraryChange[]> =>
  new Promise((resolve) => {
    const heard: LibraryChange[] = [];
    const stop = t.listen((c) => {
      heard.push(c);
      if (heard.length === count) {
        stop();
        resolve(heard);
      }
    });
  });

describe('other tabs', () => {
  it('tells every other tab what this one saved or deleted, and not itself', async () => {
    const a = tab('A');
    const b = tab('B');
    const c = tab('C');
    const heardByB = hear(b, 2);
    const heardByC = hear(c, 2);
    const heardByA: LibraryChange[] = [];
    a.listen((change) => heardByA.push(change));
    a.tell('saved', designId('d1'));
    a.tell('deleted', designId('d2'));
    const expected = [
      { kind: 'saved', designId: 'd1', from: 'A' },
      { kind: 'deleted', designId: 'd2', from: 'A' },
    ];
    expect(await heardByB).toEqual(expected);
    expect(await heardByC).toEqual(expected);
    expect(heardByA).toEqual([]);
  });

  it('hears nothing after close, and works (silently) without a channel', async () => {
    const a = tab('A');
    const b = tab('B');
    const heard: LibraryChange[] = [];
    b.listen((change) => heard.push(change));
    b.close();
    const c = tab('C');
    const heardByC = hear(c, 1);
    a.tell('saved', designId('d1'));
    await heardByC;
    expect(heard).toEqual([]);

    const alone = connectOtherTabs({ channel: null, tabId: 'X' });
    alone.listen(() => heard.push({ kind: 'saved', designId: designId('never'), from: 'X' }));
    alone.tell('saved', designId('d1'));
    alone.close();
    expect(heard).toEqual([]);
  });

  it('ignores messages that are not well-formed changes', () => {
    const ok = { type: 'faultline.library-change', kind: 'saved', designId: 'd1', from: 'A' };
    expect(parseChange(ok)).toEqual({ kind: 'saved', designId: 'd1', from: 'A' });
    for (const bad of [null, 'saved', 42, [], { ...ok, type: 'other' }, { ...ok, kind: 'renamed' }, { ...ok, designId: '' }, { ...ok, designId: 7 }, { ...ok, from: undefined }]) {
      expect(parseChange(bad)).toBeNull();
    }
  });

  it('announces every design the repository stores or deletes, after it is done, and nothing that failed', async () => {
    const told: string[] = [];
    const store = fakeStore();
    const repository = announcingRepository(createDesignRepository(store), { tell: (kind, id) => told.push(`${kind} ${id}`) });
    const file = emptyDesignFile('Web tier');
    const id = file.design.id;
    await repository.save(file);
    await repository.rename(id, 'Web tier 2');
    const copy = await repository.duplicate(id);
    await repository.remove(id);
    expect(told).toEqual([`saved ${id}`, `saved ${id}`, `saved ${copy.id}`, `deleted ${id}`]);

    store.failWith('*', new DOMException('full', 'QuotaExceededError'));
    await expect(repository.save(file)).rejects.toThrow();
    expect(told).toHaveLength(4);
  });
});
