// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { emptyDesignFile } from '../../model/defaults';
import { designId } from '../../model/ids';
import type { DesignFile } from '../../model/types';
import { LibraryProvider } from '../../queries/libraryContext';
import { DesignSessionProvider } from '../../queries/session';
import { DesignStoreProvider } from '../../store/context';
import { createDesignStore } from '../../store/designStore';
import { createDesignRepository } from '../../storage/designRepository';
import { createStorageStatus } from '../../storage/storageStatus';
import { fakeStore, quotaExceeded } from '../../storage/testing/fakeStore';
import { OpenAsNewError, useOpenAsNewDesign } from './useOpenAsNewDesign';

function named(id: string, name: string): DesignFile {
  const file = emptyDesignFile(name);
  return { ...file, design: { ...file.design, id: designId(id) } };
}

function setup() {
  const store = fakeStore();
  const repository = createDesignRepository(store, { timeoutMs: 1000 });
  const status = createStorageStatus();
  const design = createDesignStore(named('open', 'Open one'));
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <LibraryProvider services={{ repository, status }}>
        <DesignStoreProvider store={design}>
          <DesignSessionProvider delayMs={10}>{children}</DesignSessionProvider>
        </DesignStoreProvider>
      </LibraryProvider>
    </QueryClientProvider>
  );
  const { result } = renderHook(() => useOpenAsNewDesign(), { wrapper });
  return { store, repository, status, design, result };
}

const ids = async (repository: ReturnType<typeof setup>['repository']) => (await repository.list()).map((s) => s.id).sort();

describe('useOpenAsNewDesign', () => {
  it('saves the open design, opens the new one as one undo step and stores it in the library', async () => {
    const { repository, design, result } = setup();
    await waitFor(() => expect(result.current).not.toBeNull());
    await act(async () => {
      design.getState().commit('Rename', (f) => ({ ...f, design: { ...f.design, name: 'Edited one' } }));
      await Promise.resolve();
    });
    let opened: DesignFile | undefined;
    await act(async () => {
      opened = await result.current(named('imported', 'Imported one'), 'Import “Imported one”', 'keep-unless-taken');
    });
    expect(opened?.design.id).toBe('imported');
    expect(design.getState().file.design.name).toBe('Imported one');
    expect(design.getState().history.past.map((h) => h.label)).toEqual(['Rename', 'Import “Imported one”']);
    expect(await ids(repository)).toEqual(['imported', 'open']);
    expect((await repository.load(designId('open'))).file.design.name).toBe('Edited one');

    act(() => design.getState().undo());
    expect(design.getState().file.design.name).toBe('Edited one');
  });

  it('gives an import a new id when the library already holds its id, so nothing is overwritten', async () => {
    const { repository, design, result } = setup();
    await repository.save(named('taken', 'Saved before'));
    await waitFor(() => expect(result.current).not.toBeNull());
    await act(async () => {
      await result.current(named('taken', 'Same id'), 'Import “Same id”', 'keep-unless-taken');
    });
    const newId = design.getState().file.design.id;
    expect(newId).not.toBe('taken');
    expect((await repository.load(designId('taken'))).file.design.name).toBe('Saved before');
    expect((await repository.load(newId)).file.design.name).toBe('Same id');
  });

  it('always gives a copy (template, shared link) a new id', async () => {
    const { design, result } = setup();
    await waitFor(() => expect(result.current).not.toBeNull());
    await act(async () => {
      await result.current(named('template-x', 'Template'), 'Open template “Template”', 'always-new');
    });
    expect(design.getState().file.design.id).toMatch(/^design-/);
  });

  it('opens nothing when the open design cannot be saved first', async () => {
    const { store, status, design, result } = setup();
    await waitFor(() => expect(result.current).not.toBeNull());
    await act(async () => {
      design.getState().commit('Rename', (f) => ({ ...f, design: { ...f.design, name: 'Changed' } }));
      await Promise.resolve();
    });
    store.failWith('setMany', quotaExceeded());
    await act(async () => {
      await expect(result.current(named('new', 'New'), 'Import “New”', 'keep-unless-taken')).rejects.toBeInstanceOf(OpenAsNewError);
    });
    expect(design.getState().file.design.name).toBe('Changed');
    expect(status.getState().problem?.message).toContain('The new design was not opened, so that no change is lost.');
  });
});
