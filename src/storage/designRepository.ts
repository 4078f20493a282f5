/**
 * The design library: saved designs in a key-value store (IndexedDB in the browser).
 *
 * Layout of the store: `design:<id>` holds the design file, `summary:<id>` what the library lists
 * (name, last change, size), `meta:lastOpen` the id of the design that was open last. A save
 * writes design and summary in one transaction. Everything read back is untrusted (another
 * version of the app, a damaged disk, a hand-edited database) and goes through `restoreDesignFile`.
 * Every failure is a {@link StorageError} naming what failed.
 */
import { designId, newId, type DesignId } from '../model/ids';
import { renameDesign } from '../model/edit';
import type { RestoreIssue, RestoreResult } from '../model/restore';
import type { DesignFile } from '../model/types';
import { StorageError, toStorageError, type StorageOperation } from './errors';
import type { KeyValueStore } from './keyValueStore';

/** One entry of the library list. */
export interface DesignSummary {
  id: DesignId;
  name: string;
  /** Milliseconds since the epoch. */
  modifiedAt: number;
  resourceCount: number;
}

/** A design read from the library. */
export interface LoadedDesign {
  file: DesignFile;
  /** What restore repaired in the stored copy (normally nothing). */
  warnings: RestoreIssue[];
}

export interface DesignRepository {
  /** Every saved design, the most recently changed first. */
  list(): Promise<DesignSummary[]>;
  load(id: DesignId): Promise<LoadedDesign>;
  /** Saves a design; with `open`, also remembers it as the design to reopen on the next start. */
  save(file: DesignFile, options?: { open?: boolean }): Promise<DesignSummary>;
  rename(id: DesignId, name: string): Promise<DesignSummary>;
  /** Saves a copy under a new id (named "<name> (copy)" unless a name is given). */
  duplicate(id: DesignId, name?: string): Promise<DesignSummary>;
  remove(id: DesignId): Promise<void>;
  lastOpen(): Promise<DesignId | null>;
  setLastOpen(id: DesignId): Promise<void>;
}

export interface RepositoryOptions {
  now?: () => number;
  /** How long an operation may take before storage counts as unavailable. */
  timeoutMs?: number;
  /**
   * Restores a stored value (defaults to {@link restoreOnMainThread}). The app restores its start-up
   * read in the analysis worker instead; every restore is the same `restoreDesignFile`.
   */
  restore?: (raw: unknown) => Promise<RestoreResult>;
}

/**
 * Restores a stored value on the main thread. The restore code (and the schemas) is loaded on first
 * use, so that it is not part of what the page loads at start.
 */
export async function restoreOnMainThread(raw: unknown): Promise<RestoreResult> {
  const { restoreDesignFile } = await import('../model/restore');
  return restoreDesignFile(raw);
}

const designKey = (id: string) => `design:${id}`;
const summaryKey = (id: string) => `summary:${id}`;
const LAST_OPEN_KEY = 'meta:lastOpen';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A stored summary, or a stand-in naming the id when the summary is damaged. */
function readSummary(id: string, raw: unknown): DesignSummary {
  if (isRecord(raw) && typeof raw.name === 'string' && typeof raw.modifiedAt === 'number') {
    const count = typeof raw.resourceCount === 'number' ? raw.resourceCount : 0;
    return { id: designId(id), name: raw.name, modifiedAt: raw.modifiedAt, resourceCount: count };
  }
  return { id: designId(id), name: `Unreadable design ${id}`, modifiedAt: 0, resourceCount: 0 };
}

function timeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new DOMException(`storage did not answer within ${Math.round(ms / 1000)} seconds`, 'TimeoutError'));
    }, ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        // Passed on as is: the error's name is what tells a full quota from blocked storage.
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
        reject(error);
      },
    );
  });
}

/** A repository over `store`. */
export function createDesignRepository(store: KeyValueStore, options: RepositoryOptions = {}): DesignRepository {
  const now = options.now ?? Date.now;
  const limit = options.timeoutMs ?? 5_000;
  const restore = options.restore ?? restoreOnMainThread;

  async function run<T>(operation: StorageOperation, subject: string | null, body: () => Promise<T>): Promise<T> {
    try {
      return await timeout(body(), limit);
    } catch (error) {
      throw toStorageError(error, operation, subject);
    }
  }

  async function knownName(id: DesignId): Promise<string | null> {
    try {
      const raw = await timeout(store.get(summaryKey(id)), limit);
      return raw === undefined ? null : readSummary(id, raw).name;
    } catch {
      // The name only makes the message nicer; the real error comes from the operation itself.
      return null;
    }
  }

  /** The stored value of a design (inside the storage time limit). */
  async function readRaw(id: DesignId, operation: StorageOperation, subject: string | null): Promise<unknown> {
    const raw = await store.get(designKey(id));
    if (raw === undefined) throw new StorageError(operation, 'not-found', subject, id);
    return isRecord(raw) ? raw.file : raw;
  }

  /**
   * Restores a stored value. Outside the storage time limit: the restore may first have to load its
   * code, or wait for the worker, and neither says anything about the storage.
   */
  async function decode(raw: unknown, id: DesignId, operation: StorageOperation, subject: string | null): Promise<LoadedDesign> {
    let result;
    try {
      result = await restore(raw);
    } catch (error) {
      throw toStorageError(error, operation, subject);
    }
    if (!result.ok) {
      const where = result.error.path === '' ? '' : ` (at ${result.error.path})`;
      throw new StorageError(operation, 'corrupt', subject, `${result.error.message}${where}.`);
    }
    // The key is the truth about which design this is.
    const file = result.file.design.id === id ? result.file : { ...result.file, design: { ...result.file.design, id } };
    return { file, warnings: result.warnings };
  }

  async function read(id: DesignId, operation: StorageOperation, subject: string | null): Promise<LoadedDesign> {
    return decode(await run(operation, subject, () => readRaw(id, operation, subject)), id, operation, subject);
  }

  async function write(file: DesignFile, open = false): Promise<DesignSummary> {
    const summary: DesignSummary = {
      id: file.design.id,
      name: file.design.name,
      modifiedAt: now(),
      resourceCount: file.design.resources.length,
    };
    const entries: [string, unknown][] = [
      [designKey(file.design.id), { file }],
      [summaryKey(file.design.id), summary],
    ];
    if (open) entries.push([LAST_OPEN_KEY, file.design.id]);
    await store.setMany(entries);
    return summary;
  }

  return {
    list: () =>
      run('list', null, async () => {
        const ids = (await store.keys()).filter((k) => k.startsWith('summary:')).map((k) => k.slice('summary:'.length));
        const raws = await store.getMany(ids.map(summaryKey));
        return ids.map((id, i) => readSummary(id, raws[i])).sort((a, b) => b.modifiedAt - a.modifiedAt || a.name.localeCompare(b.name));
      }),
    load: async (id) => {
      const name = await knownName(id);
      return read(id, 'load', name);
    },
    save: (file, options) => run('save', file.design.name, () => write(file, options?.open === true)),
    rename: async (id, name) => {
      const old = await knownName(id);
      const { file } = await read(id, 'rename', old);
      return run('rename', old, () => write(renameDesign(file, name)));
    },
    duplicate: async (id, name) => {
      const old = await knownName(id);
      const { file } = await read(id, 'duplicate', old);
      const copyName = name ?? `${file.design.name} (copy)`;
      return run('duplicate', old, () => write({ ...file, design: { ...file.design, id: designId(newId('design')), name: copyName } }));
    },
    remove: async (id) => {
      const name = await knownName(id);
      return run('delete', name, async () => {
        const last = await store.get(LAST_OPEN_KEY);
        await store.delMany(last === id ? [designKey(id), summaryKey(id), LAST_OPEN_KEY] : [designKey(id), summaryKey(id)]);
      });
    },
    lastOpen: () =>
      run('reopen', null, async () => {
        const raw = await store.get(LAST_OPEN_KEY);
        return typeof raw === 'string' && raw !== '' ? designId(raw) : null;
      }),
    setLastOpen: (id) => run('save', null, () => store.setMany([[LAST_OPEN_KEY, id]])),
  };
}
