/**
 * The files provider: export, import (picker, drop, paste), share links, templates and image
 * export, with their dialogs and notices. Needs the design store, the library session (autosave)
 * and the actions provider above it; registers the file actions in the registry.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useActions } from '../../actions/ActionsProvider';
import { downloadText } from '../../files/download';
import { parseDesignTextLazily } from '../../files/lazyRestore';
import { readDesignFile } from '../../files/readFile';
import type { TemplateEntry } from '../../files/templateIndex';
import { useDesignStoreApi } from '../../store/context';
import { lazyPart } from '../lazyPart';
import { registerFileActions } from './fileActions';
import { FilesContext, type FileCommands } from './filesContext';
import { FilesToast, type FilesNotice } from './FilesToast';
import { useDropAndPaste } from './useDropAndPaste';
import { useImageDownload } from './useImageDownload';
import { useImportFlow, undoOpen } from './useImportFlow';
import { useIncomingShare } from './useIncomingShare';
import { useOpenAsNewDesign } from './useOpenAsNewDesign';
import { useShareLink } from './useShareLink';
import './files.css';

// The dialogs are loaded when first opened (see `lazyPart`).
const PasteJsonDialog = lazyPart(() => import('./PasteJsonDialog').then((m) => m.PasteJsonDialog), 'paste dialog');
const TemplateGallery = lazyPart(() => import('./TemplateGallery').then((m) => m.TemplateGallery), 'template gallery');
const ShareDialog = lazyPart(() => import('./ShareDialog').then((m) => m.ShareDialog), 'share dialog');
const ImportReviewDialog = lazyPart(() => import('./ImportReviewDialog').then((m) => m.ImportReviewDialog), 'import review');

type Dialog = { kind: 'paste' } | { kind: 'templates'; opening: string | null; error: string | null } | { kind: 'share' } | null;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** How long an information notice stays; errors stay until dismissed. */
const NOTICE_MS = 12_000;

export function FilesProvider({ children }: { children: ReactNode }) {
  const store = useDesignStoreApi();
  const { registry, ctx } = useActions();
  // Registered while rendering (idempotent per registry), so menus below can bind the actions at once.
  const [holderRef] = useState(() => registerFileActions(registry));
  const queryClient = useQueryClient();
  const openAsNew = useOpenAsNewDesign();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<FilesNotice | null>(null);
  const [dropHint, setDropHint] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  const flow = useImportFlow(store, openAsNew, setNotice);
  const { review } = flow;
  const share = useShareLink(store);
  const downloadImage = useImageDownload(store);
  useIncomingShare(review);

  useEffect(() => {
    if (notice?.tone !== 'info') return;
    const timer = setTimeout(() => setNotice((current) => (current === notice ? null : current)), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  // The file is taken when asked for; the writer (canonical key order) is loaded on first use.
  const exportJson = useCallback(() => {
    const file = store.getState().file;
    import('../../files/exportJson').then(
      ({ exportDesignJson }) => {
        const { fileName, text, mediaType } = exportDesignJson(file);
        downloadText(text, fileName, mediaType);
      },
      (error: unknown) => setNotice({ tone: 'error', message: `The design could not be exported: ${messageOf(error)}` }),
    );
  }, [store]);

  const importFile = useCallback(
    async (file: File) => review(await readDesignFile(file), { kind: 'file', fileName: file.name }),
    [review],
  );

  // Restore is loaded on first use; until it answers, the open design stays as it is.
  const importText = useCallback(
    (text: string) => void parseDesignTextLazily(text).then((result) => review(result, { kind: 'paste' })),
    [review],
  );
  // The paste dialog stays open (with its text) until the design is opened, so a refused or
  // cancelled paste can be corrected and tried again.
  const importFromPasteDialog = useCallback(
    (text: string) =>
      void parseDesignTextLazily(text).then((result) =>
        review(result, { kind: 'paste' }, () => setDialog((d) => (d?.kind === 'paste' ? null : d))),
      ),
    [review],
  );

  const exportImage = useCallback(
    async (format: 'png' | 'svg') => {
      try {
        await downloadImage(format);
      } catch (error) {
        setNotice({ tone: 'error', message: `The ${format.toUpperCase()} image could not be made: ${messageOf(error)}` });
      }
    },
    [downloadImage],
  );

  const openTemplate = useCallback(
    async (entry: TemplateEntry) => {
      setDialog({ kind: 'templates', opening: entry.file, error: null });
      const previousName = store.getState().file.design.name;
      try {
        const { templateQueryOptions } = await import('../../queries/templates');
        const file = await queryClient.query(templateQueryOptions(entry.file));
        const opened = await openAsNew(file, `Open template “${entry.name}”`, 'always-new');
        setDialog(null);
        setNotice({
          tone: 'info',
          message: `Opened the template “${entry.name}” as a new design in your library.`,
          undo: undoOpen(store, opened, previousName),
        });
      } catch (error) {
        setDialog({ kind: 'templates', opening: null, error: `“${entry.name}” could not be opened: ${messageOf(error)}` });
      }
    },
    [openAsNew, queryClient, store],
  );

  const commands = useMemo<FileCommands>(
    () => ({
      exportJson,
      chooseFile: () => picker.current?.click(),
      importFile,
      importText,
      openPasteDialog: () => setDialog({ kind: 'paste' }),
      exportImage,
      openShare: () => {
        setDialog({ kind: 'share' });
        share.start();
      },
      openTemplates: () => setDialog({ kind: 'templates', opening: null, error: null }),
    }),
    [exportImage, exportJson, importFile, importText, share],
  );

  useEffect(() => {
    holderRef.current = commands;
    return () => {
      if (holderRef.current === commands) holderRef.current = null;
    };
  }, [commands, holderRef]);

  const pasteInApp = useCallback(() => {
    const paste = registry.get('paste');
    if (paste?.enabled(ctx.store.getState(), ctx)) paste.perform(ctx);
  }, [ctx, registry]);
  const dropHandlers = useMemo(
    () => ({ importFile: (file: File) => void importFile(file), importText, pasteInApp, setDropHint }),
    [importFile, importText, pasteInApp],
  );
  useDropAndPaste(dropHandlers);

  return (
    <FilesContext.Provider value={commands}>
      {children}
      <input
        ref={picker}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="import-file-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) void importFile(file);
        }}
      />
      {dropHint && (
        <div className="fl-drop-hint" aria-hidden="true">
          Drop a .faultline.json file to open it as a new design
        </div>
      )}
      {dialog?.kind === 'paste' && <PasteJsonDialog onSubmit={importFromPasteDialog} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'templates' && (
        <TemplateGallery onOpen={(entry) => void openTemplate(entry)} onClose={() => setDialog(null)} opening={dialog.opening} openError={dialog.error} />
      )}
      {dialog?.kind === 'share' && (
        <ShareDialog
          designName={store.getState().file.design.name}
          state={share.state}
          onExportJson={() => {
            exportJson();
            setDialog(null);
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {flow.pending && (
        <ImportReviewDialog
          pending={flow.pending}
          onAccept={flow.accept}
          onCancel={flow.cancel}
        />
      )}
      <FilesToast notice={notice} onDismiss={() => setNotice(null)} />
    </FilesContext.Provider>
  );
}
