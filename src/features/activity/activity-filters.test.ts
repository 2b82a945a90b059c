import { describe, expect, it } from 'vitest';
import { filterEntries, hasFilters, readFilters, writeFilters } from './activity-filters';
import { activityEntry } from '../../test-support/activity-entry';

const revoke = activityEntry();
const failed = activityEntry({
  id: 'entry-2',
  action: 'revoke-app-role',
  summary: 'Remove the application permission Mail.Read on Microsoft Graph from Contoso Nightly Sync',
  target: { clientName: 'Contoso Nightly Sync', resourceName: 'Microsoft Graph' },
  before: { id: 'assignment-id', appRoleId: 'role-id', principalId: 'sync-id', resourceId: 'graph-id' },
  outcome: 'failed',
  error: { status: 403, code: 'Authorization_RequestDenied', message: 'Insufficient privileges', requestId: 'req-42' },
});
const restore = activityEntry({ id: 'entry-3', action: 'restore', summary: 'Restore: recreate the grant', restores: 'entry-1', before: null });
const all = [restore, failed, revoke];

describe('Activity filters', () => {
  it('reads filters from the URL and ignores unknown values', () => {
    expect(readFilters(new URLSearchParams('action=restore&outcome=failed&q=%20megan%20'))).toEqual({ action: 'restore', outcome: 'failed', text: 'megan' });
    expect(readFilters(new URLSearchParams('action=drop-tables&outcome=maybe'))).toEqual({ action: undefined, outcome: undefined, text: '' });
  });

  it('writes filters into the URL, dropping empty ones and keeping other parameters', () => {
    const next = writeFilters(new URLSearchParams('action=restore&keep=1'), { outcome: 'failed', text: ' req-42 ' });
    expect(next.toString()).toBe('keep=1&outcome=failed&q=req-42');
    expect(hasFilters(readFilters(next))).toBe(true);
    expect(hasFilters({ text: '' })).toBe(false);
  });

  it('keeps every entry, in order, without filters', () => {
    expect(filterEntries(all, { text: '' })).toEqual(all);
  });

  it('filters by action and by outcome together', () => {
    expect(filterEntries(all, { action: 'revoke-app-role', text: '' })).toEqual([failed]);
    expect(filterEntries(all, { outcome: 'succeeded', text: '' })).toEqual([restore, revoke]);
    expect(filterEntries(all, { action: 'restore', outcome: 'failed', text: '' })).toEqual([]);
  });

  it('matches every word of the text, case-insensitively, across names, ids, scopes, actor and errors', () => {
    expect(filterEntries(all, { text: 'MEGAN mail' }).map((e) => e.id)).toEqual(['entry-3', 'entry-1']);
    expect(filterEntries(all, { text: 'req-42' })).toEqual([failed]);
    expect(filterEntries(all, { text: 'Insufficient' })).toEqual([failed]);
    expect(filterEntries(all, { text: 'grant-id' }).map((e) => e.id)).toEqual(['entry-1']);
    expect(filterEntries(all, { text: 'admin@contoso.example nightly' })).toEqual([failed]);
    expect(filterEntries(all, { text: 'megan nightly' })).toEqual([]);
  });
});
