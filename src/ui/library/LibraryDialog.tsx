/**
 * The design library: every saved design with its last change, and new, open, rename, duplicate
 * and delete. The list is a TanStack query; each action a mutation that refreshes it. The open
 * design is renamed as an edit of the document (one undo step), saved by autosave.
 */
import { useState } from 'react';
import { renameDesign } from '../../model/edit';
import type { DesignId } from '../../model/ids';
import { useDeleteDesign, useDuplicateDesign, useLibrary, useRenameDesign, useSaveDesign } from '../../queries/library';
import { useAutosave, useNewDesign, useOpenDesign } from '../../queries/session';
import { useDesign, useDesignStoreApi } from '../../store/context';
import type { DesignSummary } from '../../storage/designRepository';
import { toStorageError } from '../../storage/errors';
import { Dialog } from './Dialog';
import { LibraryRow } from './LibraryRow';

export function LibraryDialog({ onClose }: { onClose: () => void }) {
  const library = useLibrary();
  const store = useDesignStoreApi();
  const autosave = useAutosave();
  const openId = useDesign((s) => s.file.design.id);
  const openName = useDesign((s) => s.file.design.name);
  const openCount = useDesign((s) => s.file.design.resources.length);
  const openDesign = useOpenDesign();
  const newDesign = useNewDesign();
  const rename = useRenameDesign();
  const save = useSaveDesign();
  const duplicate = useDuplicateDesign();
  const remove = useDeleteDesign();
  const [working, setWorking] = useState(false);
  const busy = working || openDesign.isPending || newDesign.isPending || rename.isPending || duplicate.isPending || remove.isPending;

  const rows: DesignSummary[] = library.data ?? [];
  // The open design is listed even before its first save.
  const listed = rows.some((r) => r.id === openId) ? rows : [{ id: openId, name: openName, modifiedAt: 0, resourceCount: openCount }, ...rows];

  const renameRow = (row: DesignSummary, name: string) => {
    if (row.id === openId) {
      store.getState().commit(`Rename design to ${name}`, (file) => renameDesign(file, name));
      void autosave.flush().catch(() => undefined);
      return;
    }
    rename.mutate({ id: row.id, name, oldName: row.name });
  };

  const duplicateRow = async (row: DesignSummary) => {
    setWorking(true);
    try {
      // The copy is made of what is stored, so the open design is saved first.
      if (row.id === openId) {
        await autosave.flush();
        if (!rows.some((r) => r.id === openId)) {
          const file = store.getState().file;
          await save.mutateAsync({ file, open: true });
          autosave.markSaved(file);
        }
      }
      await duplicate.mutateAsync({ id: row.id, oldName: row.name });
    } catch {
      // Each step reports its own failure to the storage banner.
    } finally {
      setWorking(false);
    }
  };

  const open = (id: DesignId) => {
    openDesign.mutate(id, { onSuccess: onClose });
  };

  return (
    <Dialog title="Design library" onClose={onClose} className="library" testId="library">
      <div className="lib-toolbar">
        <p className="lib-intro">Designs are kept in this browser and saved automatically as you work.</p>
        <button type="button" className="lib-button lib-primary" disabled={busy} onClick={() => newDesign.mutate(undefined, { onSuccess: onClose })}>
          New design
        </button>
      </div>
      {library.isPending ? <p className="lib-intro">Reading the library…</p> : null}
      {library.isError ? (
        <div className="lib-error" role="alert">
          <p>{toStorageError(library.error, 'list', null).message}</p>
          <button type="button" className="lib-button" onClick={() => void library.refetch()}>
            Try again
          </button>
        </div>
      ) : null}
      <ul className="lib-list" aria-label="Saved designs" aria-busy={busy}>
        {listed.map((row) => (
          <LibraryRow
            key={row.id}
            design={row}
            open={row.id === openId}
            busy={busy}
            onOpen={() => open(row.id)}
            onRename={(name) => renameRow(row, name)}
            onDuplicate={() => void duplicateRow(row)}
            onDelete={() => remove.mutate({ id: row.id, name: row.name })}
          />
        ))}
      </ul>
    </Dialog>
  );
}
