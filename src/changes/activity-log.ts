/**
 * The Activity log: every change the console makes, kept in the browser (IndexedDB) so it survives
 * reloads and sign-outs. Entries never hold tokens: only Graph object snapshots, names and outcomes.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ActivityEntry } from './types';

interface ActivitySchema extends DBSchema {
  entries: { key: string; value: ActivityEntry; indexes: { at: string } };
}

export interface ActivityLog {
  add(entry: ActivityEntry): Promise<void>;
  update(id: string, change: Partial<ActivityEntry>): Promise<ActivityEntry | undefined>;
  get(id: string): Promise<ActivityEntry | undefined>;
  /** Newest first. */
  list(): Promise<ActivityEntry[]>;
  clear(): Promise<void>;
}

export function openActivityLog(name = 'consent-console-activity'): ActivityLog {
  let db: Promise<IDBPDatabase<ActivitySchema>> | undefined;
  const connect = () =>
    (db ??= openDB<ActivitySchema>(name, 1, {
      upgrade(database) {
        const store = database.createObjectStore('entries', { keyPath: 'id' });
        store.createIndex('at', 'at');
      },
    }));

  return {
    async add(entry) {
      await (await connect()).put('entries', entry);
    },
    async update(id, change) {
      const database = await connect();
      const tx = database.transaction('entries', 'readwrite');
      const current = await tx.store.get(id);
      if (!current) {
        await tx.done;
        return undefined;
      }
      const next = { ...current, ...change, id };
      await tx.store.put(next);
      await tx.done;
      return next;
    },
    async get(id) {
      return (await connect()).get('entries', id);
    },
    async list() {
      const all = await (await connect()).getAllFromIndex('entries', 'at');
      return all.reverse();
    },
    async clear() {
      await (await connect()).clear('entries');
    },
  };
}

export function newEntryId(): string {
  return crypto.randomUUID();
}
