/** An Activity entry for tests: a succeeded revocation of Mail Helper Pro's grant for Megan, with overrides. */
import type { ActivityEntry } from '../changes/types';

export function activityEntry(overrides: Partial<ActivityEntry> = {}): ActivityEntry {
  return {
    id: 'entry-1',
    at: '2026-11-22T10:00:00.000Z',
    actor: { upn: 'admin@contoso.example', oid: 'admin-oid', tenantId: 'tenant-id' },
    action: 'revoke-grant',
    summary: "Revoke Mail Helper Pro's delegated permissions on Microsoft Graph for Megan Bowen: User.Read Mail.ReadWrite",
    target: { clientId: 'client-id', clientName: 'Mail Helper Pro', resourceName: 'Microsoft Graph', principalId: 'megan-id', principalName: 'Megan Bowen' },
    before: {
      id: 'grant-id',
      clientId: 'client-id',
      consentType: 'Principal',
      principalId: 'megan-id',
      resourceId: 'graph-id',
      scope: 'User.Read Mail.ReadWrite',
    },
    after: null,
    outcome: 'succeeded',
    ...overrides,
  };
}
