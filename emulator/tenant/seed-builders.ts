// Builders for the demo tenant's objects, with the defaults Graph shows for what a seed leaves out.
import { consentEvent } from './audit-events.ts';
import { graphAppRole, graphScope } from './catalog.ts';
import { DEMO } from './demo-ids.ts';
import type { AppRole, AppRoleAssignment, AuditEvent, Group, OAuth2PermissionGrant, PermissionScope, ServicePrincipal, User } from './types.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Midnight UTC of `now`'s day, less `days` days (negative: ahead), at 09:30 — two seeds of one day are identical. */
export function daysAgo(now: number, days: number): string {
  const midnight = Math.floor(now / DAY_MS) * DAY_MS;
  return new Date(midnight - days * DAY_MS + 9.5 * 60 * 60 * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export const UNVERIFIED = { displayName: null, verifiedPublisherId: null, addedDateTime: null };

export function user(id: string, alias: string, displayName: string, roleTemplateIds: string[], extra: Partial<User> = {}): User {
  const [givenName = null, surname = null] = displayName.split(' ');
  const upn = `${alias}@${DEMO.domain}`;
  return {
    id,
    displayName,
    userPrincipalName: upn,
    mail: upn,
    givenName,
    surname,
    jobTitle: null,
    accountEnabled: true,
    userType: 'Member',
    roleTemplateIds,
    hasMailbox: true,
    signInSessionsValidFromDateTime: DEMO.seedTime,
    createdDateTime: DEMO.seedTime,
    ...extra,
  };
}

/** A security group (not mail-enabled, no Microsoft 365 features), with its direct members. */
export function group(id: string, displayName: string, description: string, memberIds: string[]): Group {
  return { id, displayName, description, securityEnabled: true, mailEnabled: false, groupTypes: [], memberIds, createdDateTime: DEMO.seedTime };
}

/** An app role assignment as the seed fixes it: principal type and names from the objects themselves. */
export function seedAssignment(
  id: string,
  principal: { id: string; displayName: string; type: AppRoleAssignment['principalType'] },
  resource: ServicePrincipal | undefined,
  appRoleId: string,
): AppRoleAssignment {
  return {
    id,
    appRoleId,
    createdDateTime: '2026-02-10T12:00:00Z',
    deletedDateTime: null,
    principalId: principal.id,
    principalType: principal.type,
    principalDisplayName: principal.displayName,
    resourceId: resource?.id ?? '',
    resourceDisplayName: resource?.displayName ?? '',
  };
}

export function sp(input: Partial<ServicePrincipal> & Pick<ServicePrincipal, 'id' | 'appId' | 'displayName'>): ServicePrincipal {
  return {
    appDisplayName: input.displayName,
    appDescription: null,
    description: null,
    publisherName: null,
    verifiedPublisher: UNVERIFIED,
    appOwnerOrganizationId: null,
    servicePrincipalType: 'Application',
    accountEnabled: true,
    tags: ['WindowsAzureActiveDirectoryIntegratedApp'],
    homepage: null,
    info: { logoUrl: null, marketingUrl: null, privacyStatementUrl: null, supportUrl: null, termsOfServiceUrl: null },
    replyUrls: input.registration ? [...input.registration.spaRedirectUris, ...input.registration.webRedirectUris] : [],
    servicePrincipalNames: [input.appId],
    oauth2PermissionScopes: [],
    appRoles: [],
    createdDateTime: DEMO.seedTime,
    ...input,
  };
}

export function verified(displayName: string, id: string) {
  return { displayName, verifiedPublisherId: id, addedDateTime: '2024-03-01T00:00:00Z' };
}

export function scope(id: string, value: string, type: 'User' | 'Admin', display: string, description: string): PermissionScope {
  return {
    id,
    value,
    type,
    isEnabled: true,
    adminConsentDisplayName: display,
    adminConsentDescription: description,
    userConsentDisplayName: display,
    userConsentDescription: description,
  };
}

export function appRole(id: string, value: string, displayName: string, description: string, members: AppRole['allowedMemberTypes']): AppRole {
  return { id, value, displayName, description, isEnabled: true, allowedMemberTypes: members };
}

export const graphRef = (values: { delegated?: string[]; application?: string[] }) => ({
  resourceAppId: DEMO.graphAppId,
  resourceAccess: [
    ...(values.delegated ?? []).map((v) => ({ id: graphScope(v).id, type: 'Scope' as const })),
    ...(values.application ?? []).map((v) => ({ id: graphAppRole(v).id, type: 'Role' as const })),
  ],
});

/** The seed's consent history: a user consenting for themselves, with a fixed id and time. */
export function consentAudit(g: OAuth2PermissionGrant, client: ServicePrincipal, actor: User, when: string): AuditEvent {
  return consentEvent(
    client,
    { user: actor },
    { onBehalfOfAll: false, changes: [{ before: null, after: g }] },
    {
      id: `Directory_seed_${g.id}`,
      correlationId: `00000000-0000-4000-8000-${g.id
        .slice(-12)
        .toLowerCase()
        .replace(/[^0-9a-f]/g, '0')}`,
      at: when,
    },
  );
}
