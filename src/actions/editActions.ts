/**
 * Editing actions: undo, redo, delete, copy, paste, duplicate, select all, clear selection. Each
 * change to the document is one `commit`, so one key press is one undo step. Paste and duplicate
 * take what they paste when asked, and paste it once the paste code is loaded (see `pasteCode`).
 */
import { copyResources, PASTE_OFFSET, type PasteResult } from '../model/clipboard';
import { nameOf } from '../model/connectionReasons';
import { disconnect, listConnections } from '../model/connections';
import { removeResources } from '../model/edit';
import { findResource } from '../model/placement';
import type { DesignFile, Resource, ResourceId } from '../model/types';
import type { DesignState } from '../store/designStore';
import { preloadPasteCode, withPasteCode } from './pasteCode';
import type { Action, ActionContext } from './registry';

function selectionSize(state: DesignState): number {
  return state.selection.resources.length + state.selection.connections.length;
}

/** "web-1", or "3 resources" / "2 items" for several. */
function describeMany(file: DesignFile, ids: readonly ResourceId[], noun = 'resources'): string {
  const only = ids.length === 1 ? findResource(file.design, ids[0] ?? null) : undefined;
  return only ? nameOf(only) : `${ids.length} ${noun}`;
}

function skippedMessage(skipped: readonly Resource[]): string {
  const names = skipped.slice(0, 3).map(nameOf).join(', ');
  const more = skipped.length > 3 ? ` and ${skipped.length - 3} more` : '';
  return `Not pasted: ${names}${more}. They need a region, network, load balancer or pool that this design does not have; copy it along with them.`;
}

/** Applies a paste as one undo step, selects what was pasted and reports what was left out. */
function commitPaste(ctx: ActionContext, label: string, paste: (file: DesignFile) => PasteResult): void {
  let result: PasteResult | null = null;
  ctx.store.getState().commit(label, (file) => {
    result = paste(file);
    return result.file;
  });
  const done = result as PasteResult | null;
  if (!done) return;
  if (done.pasted.length > 0) ctx.store.getState().select({ resources: done.pasted, connections: [] });
  if (done.skipped.length > 0) ctx.ui.notify(skippedMessage(done.skipped));
}

function deleteSelection(ctx: ActionContext): void {
  const { selection, file } = ctx.store.getState();
  const refusals: string[] = [];
  const count = selectionSize(ctx.store.getState());
  const label = count === 1 && selection.resources.length === 1 ? `Delete ${describeMany(file, selection.resources)}` : `Delete ${count} items`;
  ctx.store.getState().commit(label, (current) => {
    const removing = new Set<string>(selection.resources);
    // A connection to a resource that goes anyway needs no removal of its own (and a required
    // one, such as a subnet's network, would be refused).
    const goesAnyway = new Set(
      listConnections(current.design)
        .filter((c) => removing.has(c.from) || removing.has(c.to))
        .map((c) => c.id),
    );
    let next = current;
    for (const connectionId of selection.connections) {
      if (goesAnyway.has(connectionId)) continue;
      const result = disconnect(next, connectionId);
      if (result.ok) next = result.file;
      else refusals.push(result.reason);
    }
    return removeResources(next, selection.resources);
  });
  ctx.store.getState().clearSelection();
  if (refusals.length > 0) ctx.ui.notify(refusals.join(' '));
}

/** The editing actions, in the order the shortcut sheet lists them. */
export const editActions: readonly Action[] = [
  {
    id: 'undo',
    label: 'Undo',
    group: 'Edit',
    shortcut: 'Mod+Z',
    title: (s) => {
      const last = s.history.past[s.history.past.length - 1];
      return last ? `Undo ${last.label}` : 'Nothing to undo';
    },
    enabled: (s) => s.history.past.length > 0 || s.gestureBase !== null,
    perform: (ctx) => ctx.store.getState().undo(),
  },
  {
    id: 'redo',
    label: 'Redo',
    group: 'Edit',
    shortcut: ['Mod+Shift+Z', 'Mod+Y'],
    title: (s) => {
      const next = s.history.future[0];
      return next ? `Redo ${next.label}` : 'Nothing to redo';
    },
    enabled: (s) => s.history.future.length > 0,
    perform: (ctx) => ctx.store.getState().redo(),
  },
  {
    id: 'delete',
    label: 'Delete',
    group: 'Edit',
    shortcut: ['Delete', 'Backspace'],
    title: (s) => (selectionSize(s) > 0 ? 'Delete the selection' : 'Select something to delete'),
    enabled: (s) => selectionSize(s) > 0,
    perform: deleteSelection,
  },
  {
    id: 'copy',
    label: 'Copy',
    group: 'Edit',
    shortcut: 'Mod+C',
    enabled: (s) => s.selection.resources.length > 0,
    perform: (ctx) => {
      const { file, selection } = ctx.store.getState();
      const content = copyResources(file, selection.resources);
      if (!content) return;
      ctx.clipboard.set(content);
      preloadPasteCode();
    },
  },
  {
    id: 'paste',
    label: 'Paste',
    group: 'Edit',
    shortcut: 'Mod+V',
    enabled: (_s, ctx) => ctx.clipboard.content() !== null,
    perform: (ctx) => {
      const content = ctx.clipboard.content();
      if (!content) return;
      const offset = PASTE_OFFSET * ctx.clipboard.notePaste();
      const label = `Paste ${content.resources.length === 1 ? (content.resources[0]?.name ?? '') : `${content.resources.length} resources`}`;
      withPasteCode(
        ({ pasteClipboard }) => commitPaste(ctx, label, (file) => pasteClipboard(file, content, offset)),
        (message) => ctx.ui.notify(message),
      );
    },
  },
  {
    id: 'duplicate',
    label: 'Duplicate',
    group: 'Edit',
    shortcut: 'Mod+D',
    enabled: (s) => s.selection.resources.length > 0,
    perform: (ctx) => {
      const { file, selection } = ctx.store.getState();
      const content = copyResources(file, selection.resources);
      if (!content) return;
      const label = `Duplicate ${describeMany(file, selection.resources)}`;
      withPasteCode(({ pasteClipboard }) => commitPaste(ctx, label, (current) => pasteClipboard(current, content)), (message) => ctx.ui.notify(message));
    },
  },
  {
    id: 'selectAll',
    label: 'Select all',
    group: 'Selection',
    shortcut: 'Mod+A',
    enabled: (s) => s.file.design.resources.length > 0,
    perform: (ctx) => {
      const resources = ctx.store.getState().file.design.resources.map((r) => r.id);
      ctx.store.getState().select({ resources, connections: [] });
    },
  },
  {
    id: 'clearSelection',
    label: 'Clear selection',
    group: 'Selection',
    shortcut: 'Escape',
    enabled: (s) => selectionSize(s) > 0,
    perform: (ctx) => ctx.store.getState().clearSelection(),
  },
];
