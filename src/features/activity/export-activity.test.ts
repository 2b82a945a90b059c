import { describe, expect, it } from 'vitest';
import type { ActivityEntry } from '../../changes/types';
import { ACTIVITY_COLUMNS, activityCsv, activityJson, activityRow, exportFileName } from './export-activity';
import { activityEntry } from '../../test-support/activity-entry';

describe('Activity export', () => {
  it('writes one CSV row per entry with the object before the change flattened', () => {
    const csv = activityCsv([activityEntry({ restoredBy: 'entry-2' })]);
    const [header, row, end] = csv.split('\r\n');
    expect(header).toBe(ACTIVITY_COLUMNS.join(','));
    expect(end).toBe('');
    const cells = row!.split(',');
    expect(cells).toHaveLength(ACTIVITY_COLUMNS.length);
    const at = (column: (typeof ACTIVITY_COLUMNS)[number]) => cells[ACTIVITY_COLUMNS.indexOf(column)];
    expect(at('objectType')).toBe('oauth2PermissionGrant');
    expect(at('objectId')).toBe('grant-id');
    expect(at('consentType')).toBe('Principal');
    expect(at('scopeBefore')).toBe('User.Read Mail.ReadWrite');
    expect(at('scopeAfter')).toBe('');
    expect(at('restoredBy')).toBe('entry-2');
  });

  it('describes app role entries and failures', () => {
    const row = activityRow(
      activityEntry({
        action: 'revoke-app-role',
        before: { id: 'assignment-id', appRoleId: 'role-id', principalId: 'sync-id', resourceId: 'graph-id' },
        target: { clientName: 'Contoso Nightly Sync' },
        outcome: 'failed',
        error: { status: 403, code: 'Authorization_RequestDenied', message: 'Insufficient privileges', requestId: 'req-42' },
      }),
    );
    expect(row).toMatchObject({
      objectType: 'appRoleAssignment',
      appRoleId: 'role-id',
      clientId: 'sync-id',
      consentType: '',
      errorStatus: '403',
      errorCode: 'Authorization_RequestDenied',
      requestId: 'req-42',
    });
  });

  it('keeps the HTTP status a raw Graph request was answered with, in both files', () => {
    const sent = activityEntry({
      action: 'graph-request',
      summary: 'POST https://graph.microsoft.com/v1.0/users/u/revokeSignInSessions',
      before: null,
      status: 204,
    });
    expect(activityRow(sent).httpStatus).toBe('204');
    expect(activityRow(activityEntry()).httpStatus).toBe('');
    const [exported] = JSON.parse(activityJson([sent])) as ActivityEntry[];
    expect(exported!.status).toBe(204);
    expect(JSON.parse(activityJson([activityEntry()]))[0]).not.toHaveProperty('status');
  });

  it('guards cells against formula injection and quotes separators', () => {
    const csv = activityCsv([activityEntry({ target: { clientName: '=HYPERLINK("http://evil","x")', resourceName: 'Graph, v1' } })]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csv).toContain('"Graph, v1"');
  });

  it('exports only the fields the log defines, never anything else attached to an entry', () => {
    const leaky = { ...activityEntry(), accessToken: 'eyJ0eXAiOiJKV1Qi', before: { ...activityEntry().before, secret: 'x' } } as unknown as ActivityEntry;
    const json = activityJson([leaky]);
    expect(json).not.toContain('eyJ0eXAi');
    expect(json).not.toContain('secret');
    expect(activityCsv([leaky])).not.toContain('eyJ0eXAi');
    const parsed = JSON.parse(json) as ActivityEntry[];
    expect(parsed[0]).toMatchObject({ id: 'entry-1', outcome: 'succeeded', before: { scope: 'User.Read Mail.ReadWrite' } });
  });

  it('names files by time, without characters file systems reject', () => {
    expect(exportFileName('csv', new Date('2026-11-22T10:00:00.123Z'))).toBe('consent-console-activity-2026-11-22T10-00-00Z.csv');
  });
});
