/**
 * The review marks: each "review done" with its date, who marked it and the inventory it reviewed,
 * kept in the browser (IndexedDB) like the Activity log, and like it per tenant and account — the next
 * admin to sign in in this browser starts from their own last review. Newest first; the first is "the last review".
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ReviewSnapshot } from './review-snapshot';

export interface ReviewOwner {
  tenantId: string;
  oid: string;
}

export interface ReviewMark {
  id: string;
  /** ISO date and time the review was marked done. */
  at: string;
  by: ReviewOwner & { upn: string };
  snapshot: ReviewSnapshot;
}

/** A mark as stored: with its owner lower-cased for the index, so it is found whatever the ids' casing. */
type StoredMark = ReviewMark & { owner: [string, string] };

interface ReviewSchema extends DBSchema {
  marks: { key: string; value: StoredMark; indexes: { owner: [string, string] } };
}

export interface ReviewMarks {
  /** Keeps a mark for `owner` (an imported mark keeps its author in `by`, and belongs to the account that imported it). */
  add(owner: ReviewOwner, mark: ReviewMark): Promise<void>;
  /** The owner's marks, newest first. */
  list(owner: ReviewOwner): Promise<ReviewMark[]>;
}

const ownerKey = (owner: ReviewOwner): [string, string] => [owner.tenantId.toLowerCase(), owner.oid.toLowerCase()];

export function openReviewMarks(name = 'consent-console-reviews'): ReviewMarks {
  let db: Promise<IDBPDatabase<ReviewSchema>> | undefined;
  const connect = () =>
    (db ??= openDB<ReviewSchema>(name, 1, {
      upgrade(database) {
        database.createObjectStore('marks', { keyPath: 'id' }).createIndex('owner', 'owner');
      },
    }));
  return {
    async add(owner, mark) {
      await (await connect()).put('marks', { ...mark, owner: ownerKey(owner) });
    },
    async list(owner) {
      const marks = await (await connect()).getAllFromIndex('marks', 'owner', ownerKey(owner));
      return marks.map(({ owner: _owner, ...mark }) => mark).sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    },
  };
}
