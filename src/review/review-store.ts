/**
 * Review marks kept in the browser (IndexedDB, a database of its own beside the Activity log's): each mark
 * is the date, who marked it and the snapshot of the inventory then. Like the Activity log, marks belong to
 * the tenant and account that made them — listed by tenant + oid — so another admin of the same browser
 * neither sees nor compares against them. Several are kept (the history); the newest is "the last review".
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { LogOwner } from '../changes/activity-log';
import type { ReviewSnapshot } from './review-snapshot';

export interface ReviewMark {
  id: string;
  /** When the review was marked done (ISO 8601). */
  at: string;
  /** Who marked it: the signed-in admin's user principal name. */
  by: string;
  owner: LogOwner;
  snapshot: ReviewSnapshot;
  /** Read from an exported file rather than marked in this browser. */
  imported?: boolean;
}

interface ReviewSchema extends DBSchema {
  marks: { key: string; value: ReviewMark; indexes: { owner: [string, string] } };
}

export interface ReviewStore {
  add(mark: ReviewMark): Promise<void>;
  /** The owner's marks, newest first. */
  list(owner: LogOwner): Promise<ReviewMark[]>;
  remove(id: string): Promise<void>;
}

const ownerKey = (owner: LogOwner): [string, string] => [owner.tenantId.toLowerCase(), owner.oid.toLowerCase()];

export function openReviewStore(name = 'consent-console-reviews'): ReviewStore {
  let db: Promise<IDBPDatabase<ReviewSchema>> | undefined;
  const connect = () =>
    (db ??= openDB<ReviewSchema>(name, 1, {
      upgrade(database) {
        database.createObjectStore('marks', { keyPath: 'id' }).createIndex('owner', 'ownerKey');
      },
    }));

  return {
    async add(mark) {
      // The index key is lower-cased: ids compare case-insensitively.
      await (await connect()).put('marks', { ...mark, ownerKey: ownerKey(mark.owner) } as ReviewMark);
    },
    async list(owner) {
      const marks = await (await connect()).getAllFromIndex('marks', 'owner', ownerKey(owner));
      return marks.map(({ ownerKey: _, ...mark }: ReviewMark & { ownerKey?: unknown }) => mark).sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    },
    async remove(id) {
      await (await connect()).delete('marks', id);
    },
  };
}
