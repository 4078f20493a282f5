/**
 * The file commands as actions of the registry, so that the header menu, keyboard shortcuts and
 * the shortcut sheet all show them from one definition. The commands live in the files provider;
 * the actions reach them through a holder that the provider fills while it is mounted.
 */
import { AmbiguousActionError, type Action, type ActionRegistry } from '../../actions/registry';
import type { FileCommands } from './filesContext';

/** The ids of the file actions (also the `data-action` of their buttons and menu items). */
export const FILE_ACTION_IDS = {
  exportJson: 'exportJson',
  importFile: 'importFile',
  pasteJson: 'pasteJson',
  exportPng: 'exportPng',
  exportSvg: 'exportSvg',
  shareLink: 'shareLink',
  templates: 'openTemplates',
} as const;

/** Where the actions find the provider's commands (null while it is not mounted). */
export interface CommandHolder {
  current: FileCommands | null;
}

/** The file actions, running the commands in `holder`. */
export function fileActions(holder: CommandHolder): Action[] {
  const ready = () => holder.current !== null;
  const run = (f: (c: FileCommands) => unknown) => () => {
    if (holder.current) void f(holder.current);
  };
  const hasResources = (s: { file: { design: { resources: readonly unknown[] } } }) => s.file.design.resources.length > 0;
  return [
    {
      id: FILE_ACTION_IDS.exportJson,
      label: 'Export JSON',
      group: 'Design',
      shortcut: 'Mod+Shift+S',
      title: (s) => `Download “${s.file.design.name}” as a .faultline.json file`,
      enabled: ready,
      perform: run((c) => c.exportJson()),
    },
    {
      id: FILE_ACTION_IDS.importFile,
      label: 'Import file…',
      group: 'Design',
      shortcut: 'Mod+Shift+O',
      title: () => 'Open a .faultline.json file as a new design',
      enabled: ready,
      perform: run((c) => c.chooseFile()),
    },
    {
      id: FILE_ACTION_IDS.pasteJson,
      label: 'Paste JSON…',
      group: 'Design',
      title: () => 'Paste the text of a design file to open it as a new design',
      enabled: ready,
      perform: run((c) => c.openPasteDialog()),
    },
    {
      id: FILE_ACTION_IDS.exportPng,
      label: 'Export PNG',
      group: 'Design',
      title: () => 'Download a PNG image of the whole diagram, with its legend',
      enabled: (s) => ready() && hasResources(s),
      perform: run((c) => c.exportImage('png')),
    },
    {
      id: FILE_ACTION_IDS.exportSvg,
      label: 'Export SVG',
      group: 'Design',
      title: () => 'Download an SVG image of the whole diagram, with its legend',
      enabled: (s) => ready() && hasResources(s),
      perform: run((c) => c.exportImage('svg')),
    },
    {
      id: FILE_ACTION_IDS.shareLink,
      label: 'Share link…',
      group: 'Design',
      title: () => 'Make a link that carries this design',
      enabled: ready,
      perform: run((c) => c.openShare()),
    },
    {
      id: FILE_ACTION_IDS.templates,
      label: 'Templates…',
      group: 'Design',
      title: () => 'Start a new design from a template',
      enabled: ready,
      perform: run((c) => c.openTemplates()),
    },
  ];
}

const holders = new WeakMap<ActionRegistry, CommandHolder>();

/**
 * Registers the file actions once per registry and returns the holder they read. A shortcut that
 * another action already owns is dropped (the action stays reachable from the menu) rather than
 * breaking the app.
 */
export function registerFileActions(registry: ActionRegistry): CommandHolder {
  const known = holders.get(registry);
  if (known) return known;
  const holder: CommandHolder = { current: null };
  holders.set(registry, holder);
  for (const action of fileActions(holder)) {
    if (registry.get(action.id)) continue;
    try {
      registry.register(action);
    } catch (error) {
      if (!(error instanceof AmbiguousActionError)) throw error;
      const { shortcut: _dropped, ...withoutShortcut } = action;
      registry.register(withoutShortcut);
    }
  }
  return holder;
}
