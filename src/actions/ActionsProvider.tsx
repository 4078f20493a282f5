/**
 * Gives React the actions registry and what actions run with, and installs the one keyboard
 * dispatcher for the window. Buttons read actions through {@link useAction}, so their label,
 * tooltip, shortcut and enabled state come from the registry.
 */
import { createContext, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useDesignStoreApi } from '../store/context';
import { createAppActionRegistry } from './appActions';
import { createAppClipboard, type AppClipboard } from './clipboardService';
import { dispatchKey } from './dispatcher';
import type { ActionContext, ActionRegistry, RegisteredAction, UiCommands, ViewCommands } from './registry';
import { ariaShortcut, formatShortcut, isApplePlatform } from './shortcuts';

interface ActionsValue {
  registry: ActionRegistry;
  ctx: ActionContext;
  apple: boolean;
}

const ActionsContext = createContext<ActionsValue | null>(null);

export interface ActionsProviderProps {
  ui: UiCommands;
  /** The canvas view commands, once available. */
  view?: ViewCommands | null;
  /** A registry to use instead of the built-in one (tests). */
  registry?: ActionRegistry;
  clipboard?: AppClipboard;
  children: ReactNode;
}

export function ActionsProvider({ ui, view = null, registry: given, clipboard: givenClipboard, children }: ActionsProviderProps) {
  const store = useDesignStoreApi();
  const [registry] = useState(() => given ?? createAppActionRegistry());
  const [clipboard] = useState(() => givenClipboard ?? createAppClipboard());
  const value = useMemo<ActionsValue>(
    () => ({ registry, apple: isApplePlatform(), ctx: { store, clipboard, ui, view: () => view } }),
    [registry, store, clipboard, ui, view],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      dispatchKey(event, value.registry, value.ctx);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [value]);

  return <ActionsContext.Provider value={value}>{children}</ActionsContext.Provider>;
}

/** The registry and context; throws outside an {@link ActionsProvider}. */
export function useActions(): ActionsValue {
  const value = useContext(ActionsContext);
  if (!value) throw new Error('useActions must be used inside <ActionsProvider>.');
  return value;
}

/** The shortcuts of an action as the user sees them ("Ctrl+Z"). */
export function shortcutLabels(action: RegisteredAction, apple: boolean): string[] {
  return action.shortcuts.map((s) => formatShortcut(s, apple));
}

/** An action with its live state, ready for a button. */
export interface BoundAction {
  action: RegisteredAction;
  enabled: boolean;
  /** What it would do now: its title (e.g. "Undo Rename web-1"), or its label. */
  text: string;
  /** The tooltip: {@link BoundAction.text} and the first shortcut. */
  title: string;
  ariaKeyShortcuts: string | undefined;
  run: () => void;
}

/** Binds the action with this id to the store, re-rendering when its state changes. */
export function useAction(id: string): BoundAction {
  const { registry, ctx, apple } = useActions();
  const action = registry.get(id);
  if (!action) throw new Error(`Unknown action "${id}".`);
  // Paste depends on the clipboard, which lives outside the store.
  useSyncExternalStore(ctx.clipboard.subscribe, ctx.clipboard.content, ctx.clipboard.content);
  const enabled = useStore(ctx.store, (s) => action.enabled(s, ctx));
  const text = useStore(ctx.store, (s) => action.title?.(s, ctx) ?? action.label);
  const first = action.shortcuts[0];
  return {
    action,
    enabled,
    text,
    title: first ? `${text} (${formatShortcut(first, apple)})` : text,
    ariaKeyShortcuts: action.shortcuts.length > 0 ? action.shortcuts.map((s) => ariaShortcut(s, apple)).join(' ') : undefined,
    run: () => {
      if (action.enabled(ctx.store.getState(), ctx)) action.perform(ctx);
    },
  };
}
