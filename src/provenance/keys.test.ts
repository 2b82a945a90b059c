import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { refreshAfterChanges } from '../changes/refresh-after-changes';
import type { GrantSnapshot } from '../changes/types';
import { graphKeys } from '../graph/keys';
import { provenanceKeys } from './keys';

const grant: GrantSnapshot = { id: 'g1', clientId: 'c', consentType: 'AllPrincipals', principalId: null, resourceId: 'r', scope: 'User.Read' };

describe('the audit events provenance reads are re-read after a write', () => {
  it.each(['revoke-grant', 'remove-scopes', 'add-scopes', 'revoke-app-role', 'add-app-role'])('after %s (its kind alters GRANT_DATA)', async (action) => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(provenanceKeys.auditsFor(30), { audits: [], truncated: false });
    queryClient.setQueryData(provenanceKeys.retention(), { days: 30, edition: 'Entra ID P1/P2' });
    queryClient.setQueryData(graphKeys.inventory(), { servicePrincipals: [], grants: [grant], assignments: [] });
    await refreshAfterChanges(queryClient, [{ outcome: 'succeeded', entry: { action, before: grant, after: null } }]);
    const stale = (key: readonly unknown[]) => queryClient.getQueryState(key)?.isInvalidated;
    expect(stale(provenanceKeys.auditsFor(30))).toBe(true);
    // The licence does not change with a grant.
    expect(stale(provenanceKeys.retention())).toBe(false);
  });

  it('after a restore (an entry of no known kind): re-read too', async () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(provenanceKeys.auditsFor(7), { audits: [], truncated: false });
    await refreshAfterChanges(queryClient, [{ outcome: 'succeeded', entry: { before: null, after: grant } }]);
    expect(queryClient.getQueryState(provenanceKeys.auditsFor(7))?.isInvalidated).toBe(true);
  });
});
