/**
 * Opening a file as a new design of the library (imports, shared links, templates): the open
 * design is saved first, the new one gets an id the library does not hold yet, replaces the open
 * design as one undo step ("Undo" returns to the design that was open, which stays saved), and is
 * saved to the library at once.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { withFreeDesignId } from '../../files/freeDesignId';
import { designId, newId } from '../../model/ids';
import type { DesignFile } from '../../model/types';
import { LIBRARY_QUERY_KEY, libraryQueryOptions } from '../../queries/library';
import { useLibraryServices } from '../../queries/libraryContext';
import { useAutosave } from '../../queries/session';
import { useDesignStoreApi } from '../../store/context';
import { toStorageError } from '../../storage/errors';

/** How the new design's id is chosen: kept unless the library holds it (imports), or always new (copies). */
export type IdPolicy = 'keep-unless-taken' | 'always-new';

/** Why opening failed: the open design could not be saved first, or the new one could not be stored. */
export class OpenAsNewError extends Error {
  override name = 'OpenAsNewError';
}

/** Opens `file` as a new design; resolves with the file as opened (with its final id). */
export type OpenAsNewDesign = (file: DesignFile, label: string, ids: IdPolicy) => Promise<DesignFile>;

export function useOpenAsNewDesign(): OpenAsNewDesign {
  const store = useDesignStoreApi();
  const autosave = useAutosave();
  const { repository, status } = useLibraryServices();
  const queryClient = useQueryClient();

  return useCallback<OpenAsNewDesign>(
    async (file, label, ids) => {
      try {
        await autosave.flush();
      } catch (error) {
        status.getState().report(toStorageError(error, 'save', null), 'The new design was not opened, so that no change is lost.');
        throw new OpenAsNewError('The open design could not be saved first, so the new one was not opened.');
      }
      let opened = file;
      if (ids === 'always-new') opened = { ...file, design: { ...file.design, id: designId(newId('design')) } };
      else {
        const summaries = await queryClient.query({ ...libraryQueryOptions(repository), staleTime: 0 });
        opened = withFreeDesignId(file, new Set(summaries.map((s) => s.id)));
      }
      store.getState().load(opened, { keepHistory: true, label });
      try {
        await autosave.flush();
      } catch {
        // Autosave keeps the design marked unsaved and retries with the next change; the banner says why.
      }
      await queryClient.invalidateQueries({ queryKey: LIBRARY_QUERY_KEY });
      return opened;
    },
    [autosave, queryClient, repository, status, store],
  );
}
