// Directory audit events as Graph's /auditLogs/directoryAudits returns them: the ones the store writes
// for every change and consent, and the seed's consent history, built by the same functions.
import { randomUUID } from 'node:crypto';
import type { AppRoleAssignment, AuditEvent, OAuth2PermissionGrant, ServicePrincipal, User } from './types.ts';

/** Who made a change: a signed-in user, an app acting as itself, or both (an app on behalf of a user). */
export interface Actor {
  user?: User;
  app?: ServicePrincipal;
}

export interface AuditInput {
  activityDisplayName: string;
  category: string;
  operationType: AuditEvent['operationType'];
  actor: Actor;
  targets: AuditEvent['targetResources'];
  result?: AuditEvent['result'];
}

/** Ids and time are fresh unless given (the seed's history has fixed ones). */
export interface AuditIdentity {
  id?: string;
  correlationId?: string;
  at?: string;
}

export function auditEvent(event: AuditInput, fixed: AuditIdentity = {}): AuditEvent {
  const { user, app } = event.actor;
  return {
    id: fixed.id ?? `Directory_${randomUUID()}`,
    category: event.category,
    correlationId: fixed.correlationId ?? randomUUID(),
    result: event.result ?? 'success',
    resultReason: '',
    activityDisplayName: event.activityDisplayName,
    activityDateTime: fixed.at ?? new Date().toISOString(),
    loggedByService: 'Core Directory',
    operationType: event.operationType,
    initiatedBy: {
      user: user ? { id: user.id, displayName: user.displayName, userPrincipalName: user.userPrincipalName, ipAddress: null } : null,
      app: app ? { appId: app.appId, displayName: app.displayName, servicePrincipalId: app.id, servicePrincipalName: null } : null,
    },
    targetResources: event.targets,
    additionalDetails: [],
  };
}

/** "Consent to application": what was consented, for whom (IsAdminConsent is True for the organization). */
export function consentEvent(
  client: ServicePrincipal,
  actor: Actor,
  details: { scopes: string[]; onBehalfOfAll: boolean; appRoles?: string[] },
  fixed?: AuditIdentity,
): AuditEvent {
  return auditEvent(
    {
      activityDisplayName: 'Consent to application',
      category: 'ApplicationManagement',
      operationType: 'Assign',
      actor,
      targets: [
        {
          id: client.id,
          displayName: client.displayName,
          type: 'ServicePrincipal',
          userPrincipalName: null,
          modifiedProperties: [
            { displayName: 'ConsentContext.IsAdminConsent', oldValue: null, newValue: details.onBehalfOfAll ? 'True' : 'False' },
            { displayName: 'ConsentAction.Permissions', oldValue: null, newValue: details.scopes.join(' ') },
            ...(details.appRoles?.length ? [{ displayName: 'ConsentAction.AppRoles', oldValue: null, newValue: details.appRoles.join(' ') }] : []),
          ],
        },
      ],
    },
    fixed,
  );
}

export function grantChangeEvent(
  activity: string,
  operationType: AuditEvent['operationType'],
  grant: OAuth2PermissionGrant,
  clientName: string | null,
  scopes: { old: string | null; new: string | null },
  actor: Actor,
): AuditEvent {
  return auditEvent({
    activityDisplayName: activity,
    category: 'ApplicationManagement',
    operationType,
    actor,
    targets: [
      {
        id: grant.clientId,
        displayName: clientName,
        type: 'ServicePrincipal',
        userPrincipalName: null,
        modifiedProperties: [
          { displayName: 'DelegatedPermissionGrant.Scope', oldValue: scopes.old, newValue: scopes.new },
          { displayName: 'DelegatedPermissionGrant.ConsentType', oldValue: null, newValue: grant.consentType },
          { displayName: 'DelegatedPermissionGrant.PrincipalId', oldValue: null, newValue: grant.principalId },
          { displayName: 'DelegatedPermissionGrant.ResourceId', oldValue: null, newValue: grant.resourceId },
        ],
      },
    ],
  });
}

export function assignmentChangeEvent(activity: string, operationType: AuditEvent['operationType'], a: AppRoleAssignment, actor: Actor): AuditEvent {
  return auditEvent({
    activityDisplayName: activity,
    category: 'ApplicationManagement',
    operationType,
    actor,
    targets: [
      {
        id: a.principalId,
        displayName: a.principalDisplayName,
        type: a.principalType,
        userPrincipalName: null,
        modifiedProperties: [
          { displayName: 'AppRole.Id', oldValue: null, newValue: a.appRoleId },
          { displayName: 'AppRoleAssignment.ResourceId', oldValue: null, newValue: a.resourceId },
        ],
      },
    ],
  });
}
