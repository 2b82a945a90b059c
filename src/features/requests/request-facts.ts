/**
 * What the inbox says about one request, computed from the request and the app's grants: the risk of
 * what it asks (each API's permissions judged together, as the Applications list judges a grant), who
 * already consented to the app, and the people who asked, once each.
 */
import type { AppConsentState } from '../../graph/app-consent';
import { requestUserOf, type PendingRequest, type UserRequest } from '../../graph/consent-requests';
import type { UserBasic } from '../../graph/list-users';
import { highestRisk, type RiskRater } from '../../permissions/grant-risk';
import type { RiskAssessment } from '../../permissions/risk';
import type { ResolvedScope } from './pending-scopes';

export function requestRisk(scopes: readonly ResolvedScope[], rater: RiskRater): RiskAssessment {
  const delegated = new Map<string, { appId: string; values: string[] }>();
  const assessments: RiskAssessment[] = [];
  for (const s of scopes) {
    if (s.type === 'unresolved') continue;
    if (s.type === 'application') {
      assessments.push(rater.appPermission(s.value, s.resource.appId));
      continue;
    }
    const entry = delegated.get(s.resource.id) ?? { appId: s.resource.appId, values: [] };
    entry.values.push(s.value);
    delegated.set(s.resource.id, entry);
  }
  for (const { appId, values } of delegated.values()) assessments.push(rater.grant(values.join(' '), appId));
  return highestRisk(assessments);
}

/** Who asked: the user of each request (identitySet.user), once each, in the order they asked. */
export function requestersOf(userRequests: readonly UserRequest[]): UserBasic[] {
  const seen = new Map<string, UserBasic>();
  for (const r of userRequests) {
    const user = requestUserOf(r);
    if (user.id && !seen.has(user.id)) seen.set(user.id, { id: user.id, displayName: user.displayName, userPrincipalName: user.userPrincipalName });
  }
  return [...seen.values()];
}

export interface ExistingConsent {
  /** The permissions the organization's (AllPrincipals) grants hold, across APIs. */
  organization: string[];
  /** How many users consented for themselves, and whether each requester is among them. */
  users: number;
  requestersWithOwn: string[];
}

export function existingConsent(app: Pick<AppConsentState, 'grants'>, request: Pick<PendingRequest, 'userRequests'>): ExistingConsent {
  const organization = app.grants.filter((g) => g.consentType === 'AllPrincipals').flatMap((g) => g.scope.split(' ').filter(Boolean));
  const principals = new Set(app.grants.filter((g) => g.consentType === 'Principal').map((g) => g.principalId ?? ''));
  const requestersWithOwn = requestersOf(request.userRequests)
    .filter((u) => principals.has(u.id ?? ''))
    .map((u) => u.displayName ?? u.userPrincipalName ?? u.id ?? '');
  return { organization: [...new Set(organization)], users: principals.size, requestersWithOwn };
}
