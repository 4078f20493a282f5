/**
 * What this tab changed in the design library, told to the other tabs of the same browser over a
 * `BroadcastChannel`. Without it, two tabs with the same design open overwrite each other's work
 * in turn, each autosave silently replacing what the other saved.
 */
import { designId, type DesignId } from '../model/ids';
import type { DesignRepository } from './designRepository';

/** A change to one stored design, made by the tab `from`. */
export interface LibraryChange {
  kind: 'saved' | 'deleted';
  designId: DesignId;
  from: string;
}

export interface OtherTabs {
  /** This tab's id (its own messages are never delivered back to it). */
  readonly tabId: string;
  /** Tells the other tabs that this tab changed a stored design. */
  tell(kind: LibraryChange['kind'], id: DesignId): void;
  /** Calls `listener` for each change another tab tells; returns the unsubscribe function. */
  listen(listener: (change: LibraryChange) => void): () => void;
  close(): void;
}

/** The part of `BroadcastChannel` used here (injectable in tests). */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

/** The channel all Faultline tabs of one origin share. */
export const CHANNEL_NAME = 'faultline.library';

const TAG = 'faultline.library-change';

/**
 * Reads a message from the channel. Another version of the app (an older tab) may send other
 * shapes: anything that is not a well-formed change is ignored.
 */
export function parseChange(data: unknown): LibraryChange | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.type !== TAG) return null;
  const { kind, designId: id, from } = m;
  if (kind !== 'saved' && kind !== 'deleted') return null;
  if (typeof id !== 'string' || id === '' || typeof from !== 'string' || from === '') return null;
  return { kind, designId: designId(id), from };
}

function openChannel(): ChannelLike | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);
}

function newTabId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `tab-${String(Math.random()).slice(2)}`;
}

export interface OtherTabsOptions {
  /** The channel (default: a `BroadcastChannel`, or none where the browser has no such thing). */
  channel?: ChannelLike | null;
  tabId?: string;
}

/** Connects this tab to the others. Without a channel it tells nobody and hears nothing. */
export function connectOtherTabs(options: OtherTabsOptions = {}): OtherTabs {
  const channel = options.channel === undefined ? openChannel() : options.channel;
  const tabId = options.tabId ?? newTabId();
  const listeners = new Set<(change: LibraryChange) => void>();
  const onMessage = (event: MessageEvent): void => {
    const change = parseChange(event.data);
    if (!change || change.from === tabId) return;
    for (const listener of [...listeners]) listener(change);
  };
  channel?.addEventListener('message', onMessage);
  return {
    tabId,
    tell(kind, id) {
      channel?.postMessage({ type: TAG, kind, designId: id, from: tabId });
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      channel?.removeEventListener('message', onMessage);
      channel?.close();
    },
  };
}

/**
 * The repository, telling the other tabs about every design it stores or deletes (a rename or a
 * duplicate stores a design too).
 */
export function announcingRepository(repository: DesignRepository, tabs: Pick<OtherTabs, 'tell'>): DesignRepository {
  return {
    ...repository,
    async save(file, options) {
      const summary = await repository.save(file, options);
      tabs.tell('saved', summary.id);
      return summary;
    },
    async rename(id, name) {
      const summary = await repository.rename(id, name);
      tabs.tell('saved', summary.id);
      return summary;
    },
    async duplicate(id, name) {
      const summary = await repository.duplicate(id, name);
      tabs.tell('saved', summary.id);
      return summary;
    },
    async remove(id) {
      await repository.remove(id);
      tabs.tell('deleted', id);
    },
  };
}
