/**
 * This client's grants on Microsoft Graph, as the diagnosis engine wants them: scopes consented for
 * everyone, by the signed-in user, by other users only, and the application permissions it holds.
 */
import { splitScopes, uniqueScopes } from '../../../permissions/scopes';
import type { DiagnosisInput } from './types';

export interface GrantRecord {
  clientId: string;
  consentType: string;
  principalId?: string | null;
  resourceId: string;
  scope?: string | null;
}

export interface AssignmentRecord {
  resourceId: string;
  appRoleId: string;
}

export interface ClientGrantFacts {
  /** The client's service principal id. */
  clientSpId: string;
  /** Microsoft Graph's service principal: its id and its app roles (id → value). */
  graph: { id: string; appRoles: readonly { id: string; value?: string | null }[] };
  grants: readonly GrantRecord[];
  assignments: readonly AssignmentRecord[];
}

export function grantEvidence(facts: ClientGrantFacts, signedInUserId: string): NonNullable<DiagnosisInput['grants']> {
  const onGraph = facts.grants.filter((g) => g.clientId === facts.clientSpId && g.resourceId === facts.graph.id);
  const allPrincipals = onGraph.filter((g) => g.consentType === 'AllPrincipals').flatMap((g) => splitScopes(g.scope));
  const principal = onGraph.filter((g) => g.consentType === 'Principal');
  const signedInUser = principal.filter((g) => g.principalId === signedInUserId).flatMap((g) => splitScopes(g.scope));
  const otherUsers = principal.filter((g) => g.principalId !== signedInUserId).flatMap((g) => splitScopes(g.scope));
  const roleValues = new Map(facts.graph.appRoles.map((r) => [r.id, r.value ?? '']));
  const appRoles = facts.assignments
    .filter((a) => a.resourceId === facts.graph.id)
    .map((a) => roleValues.get(a.appRoleId) ?? '')
    .filter(Boolean);
  return {
    allPrincipals: uniqueScopes(allPrincipals),
    signedInUser: uniqueScopes(signedInUser),
    otherUsers: uniqueScopes(otherUsers),
    appRoles: uniqueScopes(appRoles),
  };
}
