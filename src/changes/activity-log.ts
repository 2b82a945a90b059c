/**
 * The Activity log: every change the console makes, kept in the browser (IndexedDB) so it survives
 * reloads. It belongs to the account and tenant that made it: entries are indexed by tenant + oid, and
 * a screen reads only the signed-in account's (`accountLog`), so the next admin to sign in in the same
 * browser never sees — or restores — the previous one's changes. Entries never hold tokens: only Graph
 * object snapshots, names and outcomes.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ActivityEntry } from './types';

/** Whose log: the tenant and the account's object id. */
export interface LogOwner {
  tenantId: string;
  oid: string;
}

interface ActivitySchema extends DBSchema {
  entries: { key: string; value: ActivityEntry; indexes: { at: string; owner: [string, string] } };
}

export interface ActivityLog {
  add(entry: ActivityEntry): Promise<void>;
  update(id: string, change: Partial<ActivityEntry>): Promise<ActivityEntry | undefined>;
  get(id: string): Promise<ActivityEntry | undefined>;
  /** Newest first; with an owner, only that account's entries. */
  list(owner?: LogOwner): Promise<ActivityEntry[]>;
  clear(): Promise<void>;
}

const newestFirst = (entries: ActivityEntry[]) => [...entries].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));

export function openActivityLog(name = 'consent-console-activity'): ActivityLog {
  let db: Promise<IDBPDatabase<ActivitySchema>> | undefined;
  const connect = () =>
    (db ??= openDB<ActivitySchema>(name, 2, {
      upgrade(database, oldVersion, _newVersion, transaction) {
        const store = oldVersion < 1 ? database.createObjectStore('entries', { keyPath: 'id' }) : transaction.objectStore('entries');
        if (oldVersion < 1) store.createIndex('at', 'at');
        if (oldVersion < 2) store.createIndex('owner', ['actor.tenantId', 'actor.oid']);
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
    async list(owner) {
      const database = await connect();
      if (owner) return newestFirst(await database.getAllFromIndex('entries', 'owner', [owner.tenantId, owner.oid]));
      return (await database.getAllFromIndex('entries', 'at')).reverse();
    },
    async clear() {
      await (await connect()).clear('entries');
    },
  };
}

const sameId = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
export const isOwnedBy = (entry: ActivityEntry, owner: LogOwner) => sameId(entry.actor.tenantId, owner.tenantId) && sameId(entry.actor.oid, owner.oid);

/**
 * The log as one account sees it: its own entries only. Another account's entry cannot be read,
 * updated (so not restored) or listed; clearing clears only this account's entries.
 */
export function accountLog(log: ActivityLog, owner: LogOwner): ActivityLog {
  // One view per log and account, so every screen shares it (and the engine's run-once guard keyed by it).
  const views = accountViews.get(log) ?? new Map<string, ActivityLog>();
  accountViews.set(log, views);
  const key = `${owner.tenantId.toLowerCase()}|${owner.oid.toLowerCase()}`;
  const view = views.get(key) ?? viewOf(log, owner);
  views.set(key, view);
  return view;
}

const accountViews = new WeakMap<ActivityLog, Map<string, ActivityLog>>();

function viewOf(log: ActivityLog, owner: LogOwner): ActivityLog {
  const mine = (entry: ActivityEntry | undefined) => (entry && isOwnedBy(entry, owner) ? entry : undefined);
  return {
    add: (entry) => (isOwnedBy(entry, owner) ? log.add(entry) : Promise.reject(new Error('An Activity entry must be made by the signed-in account.'))),
    update: async (id, change) => (mine(await log.get(id)) ? log.update(id, change) : undefined),
    get: async (id) => mine(await log.get(id)),
    list: () => log.list(owner).then((entries) => entries.filter((e) => isOwnedBy(e, owner))),
    async clear() {
      // Only this account's entries: the log is shared by every account of this browser.
      const remaining = (await log.list()).filter((e) => !isOwnedBy(e, owner));
      await log.clear();
      await Promise.all(remaining.map((e) => log.add(e)));
    },
  };
}

export function newEntryId(): string {
  return crypto.randomUUID();
}
