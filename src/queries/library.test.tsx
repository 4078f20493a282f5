// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { emptyDesignFile } from '../model/defaults';
import { renameDesign } from '../model/edit';
import { designId } from '../model/ids';
import type { DesignFile } from '../model/types';
import { DesignStoreProvider } from '../store/context';
import { createDesignStore, type DesignStore } from '../store/designStore';
import { createDesignRepository } from '../storage/designRepository';
import { createStorageStatus } from '../storage/storageStatus';
import { fakeStore, quotaExceeded, type FakeStore } from '../storage/testing/fakeStore';
import { useDeleteDesign, useDuplicateDesign, useLibrary, useRenameDesign, useSaveDesign } from './library';
import { LibraryProvider } from './libraryContext';
import { DesignSessionProvider, useNewDesign, useOpenDesign } from './session';

function named(id: string, name: string): DesignFile {
  const file = emptyDesignFile(name);
  return { ...file, design: { ...file.design, id: designId(id) } };
}

function setup(store: FakeStore = fakeStore(), design: DesignStore = createDesignStore(named('open', 'Open one'))) {
  let clock = 0;
  const repository = createDesignRepository(store, { now: () => ++clock, timeoutMs: 1000 });
  const status = createStorageStatus();
  const queryClient = new QueryClient({ defaultOptions: { queries: { gcTime: Infinity } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <LibraryProvider services={{ repository, status }}>
        <DesignStoreProvider store={design}>
          <DesignSessionProvider delayMs={10}>{children}</DesignSessionProvider>
        </DesignStoreProvider>
      </LibraryProvider>
    </QueryClientProvider>
  );
  return { repository, status, wrapper, design, store };
}

const listNames = (hook: { current: { library: ReturnType<typeof useLibrary> } }) => hook.current.library.data?.map((s) => s.name);

describe('library queries and mutations', () => {
  it('lists, and refreshes the list after save, rename, duplicate and delete', async () => {
    const { wrapper } = setup();
    const { result } = renderHook(
      () => ({
        library: useLibrary(),
        save: useSaveDesign(),
        rename: useRenameDesign(),
        duplicate: useDuplicateDesign(),
        remove: useDeleteDesign(),
      }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.library.isSuccess).toBe(true));
    expect(listNames(result)).toEqual([]);

    await act(() => result.current.save.mutateAsync({ file: named('a', 'Alpha') }));
    await waitFor(() => expect(listNames(result)).toEqual(['Alpha']));

    await act(() => result.current.rename.mutateAsync({ id: designId('a'), name: 'Alpha 2' }));
    await waitFor(() => expect(listNames(result)).toEqual(['Alpha 2']));

    await act(() => result.current.duplicate.mutateAsync({ id: designId('a') }));
    await waitFor(() => expect(listNames(result)).toEqual(['Alpha 2 (copy)', 'Alpha 2']));

    await act(() => result.current.remove.mutateAsync({ id: designId('a') }));
    await waitFor(() => expect(listNames(result)).toEqual(['Alpha 2 (copy)']));
  });

  it('reports a failed mutation in the storage status, naming the design', async () => {
    const store = fakeStore();
    const { wrapper, status } = setup(store);
    store.failWith('setMany', quotaExceeded());
    const { result } = renderHook(() => useSaveDesign(), { wrapper });
    await act(async () => {
      await result.current.mutateAsync({ file: named('w', 'Web tier') }).catch(() => undefined);
    });
    expect(status.getState().problem).toMatchObject({ key: 'save:quota' });
    expect(status.getState().problem?.message).toMatch(/^“Web tier” could not be saved: the browser's storage for this site is full/);
  });

  it('opens a saved design after saving the open one, and refuses a damaged one without changing anything', async () => {
    const { wrapper, design, repository, store, status } = setup();
    await repository.save(named('other', 'Other'));
    store.data.set('summary:bad', { name: 'Bad', modifiedAt: 1, resourceCount: 0 });
    store.data.set('design:bad', { file: { format: 'nonsense' } });
    const { result } = renderHook(() => ({ open: useOpenDesign(), create: useNewDesign() }), { wrapper });
    await waitFor(() => expect(result.current.open).toBeDefined());

    act(() => {
      design.getState().commit('Rename', (f) => renameDesign(f, 'Open one, edited'));
    });
    await act(() => result.current.open.mutateAsync(designId('other')));
    expect(design.getState().file.design.name).toBe('Other');
    expect((await repository.load(designId('open'))).file.design.name).toBe('Open one, edited');
    expect(await repository.lastOpen()).toBe('other');

    await act(async () => {
      await result.current.open.mutateAsync(designId('bad')).catch(() => undefined);
    });
    expect(design.getState().file.design.name).toBe('Other');
    expect(status.getState().problem?.message).toMatch(/^“Bad” could not be opened: the stored copy is damaged/);

    await act(() => result.current.create.mutateAsync('Fresh'));
    expect(design.getState().file.design.name).toBe('Fresh');
    expect((await repository.list()).map((s) => s.name)).toContain('Fresh');
    expect(await repository.lastOpen()).toBe(design.getState().file.design.id);
  });

  it('does not switch designs when the open one cannot be saved', async () => {
    const store = fakeStore();
    const { wrapper, design, repository, status } = setup(store);
    await repository.save(named('other', 'Other'));
    const { result } = renderHook(() => useOpenDesign(), { wrapper });
    act(() => {
      design.getState().commit('Rename', (f) => renameDesign(f, 'Unsaved'));
    });
    store.failWith('setMany', quotaExceeded());
    await act(async () => {
      await result.current.mutateAsync(designId('other')).catch(() => undefined);
    });
    expect(design.getState().file.design.name).toBe('Unsaved');
    expect(status.getState().problem?.message).toMatch(/could not be saved: .* The other design was not opened, so that no change is lost/);
  });
});
