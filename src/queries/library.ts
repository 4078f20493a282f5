/**
 * The design library as TanStack Query server state: the list is a query, every change a
 * mutation that refreshes the list when it settles. Failures go to the storage status (the error
 * banner) as {@link StorageError}s; the open design in the store is never touched by a failure.
 * Storage is local, so queries and mutations run whether or not the browser is online.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DesignId } from '../model/ids';
import type { DesignFile } from '../model/types';
import type { DesignRepository, DesignSummary } from '../storage/designRepository';
import { toStorageError, type StorageOperation } from '../storage/errors';
import { useLibraryServices } from './libraryContext';

/** The query key of the library list. */
export const LIBRARY_QUERY_KEY = ['library'] as const;

/** The library list query: every saved design, most recently changed first. */
export function libraryQueryOptions(repository: DesignRepository) {
  return queryOptions({
    queryKey: LIBRARY_QUERY_KEY,
    queryFn: () => repository.list(),
    networkMode: 'always',
    // A storage failure does not heal by itself within seconds; the dialog offers a retry.
    retry: false,
  });
}

/** The library list. */
export function useLibrary() {
  const { repository } = useLibraryServices();
  return useQuery(libraryQueryOptions(repository));
}

/** A mutation that reports its failure as a storage problem and refreshes the list when done. */
function useLibraryMutation<V, R>(
  operation: StorageOperation,
  run: (repository: DesignRepository, variables: V) => Promise<R>,
  subjectOf: (variables: V) => string | null,
) {
  const { repository, status } = useLibraryServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => run(repository, variables),
    networkMode: 'always',
    onSuccess: () => status.getState().succeeded(operation),
    onError: (error, variables) => status.getState().report(toStorageError(error, operation, subjectOf(variables))),
    onSettled: () => queryClient.invalidateQueries({ queryKey: LIBRARY_QUERY_KEY }),
  });
}

/** What {@link useSaveDesign} takes. */
export interface SaveDesignVariables {
  file: DesignFile;
  /** Also remember it as the design to reopen on the next start (true for the open design). */
  open?: boolean;
}

/** Saves a design file. */
export function useSaveDesign() {
  return useLibraryMutation<SaveDesignVariables, DesignSummary>(
    'save',
    (repository, { file, open }) => repository.save(file, { open: open === true }),
    ({ file }) => file.design.name,
  );
}

/** Renames a saved design (not the open one: that is an edit of the document). */
export function useRenameDesign() {
  return useLibraryMutation<{ id: DesignId; name: string; oldName?: string }, DesignSummary>(
    'rename',
    (repository, { id, name }) => repository.rename(id, name),
    (v) => v.oldName ?? null,
  );
}

/** Saves a copy of a saved design under a new id. */
export function useDuplicateDesign() {
  return useLibraryMutation<{ id: DesignId; name?: string; oldName?: string }, DesignSummary>(
    'duplicate',
    (repository, { id, name }) => repository.duplicate(id, name),
    (v) => v.oldName ?? null,
  );
}

/** Deletes a saved design. */
export function useDeleteDesign() {
  return useLibraryMutation(
    'delete',
    (repository, { id }: { id: DesignId; name?: string }) => repository.remove(id),
    (v) => v.name ?? null,
  );
}
