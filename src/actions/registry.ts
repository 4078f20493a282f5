/**
 * The actions registry: every user command with its label, shortcuts, enabled-predicate and
 * effect, in one place. The toolbar, the header buttons, the keyboard dispatcher and the shortcut
 * sheet all read it, so a command is defined once and shown consistently everywhere.
 */
import type { DesignState, DesignStore } from '../store/designStore';
import type { AppClipboard } from './clipboardService';
import { canonicalShortcut, matchesShortcut, parseShortcut, type KeyLike, type Shortcut } from './shortcuts';

/** Canvas view commands, provided by whoever owns the canvas (absent until it registers them). */
export interface ViewCommands {
  fitView(): void;
  autoLayout(): void | Promise<void>;
}

/** App-level commands that open parts of the interface. */
export interface UiCommands {
  openShortcutSheet(): void;
  openLibrary(): void;
  /** Tells the user something a command did or could not do (e.g. resources left out of a paste). */
  notify(message: string): void;
}

/** What an action can reach when it runs. */
export interface ActionContext {
  store: DesignStore;
  clipboard: AppClipboard;
  /** Null until the canvas has registered its view commands. */
  view: () => ViewCommands | null;
  ui: UiCommands;
}

/** Where an action is listed in the shortcut sheet. */
export type ActionGroup = 'Edit' | 'Selection' | 'View' | 'Design';

/** A user command. */
export interface Action {
  /** Stable id, e.g. `undo`; also the `data-action` of its buttons. */
  id: string;
  /** Short label for buttons and the shortcut sheet. */
  label: string;
  group: ActionGroup;
  /** One or more shortcuts such as `Mod+Z`, `Shift+1`, `Delete`, `?`. */
  shortcut?: string | readonly string[];
  /** A longer text for tooltips that can depend on the state, e.g. "Undo Rename subnet". */
  title?: (state: DesignState, ctx: ActionContext) => string;
  enabled(state: DesignState, ctx: ActionContext): boolean;
  perform(ctx: ActionContext): void;
}

/** An action as registered: with its shortcuts parsed. */
export interface RegisteredAction extends Action {
  shortcuts: readonly Shortcut[];
}

/** Thrown when an action would share an id or a shortcut with one already registered. */
export class AmbiguousActionError extends Error {
  override name = 'AmbiguousActionError';
}

export interface ActionRegistry {
  /** Adds an action; refuses a duplicate id and a shortcut another action already uses. */
  register(action: Action): RegisteredAction;
  get(id: string): RegisteredAction | undefined;
  /** Every action, in registration order. */
  list(): readonly RegisteredAction[];
  /** The action a key event triggers, if any. */
  match(event: KeyLike): RegisteredAction | undefined;
}

function shortcutTexts(action: Action): readonly string[] {
  if (action.shortcut === undefined) return [];
  return typeof action.shortcut === 'string' ? [action.shortcut] : action.shortcut;
}

/** A new, empty registry. */
export function createActionRegistry(): ActionRegistry {
  const actions: RegisteredAction[] = [];
  const byShortcut = new Map<string, RegisteredAction>();

  return {
    register(action) {
      if (actions.some((a) => a.id === action.id)) {
        throw new AmbiguousActionError(`An action with id "${action.id}" is already registered.`);
      }
      const shortcuts = shortcutTexts(action).map(parseShortcut);
      const keys = shortcuts.map(canonicalShortcut);
      for (const key of keys) {
        const owner = byShortcut.get(key);
        if (owner) {
          throw new AmbiguousActionError(`The shortcut ${key} of "${action.id}" is already used by "${owner.id}".`);
        }
      }
      if (new Set(keys).size !== keys.length) {
        throw new AmbiguousActionError(`"${action.id}" lists the same shortcut twice.`);
      }
      const registered: RegisteredAction = { ...action, shortcuts };
      actions.push(registered);
      for (const key of keys) byShortcut.set(key, registered);
      return registered;
    },
    get(id) {
      return actions.find((a) => a.id === id);
    },
    list() {
      return actions;
    },
    match(event) {
      return actions.find((a) => a.shortcuts.some((s) => matchesShortcut(s, event)));
    },
  };
}
