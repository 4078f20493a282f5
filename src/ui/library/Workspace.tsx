/**
 * What the app shell needs around it for editing and keeping designs: autosave of the open design,
 * the actions (with the keyboard dispatcher and the canvas view commands), the storage banner,
 * the library and shortcut dialogs and short notices. Needs the React Flow provider, the design
 * store, the library services and a query client above it.
 */
import { useReactFlow } from '@xyflow/react';
import { useStore } from 'zustand';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ActionsProvider } from '../../actions/ActionsProvider';
import type { UiCommands, ViewCommands } from '../../actions/registry';
import { arrangeDesign } from '../../canvas/arrange';
import { DesignSessionProvider, useTabGuard } from '../../queries/session';
import { useDesignStoreApi } from '../../store/context';
import type { TabGuard } from '../../storage/tabGuard';
import { LibraryDialog, ShortcutSheet, TabConflictBanner } from './lazyDialogs';
import { StorageBanner } from './StorageBanner';

const NOTICE_MS = 6000;

function useViewCommands(notify: (message: string) => void): ViewCommands {
  const flow = useReactFlow();
  const store = useDesignStoreApi();
  return useMemo<ViewCommands>(
    () => ({
      fitView: () => void flow.fitView({ padding: 0.1, duration: 200 }),
      autoLayout: async () => {
        if (!(await arrangeDesign(store))) {
          notify('The design changed while it was being arranged; tidy it again.');
          return;
        }
        await flow.fitView({ padding: 0.1, duration: 200 });
      },
    }),
    [flow, store, notify],
  );
}

/** The banner of a conflict with another tab, while there is one (its code loads the first time). */
function TabConflict({ notify }: { notify: (text: string) => void }) {
  const guard = useTabGuard();
  return guard ? <TabConflictWhenAny guard={guard} notify={notify} /> : null;
}

function TabConflictWhenAny({ guard, notify }: { guard: TabGuard; notify: (text: string) => void }) {
  const conflict = useStore(guard.state, (s) => s.conflict !== null);
  return conflict ? <TabConflictBanner guard={guard} notify={notify} /> : null;
}

export function Workspace({ children }: { children: ReactNode }) {
  const [dialog, setDialog] = useState<'library' | 'shortcuts' | null>(null);
  const [notice, setNotice] = useState<{ id: number; text: string } | null>(null);
  const notify = useCallback((text: string) => setNotice((n) => ({ id: (n?.id ?? 0) + 1, text })), []);
  const view = useViewCommands(notify);
  const ui = useMemo<UiCommands>(
    () => ({ openLibrary: () => setDialog('library'), openShortcutSheet: () => setDialog('shortcuts'), notify }),
    [notify],
  );
  const close = useCallback(() => setDialog(null), []);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  return (
    <DesignSessionProvider notify={notify}>
      <ActionsProvider ui={ui} view={view}>
        {children}
        <StorageBanner />
        <TabConflict notify={notify} />
        <div className="app-notice-area" role="status" aria-live="polite">
          {notice ? (
            <p key={notice.id} className="app-notice">
              {notice.text}
            </p>
          ) : null}
        </div>
        {dialog === 'library' ? <LibraryDialog onClose={close} /> : null}
        {dialog === 'shortcuts' ? <ShortcutSheet onClose={close} /> : null}
      </ActionsProvider>
    </DesignSessionProvider>
  );
}
