/**
 * View and application actions, and the registry with every built-in action.
 */
import { editActions } from './editActions';
import { createActionRegistry, type Action, type ActionRegistry } from './registry';

/** Actions on the canvas view and the rest of the app. */
export const appActions: readonly Action[] = [
  {
    id: 'fitView',
    label: 'Fit the design in view',
    group: 'View',
    shortcut: 'Shift+1',
    enabled: (s, ctx) => ctx.view() !== null && s.file.design.resources.length > 0,
    perform: (ctx) => ctx.view()?.fitView(),
  },
  {
    id: 'autoLayout',
    label: 'Tidy the layout',
    group: 'View',
    shortcut: 'Shift+L',
    title: () => 'Arrange every resource automatically (one undo step)',
    enabled: (s, ctx) => ctx.view() !== null && s.file.design.resources.length > 0,
    perform: (ctx) => {
      const result = ctx.view()?.autoLayout();
      if (result) result.catch((error: unknown) => ctx.ui.notify(`The layout could not be tidied: ${error instanceof Error ? error.message : String(error)}`));
    },
  },
  {
    id: 'openLibrary',
    label: 'Design library',
    group: 'Design',
    shortcut: 'Mod+O',
    title: () => 'Open, rename, duplicate or delete saved designs',
    enabled: () => true,
    perform: (ctx) => ctx.ui.openLibrary(),
  },
  {
    id: 'shortcutSheet',
    label: 'Keyboard shortcuts',
    group: 'View',
    shortcut: '?',
    enabled: () => true,
    perform: (ctx) => ctx.ui.openShortcutSheet(),
  },
];

/** A registry holding every built-in action. */
export function createAppActionRegistry(): ActionRegistry {
  const registry = createActionRegistry();
  for (const action of [...editActions, ...appActions]) registry.register(action);
  return registry;
}
