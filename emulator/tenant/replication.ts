// Replication delay (opt-in): Microsoft Graph reads of grants and app role assignments may not see a
// write for a while ("replication delay after create/update/delete" — graph-api-rules.json, sources
// api-reference/v1.0/api/oauth2permissiongrant-get.md and api-reference/v1.0/resources/approleassignment.md).
// The store keeps the primary state; this remembers, per object id, what it looked like before each write
// younger than the delay, so a read can be answered as of `now - delay`. Writes, tokens and consent act
// on the primary state. With the delay at 0 nothing is recorded and reads are the primary maps as they are.

interface PendingChange<T> {
  at: number;
  /** The object before the write; undefined when the write created it. */
  before: T | undefined;
}

export class ReplicaLag<T extends { id: string }> {
  readonly #pending = new Map<string, PendingChange<T>[]>();
  readonly #delayMs: () => number;
  readonly #now: () => number;

  constructor(delayMs: () => number, now: () => number = Date.now) {
    this.#delayMs = delayMs;
    this.#now = now;
  }

  /** Call before changing or deleting `id` (with a copy of it), or after creating it (with undefined). */
  record(id: string, before: T | undefined): void {
    if (this.#delayMs() <= 0) return;
    const changes = this.#pending.get(id) ?? [];
    changes.push({ at: this.#now(), before: before && structuredClone(before) });
    this.#pending.set(id, changes);
  }

  clear(): void {
    this.#pending.clear();
  }

  /** The objects a replica shows now: the primary ones, with recent writes not yet applied. */
  visible(primary: ReadonlyMap<string, T>): Iterable<T> {
    this.#applyDue();
    if (this.#pending.size === 0) return primary.values();
    const out: T[] = [];
    for (const item of primary.values()) {
      const oldest = this.#pending.get(item.id)?.[0];
      if (!oldest) out.push(item);
      else if (oldest.before) out.push(oldest.before);
    }
    for (const [id, changes] of this.#pending) {
      const before = changes[0]?.before;
      if (!primary.has(id) && before) out.push(before);
    }
    return out;
  }

  /** One object as a replica shows it now (undefined: not created there yet, or already deleted). */
  get(primary: ReadonlyMap<string, T>, id: string): T | undefined {
    this.#applyDue();
    const changes = this.#pending.get(id);
    return changes ? changes[0]?.before : primary.get(id);
  }

  /** Changes older than the delay have reached every replica: forget them. */
  #applyDue(): void {
    if (this.#pending.size === 0) return;
    const horizon = this.#now() - this.#delayMs();
    for (const [id, changes] of this.#pending) {
      while (changes.length > 0 && changes[0]!.at <= horizon) changes.shift();
      if (changes.length === 0) this.#pending.delete(id);
    }
  }
}
