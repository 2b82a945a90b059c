import { describe, expect, it } from 'vitest';
import type { GrantSnapshot } from '../../changes/types';
import { GRAPH_APP_ID } from '../../graph/microsoft-graph';
import { riskRater } from '../../permissions/grant-risk';
import type { ServicePrincipalInfo } from '../../permissions/inventory';
import { existingConsent, requestersOf, requestRisk } from './request-facts';
import { resolvePendingScopes } from './pending-scopes';

const graph: ServicePrincipalInfo = {
  id: 'graph-sp',
  appId: GRAPH_APP_ID,
  displayName: 'Microsoft Graph',
  oauth2PermissionScopes: [
    { id: '1', value: 'User.Read' },
    { id: '2', value: 'Mail.ReadWrite' },
    { id: '3', value: 'offline_access' },
  ],
};
const asked = (id: string, userId: string, name: string) => ({ id, status: 'InProgress', createdBy: { user: { id: userId, displayName: name } } });
const grant = (overrides: Partial<GrantSnapshot>): GrantSnapshot => ({
  id: 'g',
  clientId: 'c',
  consentType: 'Principal',
  principalId: 'u1',
  resourceId: 'graph-sp',
  scope: 'User.Read',
  ...overrides,
});

describe('what the inbox says of a request', () => {
  it('rates what it asks as one grant per API: a phishing-prone scope with offline_access is rated higher than alone', () => {
    const rater = riskRater();
    const alone = requestRisk(resolvePendingScopes(['Mail.ReadWrite'], [graph]), rater);
    const together = requestRisk(resolvePendingScopes(['Mail.ReadWrite', 'offline_access'], [graph]), rater);
    expect(together).toEqual(rater.grant('Mail.ReadWrite offline_access', GRAPH_APP_ID));
    expect(together.tier).not.toBe('low');
    expect(alone).toEqual(rater.grant('Mail.ReadWrite', GRAPH_APP_ID));
  });

  it('names each requester once, in the order they asked', () => {
    expect(requestersOf([asked('r1', 'u1', 'Megan'), asked('r2', 'u2', 'Johanna'), asked('r3', 'u1', 'Megan')]).map((u) => u.displayName)).toEqual([
      'Megan',
      'Johanna',
    ]);
  });

  it('says who already consented: the organization’s permissions, how many users, and which requesters', () => {
    const grants = [
      grant({}),
      grant({ id: 'g2', principalId: 'u3' }),
      grant({ id: 'org', consentType: 'AllPrincipals', principalId: null, scope: 'User.Read openid' }),
    ];
    expect(existingConsent({ grants }, { userRequests: [asked('r1', 'u1', 'Megan'), asked('r2', 'u2', 'Johanna')] })).toEqual({
      organization: ['User.Read', 'openid'],
      users: 2,
      requestersWithOwn: ['Megan'],
    });
  });
});
