/**
 * The Activity page's filters, kept in the URL (`?action=&outcome=&q=`) so a filtered view is a deep
 * link, and the pure filtering of entries they drive.
 */
import type { ActivityAction, ActivityEntry, ActivityOutcome } from '../../changes/types';
import { ACTIONS, OUTCOMES } from './activity-labels';

export interface ActivityFilters {
  action?: ActivityAction;
  outcome?: ActivityOutcome;
  /** Free text: matches the summary, names, ids, the actor, the scope, the error and request ids. */
  text: string;
}

const isAction = (value: string | null): value is ActivityAction => value !== null && (ACTIONS as string[]).includes(value);
const isOutcome = (value: string | null): value is ActivityOutcome => value !== null && (OUTCOMES as string[]).includes(value);

/** Unknown values (an old or hand-edited link) are ignored rather than hiding every entry. */
export function readFilters(params: URLSearchParams): ActivityFilters {
  const action = params.get('action');
  const outcome = params.get('outcome');
  return {
    action: isAction(action) ? action : undefined,
    outcome: isOutcome(outcome) ? outcome : undefined,
    text: (params.get('q') ?? '').trim(),
  };
}

/** `params` with the filters written in; other parameters are kept. */
export function writeFilters(params: URLSearchParams, filters: ActivityFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string | undefined) => (value ? next.set(key, value) : next.delete(key));
  set('action', filters.action);
  set('outcome', filters.outcome);
  set('q', filters.text.trim());
  return next;
}

export const hasFilters = (filters: ActivityFilters) => Boolean(filters.action || filters.outcome || filters.text);

/** Every string of an entry that free-text search looks at. */
function searchable(entry: ActivityEntry): string[] {
  const object = entry.before ?? entry.after;
  const values: (string | null | undefined)[] = [
    entry.id,
    entry.summary,
    entry.actor.upn,
    entry.target.clientId,
    entry.target.clientName,
    entry.target.resourceName,
    entry.target.principalId,
    entry.target.principalName,
    entry.requestId,
    entry.error?.message,
    entry.error?.code,
    entry.error?.requestId,
  ];
  if (object) values.push(...Object.values(object).map((v) => (typeof v === 'string' ? v : undefined)));
  return values.filter((v): v is string => typeof v === 'string' && v.length > 0);
}

/** Entries matching every filter, in the order given (the log lists newest first). */
export function filterEntries(entries: readonly ActivityEntry[], filters: ActivityFilters): ActivityEntry[] {
  const words = filters.text.toLowerCase().split(/\s+/).filter(Boolean);
  return entries.filter((entry) => {
    if (filters.action && entry.action !== filters.action) return false;
    if (filters.outcome && entry.outcome !== filters.outcome) return false;
    if (words.length === 0) return true;
    const haystack = searchable(entry).join('\n').toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
