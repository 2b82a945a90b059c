/**
 * A change runs once however often its button is pressed: while a run for the same key is in flight,
 * a second call gets the same promise — no second write, no second Activity entry. Keyed per log, so
 * two logs (two accounts, or tests) never share runs.
 */
import type { ActivityLog } from './activity-log';

const inFlight = new WeakMap<ActivityLog, Map<string, Promise<unknown>>>();

export function runOnce<T>(log: ActivityLog, key: string, run: () => Promise<T>): Promise<T> {
  let runs = inFlight.get(log);
  if (!runs) inFlight.set(log, (runs = new Map()));
  const running = runs.get(key);
  if (running) return running as Promise<T>;
  const started = run().finally(() => runs.delete(key));
  runs.set(key, started);
  return started;
}

/** The identity of a set of changes: what they are about, not the screen's object references. */
export const changeSetKey = (changes: readonly unknown[]): string => JSON.stringify(changes);
