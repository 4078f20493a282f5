import { describe, expect, it } from 'vitest';
import { emptyDesignFile } from '../model/defaults';
import { designId } from '../model/ids';
import { sample } from '../model/testFixtures';
import { createDesignRepository } from './designRepository';
import { classifyStorageFailure, StorageError } from './errors';
import { fakeStore, quotaExceeded, storageBlocked } from './testing/fakeStore';

function setup() {
  const store = fakeStore();
  let clock = 1000;
  const repository = createDesignRepository(store, { now: () => clock++, timeoutMs: 50 });
  return { store, repository };
}

async function failure(promise: Promise<unknown>): Promise<StorageError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof StorageError) return error;
    throw error;
  }
  throw new Error('expected the operation to fail');
}

describe('design repository', () => {
  it('saves, lists (newest first), loads, renames, duplicates and deletes', async () => {
    const { repository } = setup();
    const a = { ...sample(), design: { ...sample().design, id: designId('a'), name: 'Alpha' } };
    const b = emptyDesignFile('Beta');
    await repository.save(a);
    await repository.save(b, { open: true });
    expect((await repository.list()).map((s) => [s.name, s.modifiedAt, s.resourceCount])).toEqual([
      ['Beta', 1001, 0],
      ['Alpha', 1000, a.design.resources.length],
    ]);
    expect(await repository.lastOpen()).toBe(b.design.id);

    const loaded = await repository.load(designId('a'));
    expect(loaded.file).toEqual(a);
    expect(loaded.warnings).toEqual([]);

    await repository.rename(designId('a'), 'Alpha 2');
    expect((await repository.load(designId('a'))).file.design.name).toBe('Alpha 2');

    const copy = await repository.duplicate(designId('a'));
    expect(copy.name).toBe('Alpha 2 (copy)');
    expect(copy.id).not.toBe('a');
    expect((await repository.load(copy.id)).file.design.resources).toEqual(a.design.resources);

    await repository.remove(b.design.id);
    expect(await repository.lastOpen()).toBeNull();
    expect((await repository.list()).map((s) => s.name)).toEqual(['Alpha 2 (copy)', 'Alpha 2']);
  });

  it('maps a full quota to a message that names the design and what to do', async () => {
    const { store, repository } = setup();
    store.failWith('setMany', quotaExceeded());
    const error = await failure(repository.save(emptyDesignFile('Web tier')));
    expect(error.operation).toBe('save');
    expect(error.failure).toBe('quota');
    expect(error.message).toBe(
      "“Web tier” could not be saved: the browser's storage for this site is full. Delete designs you no longer need from the library, or free up space in the browser's site settings.",
    );
  });

  it('maps blocked or missing IndexedDB to "unavailable"', async () => {
    const { store, repository } = setup();
    store.failWith('*', storageBlocked());
    const error = await failure(repository.list());
    expect([error.operation, error.failure]).toEqual(['list', 'unavailable']);
    expect(error.message).toMatch(/^The design library could not be read: the browser does not let this site store data \(A mutation operation/);
    expect(classifyStorageFailure(new ReferenceError('indexedDB is not defined'))).toBe('unavailable');
    expect(classifyStorageFailure(new Error('disk on fire'))).toBe('unknown');
  });

  it('gives up on a store that never answers', async () => {
    const { store, repository } = setup();
    store.hang('keys');
    const error = await failure(repository.list());
    expect(error.failure).toBe('unavailable');
    expect(error.detail).toBe('storage did not answer within 0 seconds');
  });

  it('refuses a damaged record with the restore error, and a missing one as not found', async () => {
    const { store, repository } = setup();
    store.data.set('summary:bad', { name: 'Broken', modifiedAt: 5, resourceCount: 1 });
    store.data.set('design:bad', { file: { format: 'faultline.design', version: 1, design: { id: 'bad', resources: [{ id: 'x', kind: 'subnet', network: 'n', cidr: 'nope' }] } } });
    const error = await failure(repository.load(designId('bad')));
    expect(error.failure).toBe('corrupt');
    expect(error.message).toMatch(/^“Broken” could not be opened: the stored copy is damaged: .*cidr/);

    const missing = await failure(repository.load(designId('gone')));
    expect([missing.failure, missing.subject]).toEqual(['not-found', null]);
  });

  it('lists a damaged summary under its id instead of failing the whole list', async () => {
    const { store, repository } = setup();
    store.data.set('summary:odd', 42);
    expect(await repository.list()).toEqual([{ id: 'odd', name: 'Unreadable design odd', modifiedAt: 0, resourceCount: 0 }]);
  });

  it('names the design in a failed rename, duplicate and delete', async () => {
    const { store, repository } = setup();
    await repository.save({ ...emptyDesignFile('Kept'), design: { ...emptyDesignFile('Kept').design, id: designId('k') } });
    store.failWith('setMany', quotaExceeded());
    store.failWith('delMany', storageBlocked());
    expect((await failure(repository.rename(designId('k'), 'New'))).message).toMatch(/^“Kept” could not be renamed: /);
    expect((await failure(repository.duplicate(designId('k')))).message).toMatch(/^“Kept” could not be duplicated: /);
    expect((await failure(repository.remove(designId('k')))).message).toMatch(/^“Kept” could not be deleted: /);
  });
});
